package nl.xenia.portal.privacy.boundary;

import java.time.Instant;

/**
 * Something kept only for a while (question threads, later appointments and RSVPs, the audit log).
 * The retention job calls every such bean, on one server at a time.
 */
public interface Expiring {

    /** Deletes what is past its retention at {@code now} (what monitoring keeps is counted first); returns how many. */
    int deleteExpired(Instant now);
}
