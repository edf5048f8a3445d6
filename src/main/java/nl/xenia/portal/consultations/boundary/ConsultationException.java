package nl.xenia.portal.consultations.boundary;

/**
 * An answer or a change refused for a reason the page explains (label {@code ConsultationException.Problem.NAME}; the
 * member's problems in every language, the staff's in nl and en). Nothing typed is lost: the page is shown again as it
 * was posted. {@code questionId} names the question concerned, when there is one.
 */
public class ConsultationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        // the member's side (Consultations)
        /** No such consultation or session, or not (yet) published. */
        GONE,
        /** Not open yet. */
        NOT_OPEN,
        /** Closed: nothing can be sent or changed any more. */
        CLOSED,
        /** An anonymous response was sent already and cannot be changed. */
        SENT,
        /** A required question has no answer. */
        REQUIRED,
        /** An open answer is too long. */
        LONG,
        /** An open answer holds characters that cannot be stored. */
        CHARACTERS,
        /** A choice that the question does not offer, or more than one for a one-choice question. */
        CHOICE,
        /** The account no longer exists. */
        MEMBER_GONE,
        /** The session has begun or is over. */
        SESSION_PAST,
        // the staff's side (ConsultationDesk)
        /** No title in any language. */
        TITLE_MISSING,
        /** A title or text over its length. */
        TEXT_LONG,
        /** Opening and closing times missing, or the close not after the opening. */
        TIMES,
        /** No question. */
        QUESTIONS_MISSING,
        /** A question without text in any language. */
        QUESTION_TEXT_MISSING,
        /** A choice question with fewer than two options, or languages with different numbers of options. */
        OPTIONS,
        /** A scale without the words at both ends. */
        SCALE_WORDS,
        /** Questions cannot change once someone answered. */
        LOCKED,
        /** A session's times missing or in the wrong order, or no place or link. */
        SESSION,
        /** A published consultation cannot be deleted. */
        PUBLISHED,
        /** An outcome without "what you said" in any language. */
        OUTCOME_MISSING,
        /** Only after the close. */
        NOT_CLOSED,
        /**
         * Fewer than five members answered anonymously: their open answers stay closed, since the participation record
         * would tell whose they are.
         */
        FEW
    }

    private final Problem problem;
    private final Long questionId;
    private final int questionNumber;

    public ConsultationException(Problem problem) {
        this(problem, null);
    }

    public ConsultationException(Problem problem, Long questionId) {
        this(problem, questionId, 0);
    }

    /** A refusal about a question, named by its id (a saved one) and its number in the order (1, 2, …; 0: none). */
    public ConsultationException(Problem problem, Long questionId, int questionNumber) {
        super(problem.name());
        this.problem = problem;
        this.questionId = questionId;
        this.questionNumber = questionNumber;
    }

    /** The number of the question concerned in the order staff wrote (also for a new one), or 0. */
    public int getQuestionNumber() {
        return questionNumber;
    }

    public Problem getProblem() {
        return problem;
    }

    public Long getQuestionId() {
        return questionId;
    }
}
