package nl.xenia.portal.appointments.boundary;

/**
 * A booking, move, cancellation or planning change refused for a reason the page explains (label
 * {@code AppointmentException.Problem.NAME}). Nothing of what the person wrote is in it.
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
        REASON
    }

    private final Problem problem;

    public AppointmentException(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}
