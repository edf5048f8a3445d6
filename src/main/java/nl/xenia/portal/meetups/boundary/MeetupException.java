package nl.xenia.portal.meetups.boundary;

/**
 * An RSVP or a change to the planning refused for a reason the page explains (label {@code MeetupException.Problem.NAME},
 * in every language: the public sees some of them). Nothing typed is lost: the page is shown again as it was posted.
 */
public class MeetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        // the person's side (Meetups)
        /** No such meetup (a forged or an old id). */
        GONE,
        /** The meetup is cancelled. */
        CANCELLED,
        /** The meetup has begun or is over. */
        PAST,
        /** Every place is taken and the meetup has no waiting list. */
        FULL,
        /** Too many people at this moment: try again. */
        BUSY,
        /** A text field is too long. */
        LONG,
        /** A text field holds characters that cannot be stored. */
        CHARACTERS,
        /** Not a mail address. */
        MAIL,
        /** The same form was sent twice: the first one counted. */
        DUPLICATE,
        /** Saying "I'll come" too often from here just now. */
        LIMIT,
        /** This code already comes to (or waits for) this meetup. */
        ALREADY,
        /** This code comes to as many meetups as it may. */
        TOO_MANY,
        /** The code typed opens nothing, or does not hold this RSVP. */
        CODE,
        /** Wrong codes just now: wait a moment. */
        WAIT,
        /** Too many wrong codes: refused for a while. */
        REFUSED,
        /** The person already said they cannot come. */
        LEFT,
        // the staff's side (MeetupPlanning)
        /** The meetup or reason named does not exist (any more). */
        NOT_FOUND,
        /** No title in any language. */
        TITLE_MISSING,
        /** A title over 120 characters. */
        TITLE_LONG,
        /** A description over 2,000 characters. */
        DESCRIPTION_LONG,
        /** No host's name. */
        HOST_MISSING,
        /** A host's name over 80 characters. */
        HOST_LONG,
        /** No language spoken chosen, or one the portal does not know. */
        LANGUAGES,
        /** No public area. */
        AREA_MISSING,
        /** A public area over 120 characters. */
        AREA_LONG,
        /** No address (or link) for those who come. */
        ADDRESS_MISSING,
        /** An address over 1,000 characters. */
        ADDRESS_LONG,
        /** A capacity outside 1 … 500. */
        CAPACITY,
        /** A capacity below the number already coming. */
        BELOW_COMING,
        /** A day or a time left empty. */
        TIME_MISSING,
        /** An end at or before the start. */
        TIME_ORDER,
        /** A start in the past. */
        DATE_PAST,
        /** A series without an end (a day or a number of times), or with a number outside 2 … 104. */
        SERIES_END,
        /** A series whose every day is a holiday or past its end. */
        SERIES_EMPTY,
        /** No reason chosen for a move or a cancellation of a meetup people come to, or one not active. */
        REASON,
        /** A reason over 500 characters. */
        REASON_LONG,
        /** How many came is counted only once it has begun. */
        NOT_YET,
        /** How many came: a number from 0 … 1,000. */
        CAME,
    }

    private final Problem problem;
    private final String field;

    public MeetupException(Problem problem) {
        this(problem, null);
    }

    /** Refused for a problem with one field (named as the form names it: {@code nickname}, {@code contact}). */
    public MeetupException(Problem problem, String field) {
        super(problem.name());
        this.problem = problem;
        this.field = field;
    }

    public Problem getProblem() {
        return problem;
    }

    /** The field the problem is about, when one is; null otherwise. */
    public String getField() {
        return field;
    }
}
