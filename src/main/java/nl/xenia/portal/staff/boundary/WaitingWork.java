package nl.xenia.portal.staff.boundary;

import java.util.List;

/**
 * What waits in a component's queues for a signed-in member, for the office dashboard. Each
 * component with work for staff (questions, appointments, meetups, consultations) offers one as an
 * application-scoped bean; the dashboard shows every non-zero count with a link.
 */
public interface WaitingWork {

    /** A count under a label (an office bundle key with a {count} plural), linking to an office page. */
    record Waiting(String labelKey, long count, String page, int order) {
    }

    /** What waits for this member; empty when nothing does or the member's roles do not cover it. */
    List<Waiting> waitingFor(SignedIn member);
}
