package nl.xenia.portal.info.boundary;

/** An information change refused for a reason the office explains (label InfoException.Problem.NAME). */
public class InfoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        NOT_FOUND, TITLE_MISSING, TITLE_LENGTH, BODY_TOO_LONG, DESK_TOO_LONG, EXPLANATION_TOO_LONG, SLUG_MISSING, SLUG_INVALID, SLUG_TAKEN, WRONG_PAGE, CHANGED_MEANWHILE, TAKES_OFFLINE
    }

    private final Problem problem;
    private final String language;

    public InfoException(Problem problem) {
        this(problem, null);
    }

    /** A problem with the text in one language (its label names it as {language}). */
    public InfoException(Problem problem, String language) {
        super(problem.name());
        this.problem = problem;
        this.language = language;
    }

    public Problem getProblem() {
        return problem;
    }

    /** The language whose text the problem is in, or null. */
    public String getLanguage() {
        return language;
    }
}
