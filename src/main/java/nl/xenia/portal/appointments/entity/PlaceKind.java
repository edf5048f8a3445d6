package nl.xenia.portal.appointments.entity;

/** Where an appointment happens. The public sees the town for an office or outreach place, otherwise the kind. */
public enum PlaceKind {

    OFFICE, OUTREACH, PHONE, VIDEO;

    /** Whether the public is told a town (a place one goes to) rather than only the kind. */
    public boolean hasTown() {
        return this == OFFICE || this == OUTREACH;
    }
}
