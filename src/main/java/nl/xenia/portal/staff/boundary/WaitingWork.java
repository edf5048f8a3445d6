package nl.xenia.portal.staff.boundary;

import java.util.List;
import java.util.Map;

/**
 * What waits in a component's queues for a signed-in member, for the office dashboard. Each
 * component with work for staff (questions, appointments, meetups, consultations) offers one as an
 * application-scoped bean; the dashboard shows every non-zero count with a link.
 */
public interface WaitingWork {

    /**
     * A count under a label (an office bundle key with a {count} plural), linking to an office page with
     * the query that shows what is counted (e.g. {@code view=overdue}; empty for none).
     */
    record Waiting(String labelKey, long count, String page, Map<String, String> query, int order) {

        public Waiting {
            query = Map.copyOf(query);
        }

        /** Linking to the page as it is. */
        public Waiting(String labelKey, long count, String page, int order) {
            this(labelKey, count, page, Map.of(), order);
        }
    }

    /** What waits for this member; empty when nothing does or the member's roles do not cover it. */
    List<Waiting> waitingFor(SignedIn member);
}
