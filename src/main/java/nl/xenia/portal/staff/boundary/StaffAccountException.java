package nl.xenia.portal.staff.boundary;

import java.time.Duration;

/** A staff account operation refused for a reason the office explains (by bundle key per problem). */
public class StaffAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        BOOTSTRAP_INVALID, USERNAME_INVALID, USERNAME_TAKEN, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON, PASSWORD_WRONG, INVITATION_INVALID, CODE_WRONG, NOT_ALLOWED, LAST_ADMIN, ROLES_EMPTY, MAIL_INVALID, PASSWORDS_DIFFER, RECOVERY_INVALID, LOGIN_ENDED, KEY_NOT_NEWEST, ACCESS_GIVEN_ALREADY,
        /** The organisation's key was to be given to an account whose roles need none (REPORTING only). */
        NO_KEY_NEEDED,
        /** A member holding the organisation's key was to get only roles that need none: deactivate and invite anew. */
        KEY_HELD,
        /** A new activation code was asked for an account that is not (or no longer) invited. */
        NOT_INVITED,
        /** Too many failed sign-ins from this client under this name: try again after {@link StaffAccountException#getWait()}. */
        WAIT
    }

    private final Problem problem;
    private final Duration wait;

    public StaffAccountException(Problem problem) {
        this(problem, Duration.ZERO);
    }

    /** A refusal that says how long to wait before trying again (WAIT). */
    public StaffAccountException(Problem problem, Duration wait) {
        super(problem.name());
        this.problem = problem;
        this.wait = wait;
    }

    /** How long to wait before trying again; zero unless the problem is WAIT. */
    public Duration getWait() {
        return wait;
    }

    public Problem getProblem() {
        return problem;
    }
}
