package nl.xenia.portal.staff.entity;

/** What a staff account may do. Extensible: a new role is a new constant and its place in the matrix. */
public enum Role {

    ADMIN, STAFF, COORDINATOR,
    /** Reads the monitoring figures (for the municipalities) and nothing else; changes nothing. */
    REPORTING;

    /**
     * Whether an account with these roles needs the organisation's key: every role but REPORTING opens what is sealed.
     * An account that needs none is never given it, so a REPORTING password opens nothing in a database copy.
     */
    public static boolean needKey(java.util.Set<Role> roles) {
        return roles.stream().anyMatch(role -> role != REPORTING);
    }
}
