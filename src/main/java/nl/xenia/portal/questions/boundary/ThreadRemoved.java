package nl.xenia.portal.questions.boundary;

/**
 * Staff deleted a thread (fired in the deleting transaction): whatever is kept about it elsewhere, such
 * as drafts and who has it open, goes too. Only the thread's id.
 */
public record ThreadRemoved(long threadId) {
}
