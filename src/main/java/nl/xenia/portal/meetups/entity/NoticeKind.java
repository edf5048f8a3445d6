package nl.xenia.portal.meetups.entity;

/** What changed for the people who come: the time, the whole occurrence (cancelled), or the place (area or address). */
public enum NoticeKind {
    MOVED, CANCELLED, PLACE
}
