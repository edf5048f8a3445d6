package nl.xenia.portal.questions.boundary;

/**
 * A question, reply or canned reply refused for a reason the page explains (label
 * QuestionException.Problem.NAME); WAIT and REFUSED come from the guess limit on codes, LIMIT from the
 * limit on asking, ASSIGNEE when a thread is given to a member who may not have it (not active, no role
 * that reads questions, or without the organisation's key).
 */
public class QuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        EMPTY, LONG, CHARACTERS, MAIL, DUPLICATE, TITLE, LIMIT, WAIT, REFUSED, ASSIGNEE
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
