package nl.xenia.portal.questions.boundary;

/**
 * A question or reply refused for a reason the page explains (ask.message.error.NAME); WAIT and
 * REFUSED come from the guess limit on codes (the inbox explains them), LIMIT from the limit on asking.
 */
public class QuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        EMPTY, LONG, CHARACTERS, MAIL, DUPLICATE, TITLE, LIMIT, WAIT, REFUSED
    }

    private final Problem problem;

    public QuestionException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}
