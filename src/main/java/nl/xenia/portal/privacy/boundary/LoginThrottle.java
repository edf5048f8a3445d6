package nl.xenia.portal.privacy.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins per key (a keyed hash of name and client, given by the caller), counted in memory by
 * {@link RecentEvents}: the first {@value #FREE_FAILURES} are free; after that each attempt is refused until a delay after the
 * last failure has passed, doubling with every further failure (1 s, 2 s, 4 s, … at most 15 minutes);
 * the caller counts an attempt refused during the delay as a failure too.
 * A success or an hour without failures forgets the key. Nobody waits on a thread: a refused attempt is
 * answered at once, with the time left to wait ({@link #waitLeft}).
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    // the delay is at its longest well before this many failures, so more need not be kept
    private final RecentEvents failures = new RecentEvents(FORGET_AFTER, RecentEvents.Forgetting.WHEN_QUIET,
            FREE_FAILURES + 20, 0);

    /** Whether an attempt with this key is refused now (its delay after the last failure has not passed). */
    public boolean isRefused(String key, Instant now) {
        return !waitLeft(key, now).isZero();
    }

    /** How long an attempt with this key is still refused: zero when it is not. */
    public Duration waitLeft(String key, Instant now) {
        RecentEvents.Recent recent = failures.of(key, now);
        return recent.latest().map(last -> Duration.between(now, last.plus(delayAfter(recent.count()))))
                .filter(left -> !left.isNegative()).orElse(Duration.ZERO);
    }

    public void failed(String key, Instant now) {
        failures.add(key, now);
    }

    public void succeeded(String key) {
        failures.forget(key);
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
