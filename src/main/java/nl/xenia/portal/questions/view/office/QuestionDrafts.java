package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.questions.boundary.ThreadRemoved;

/**
 * The answer and the note a member is writing, per question, kept while the member's office session
 * lasts so that leaving a question and coming back (or any button) loses nothing. In the server's
 * memory only: never in the browser, an address or the database, and not carried when a session is
 * moved (transient). Dropped when sent, when the thread is deleted, and at sign-out with the session.
 */
@SessionScoped
public class QuestionDrafts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What was typed for one question; null or blank for nothing. */
    public record Draft(String answer, String note) {

        boolean isEmpty() {
            return (answer == null || answer.isBlank()) && (note == null || note.isBlank());
        }
    }

    private static final Draft NONE = new Draft(null, null);

    private transient Map<Long, Draft> drafts;

    private Map<Long, Draft> drafts() {
        if (drafts == null) {
            drafts = new ConcurrentHashMap<>();
        }
        return drafts;
    }

    /** The draft of a question (empty fields when there is none). */
    public Draft of(long threadId) {
        return drafts().getOrDefault(threadId, NONE);
    }

    /** Keeps what is typed for a question now (nothing typed: nothing kept). */
    public void keep(long threadId, String answer, String note) {
        Draft draft = new Draft(answer, note);
        if (draft.isEmpty()) {
            drafts().remove(threadId);
        } else {
            drafts().put(threadId, draft);
        }
    }

    /** The answer was sent: only the note stays. */
    public void answerSent(long threadId) {
        keep(threadId, null, of(threadId).note());
    }

    /** The note was added: only the answer stays. */
    public void noteAdded(long threadId) {
        keep(threadId, of(threadId).answer(), null);
    }

    /** The thread is gone (deleted in this session). */
    public void forget(long threadId) {
        drafts().remove(threadId);
    }

    /** Deleted by anyone in this session's request: the drafts of the thread go too. */
    void onRemoved(@Observes(notifyObserver = Reception.IF_EXISTS) ThreadRemoved removed) {
        forget(removed.threadId());
    }
}
