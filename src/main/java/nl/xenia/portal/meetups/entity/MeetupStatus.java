package nl.xenia.portal.meetups.entity;

/** Whether an occurrence takes place. */
public enum MeetupStatus {
    PLANNED, CANCELLED
}
