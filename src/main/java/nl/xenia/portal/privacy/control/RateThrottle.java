package nl.xenia.portal.privacy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit kept in memory only: at most {@code perClient} actions per client (keyed by
 * {@link DailyKey}) and {@code everyone} actions of all clients together within a sliding window.
 */
public final class RateThrottle {

    private final int perClient;
    private final int everyone;
    private final Duration window;
    private final Map<String, Deque<Instant>> actions = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();
    private final DailyKey keys = new DailyKey();

    public RateThrottle(int perClient, int everyone, Duration window) {
        if (perClient < 1 || everyone < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs positive numbers and a window");
        }
        this.perClient = perClient;
        this.everyone = everyone;
        this.window = window;
    }

    /** Counts one action of this client and returns true, or returns false (and counts nothing) when over a limit. */
    public boolean take(String address, Instant now) {
        Deque<Instant> mine = actions.computeIfAbsent(keys.of(address, now, actions::clear),
                key -> new ArrayDeque<>());
        synchronized (all) {
            prune(all, now);
            synchronized (mine) {
                prune(mine, now);
                if (mine.size() >= perClient || all.size() >= everyone) {
                    return false;
                }
                mine.addLast(now);
                all.addLast(now);
            }
        }
        if (actions.size() > 100_000) {
            actions.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        return true;
    }

    /** How many clients are being counted (for tests; no identities). */
    public int clients() {
        return actions.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
    }
}
