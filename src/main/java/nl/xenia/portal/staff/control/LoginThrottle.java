package nl.xenia.portal.staff.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per key (a keyed hash of name and client, given by the caller), in memory only: the
 * first {@value #FREE_FAILURES} are free; after that each attempt is refused until a delay after the
 * last failure has passed, doubling with every further failure (1 s, 2 s, 4 s, … at most 15 minutes);
 * the caller counts an attempt refused during the delay as a failure too.
 * A success or an hour without failures forgets the key. Nobody waits on a thread: a refused attempt is
 * answered at once, with the time left to wait ({@link #waitLeft}).
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Whether an attempt with this key is refused now (its delay after the last failure has not passed). */
    public boolean isRefused(String key, Instant now) {
        Failures recent = failures.get(key);
        return recent != null && now.isBefore(recent.last().plus(delayAfter(recent.count())));
    }

    /** How long an attempt with this key is still refused: zero when it is not. */
    public Duration waitLeft(String key, Instant now) {
        Failures recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, recent.last().plus(delayAfter(recent.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, one) -> new Failures(
                now.isAfter(old.last().plus(FORGET_AFTER)) ? 1 : old.count() + 1, now));
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(entry -> now.isAfter(entry.getValue().last().plus(FORGET_AFTER)));
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    /** The delay after this many failures: none for the free ones, then doubling from a second. */
    static Duration delayAfter(int count) {
        if (count < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(count - FREE_FAILURES, 20));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
