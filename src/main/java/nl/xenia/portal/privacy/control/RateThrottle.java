package nl.xenia.portal.privacy.control;

import java.time.Duration;
import java.time.Instant;
import nl.xenia.portal.privacy.boundary.RecentEvents;

/**
 * A rate limit: at most {@code perClient} actions per client (keyed daily) and {@code everyone} actions
 * of all clients together within a sliding window, counted by {@link RecentEvents}.
 */
public final class RateThrottle {

    private final int perClient;
    private final int everyone;
    private final RecentEvents actions;

    public RateThrottle(int perClient, int everyone, Duration window) {
        if (perClient < 1 || everyone < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs positive numbers and a window");
        }
        this.perClient = perClient;
        this.everyone = everyone;
        this.actions = new RecentEvents(window, RecentEvents.Forgetting.EACH, perClient, everyone);
    }

    /** Counts one action of this client and returns true, or returns false (and counts nothing) when over a limit. */
    public boolean take(String address, Instant now) {
        return actions.addIfBelow(actions.daily(address, now), perClient, everyone, now);
    }

    /** How many clients are being counted (for tests; no identities). */
    public int clients() {
        return actions.keys();
    }
}
