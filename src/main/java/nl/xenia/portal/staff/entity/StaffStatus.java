package nl.xenia.portal.staff.entity;

/** An account's life: invited (waiting for activation), active, deactivated. */
public enum StaffStatus {
    INVITED, ACTIVE, DEACTIVATED
}
