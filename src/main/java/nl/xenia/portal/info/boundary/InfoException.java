package nl.xenia.portal.info.boundary;

/** An information change refused for a reason the office explains (label InfoException.Problem.NAME). */
public class InfoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        NOT_FOUND, TITLE_LENGTH, BODY_TOO_LONG, TEXT_TOO_LONG, SLUG_INVALID, SLUG_TAKEN
    }

    private final Problem problem;

    public InfoException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}
