package nl.xenia.portal.staff.boundary;

/** A staff account operation refused for a reason the office explains (by bundle key per problem). */
public class StaffAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        BOOTSTRAP_INVALID, USERNAME_INVALID, USERNAME_TAKEN, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON, PASSWORD_WRONG, INVITATION_INVALID, CODE_WRONG, NOT_ALLOWED, LAST_ADMIN, ROLES_EMPTY, MAIL_INVALID, PASSWORDS_DIFFER, RECOVERY_INVALID, LOGIN_ENDED, KEY_NOT_NEWEST, ACCESS_GIVEN_ALREADY
    }

    private final Problem problem;

    public StaffAccountException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}
