package nl.xenia.portal.questions.boundary;

/** A question or reply refused for a reason the page explains (ask.message.error.NAME). */
public class QuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        EMPTY, LONG, CHARACTERS, MAIL, DUPLICATE, TITLE
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
