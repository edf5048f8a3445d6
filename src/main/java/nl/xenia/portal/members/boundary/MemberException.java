package nl.xenia.portal.members.boundary;

import java.time.Duration;

/**
 * A member's or staff's action on the sounding board refused for a reason the page explains (label
 * {@code MemberException.Problem.NAME} in every language: members see most of them). Nothing typed but passwords is
 * lost: the page is shown again as it was posted.
 */
public class MemberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        /** The invitation code is wrong, used, or expired (one answer for all three). */
        CODE,
        /** Wrong codes or passwords just now: wait a moment ({@link MemberException#getWait()} says how long). */
        WAIT,
        /** Too many wrong codes: refused for a while. */
        REFUSED,
        /** A pseudonym shorter than 3 characters. */
        PSEUDONYM_SHORT,
        /** A pseudonym longer than 40 characters. */
        PSEUDONYM_LONG,
        /** A pseudonym with characters other than letters, digits, spaces, dots, hyphens and underscores. */
        PSEUDONYM_CHARACTERS,
        /** Someone already has this pseudonym (in any case). */
        PSEUDONYM_TAKEN,
        /** A password shorter than the policy's minimum. */
        PASSWORD_SHORT,
        /** A password longer than the policy's maximum. */
        PASSWORD_LONG,
        /** A password that is too common or too simple (or the pseudonym). */
        PASSWORD_COMMON,
        /** The current password typed is not right. */
        PASSWORD_WRONG,
        /** The two new passwords typed differ. */
        PASSWORD_MISMATCH,
        /** The second step's code is not right. */
        SECOND_STEP_WRONG,
        /** Too many wrong second-step codes: sign in again. */
        SECOND_STEP_ENDED,
        /** Not a mail address. */
        ADDRESS,
        /** Leaving (or another step that asks first) was not confirmed. */
        CONFIRM,
        /** The account does not exist (any more), or the session ended. */
        GONE,
        /** Not allowed (staff: the role; members: the step). */
        NOT_ALLOWED
    }

    private final Problem problem;
    private final Duration wait;

    public MemberException(Problem problem) {
        this(problem, Duration.ZERO);
    }

    public MemberException(Problem problem, Duration wait) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.wait = wait;
    }

    public Problem getProblem() {
        return problem;
    }

    /** For WAIT: how long until the next try counts; zero otherwise. */
    public Duration getWait() {
        return wait;
    }
}
