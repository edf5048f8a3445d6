package nl.xenia.portal.questions.boundary;

import nl.xenia.portal.staff.boundary.SignedIn;

/**
 * Staff answered a thread (fired by {@link QuestionInbox} inside the transaction that stores the
 * answer, so observers that queue mail do so with the change, and a rollback takes their mail along).
 * Carries no content: the thread, its language, and the member whose session answered (an observer
 * that must open the thread's sealed contact opens it in that session, recorded like any opening).
 */
public record QuestionAnswered(long threadId, String language, SignedIn answeredBy) {
}
