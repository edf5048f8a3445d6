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
        /** Hours for a place the service is not offered at. */
        NOT_OFFERED,
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
        /** A language the portal does not speak. */
        LANGUAGE,
        // --- the person's booking (Appointments) ---
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
