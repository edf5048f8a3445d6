package nl.xenia.portal.questions.boundary;

/**
 * A question came in (fired by {@link Questions} inside the transaction that stores it, so observers
 * that queue mail do so with the change). Carries no content and no code: only what it is about.
 */
public record QuestionReceived(long threadId, String language, String topic) {
}
