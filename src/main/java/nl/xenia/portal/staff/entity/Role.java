package nl.xenia.portal.staff.entity;

/** What a staff account may do. Extensible: a new role is a new constant and its place in the matrix. */
public enum Role {
    ADMIN, STAFF, COORDINATOR,
    /** Reads the monitoring figures (for the municipalities) and nothing else; changes nothing. */
    REPORTING
}
