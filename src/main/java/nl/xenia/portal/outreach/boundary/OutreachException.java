package nl.xenia.portal.outreach.boundary;

/**
 * A download refused for a reason the page explains (label {@code OutreachException.Problem.NAME}, office languages).
 * Never carries what was asked for: the page shows the choices again itself.
 */
public class OutreachException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        /** No language chosen. */
        NO_LANGUAGE,
        /** A language the portal does not speak. */
        UNKNOWN_LANGUAGE,
        /** No version chosen, or one that does not exist. */
        VERSION,
        /** Neither cards nor flyers. */
        MATERIAL,
        /** A QR code asked for none or several languages at once. */
        ONE_LANGUAGE
    }

    private final Problem problem;

    public OutreachException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}
