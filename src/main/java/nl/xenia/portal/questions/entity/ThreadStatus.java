package nl.xenia.portal.questions.entity;

/** Where a thread stands for staff: new, open, waiting for the person, closed. */
public enum ThreadStatus {
    NEW, OPEN, WAITING, CLOSED
}
