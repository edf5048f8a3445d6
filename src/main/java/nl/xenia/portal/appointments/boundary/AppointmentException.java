package nl.xenia.portal.appointments.boundary;

/**
 * A booking or a change to the planning refused for a reason the page explains (label
 * {@code AppointmentException.Problem.NAME}, in every language: the public sees some of them). Nothing typed is lost:
 * the page is shown again as it was posted.
 */
public class AppointmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Problem {
        // the person's side (Appointments)
        /** The service is switched off, not offered at that place, or does not exist. */
        NOT_OFFERED,
        /** The time is not one of the service's times (a forged or stale time), or outside the booking horizon. */
        NOT_A_TIME,
        /** The time was just taken by someone else. */
        TAKEN,
        /** Too many people booking at this moment: try again. */
        BUSY,
        /** A text field is too long. */
        LONG,
        /** A text field holds characters that cannot be stored. */
        CHARACTERS,
        /** Not a mail address. */
        MAIL,
        /** Not a language the portal knows. */
        LANGUAGE,
        /** The same form was sent twice: the first one booked. */
        DUPLICATE,
        /** Booking too often from here just now. */
        LIMIT,
        /** This code has as many open appointments as it may hold. */
        TOO_MANY,
        /** The code typed to join an earlier question or booking opens nothing. */
        CODE,
        /** Wrong codes just now: wait a moment. */
        WAIT,
        /** Too many wrong codes: refused for a while. */
        REFUSED,
        /** The appointment is no longer open (cancelled, declined, over). */
        CLOSED,
        // the staff's side (AppointmentDesk)
        /** The appointment is gone (deleted after its time, or never existed). */
        GONE,
        /** Attended or no-show only once its time has begun. */
        NOT_YET,
        /** No reason chosen, or one that is not active. */
        REASON,
        // --- staff's planning (AppointmentPlanning): places, services, hours, day changes, cancellation reasons ---
        /** The place, service, block, change or reason named does not exist (any more). */
        NOT_FOUND,
        /** A place's or a service's name left empty. */
        NAME_MISSING,
        /** A place's name over 120 characters, or a service's name in a language over 120. */
        NAME_LONG,
        /** An office or outreach place without a town. */
        TOWN_MISSING,
        /** A town over 80 characters. */
        TOWN_LONG,
        /** A place's details over 2,000 characters. */
        DETAILS_LONG,
        /** A service's description, or what to bring, over 1,000 characters. */
        TEXT_LONG,
        /** A service's duration outside 5 minutes … 8 hours. */
        DURATION,
        /** A pause outside 0 … 4 hours. */
        PAUSE,
        /** A minimum notice outside 0 … 30 days. */
        NOTICE,
        /** A horizon outside 1 day … 366 days. */
        HORIZON,
        /** A capacity outside 1 … 100. */
        CAPACITY,
        /** A weekday, date or time left empty. */
        TIME_MISSING,
        /** A block or change that ends at or before it starts. */
        TIME_ORDER,
        /** A block of weekly hours that overlaps another block of the same day. */
        OVERLAP,
        /** A day change on a day already past. */
        DATE_PAST,
        /** A cancellation reason over 500 characters. */
        REASON_LONG,

    }

    private final Problem problem;
    private final String field;

    public AppointmentException(Problem problem) {
        this(problem, null);
    }

    /** Refused for a problem with one field the person typed (named as the form names it: {@code nickname}, {@code note}, {@code language}, {@code interpreter}). */
    public AppointmentException(Problem problem, String field) {
        super(problem.name());
        this.problem = problem;
        this.field = field;
    }

    public Problem getProblem() {
        return problem;
    }

    /** The field the problem is about, when one is (LONG, CHARACTERS, LANGUAGE); null otherwise. */
    public String getField() {
        return field;
    }
}
