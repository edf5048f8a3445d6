package nl.xenia.portal.questions.boundary;

/**
 * A question, reply or canned reply refused for a reason the page explains (label
 * QuestionException.Problem.NAME); WAIT and REFUSED come from the guess limit on codes, LIMIT from the
 * limit on asking.
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
