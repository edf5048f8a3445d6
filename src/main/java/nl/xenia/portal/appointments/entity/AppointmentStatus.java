package nl.xenia.portal.appointments.entity;

/** Where an appointment stands. Only requested and confirmed ones hold a seat of their time. */
public enum AppointmentStatus {

    REQUESTED, CONFIRMED, DECLINED, CANCELLED_BY_PERSON, CANCELLED_BY_XENIA, ATTENDED, NO_SHOW;

    /** Whether the appointment still takes a place of its time (and can be moved or cancelled). */
    public boolean isOpen() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
