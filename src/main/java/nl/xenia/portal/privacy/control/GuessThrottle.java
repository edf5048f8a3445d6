package nl.xenia.portal.privacy.control;

import java.time.Duration;
import java.time.Instant;
import nl.xenia.portal.privacy.boundary.RecentEvents;

/**
 * Slows down and then refuses guessing of codes, per client (counted by {@link RecentEvents}, keyed
 * daily). Per client: after {@link #SLOW_AFTER} wrong codes within {@link #WINDOW}, every further wrong
 * code opens a pause (doubling from {@link #PAUSE}, at most {@link #MAX_PAUSE}) in which attempts are
 * answered "wait a moment" at once (no thread waits); after {@link #REFUSE_AFTER} wrong codes attempts
 * are refused until the window passes. For everyone together: when {@link #GLOBAL_SLOW_AFTER} wrong
 * codes fall within the window (a distributed guess), every client pauses after each wrong code of its
 * own, at least {@link #GLOBAL_PAUSE}: guessing slows down for all, but nobody with the right code is
 * locked out.
 */
public final class GuessThrottle {

    public static final int SLOW_AFTER = 3;
    public static final int REFUSE_AFTER = 10;
    public static final int GLOBAL_SLOW_AFTER = 500;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofSeconds(2);
    public static final Duration MAX_PAUSE = Duration.ofMinutes(1);
    public static final Duration GLOBAL_PAUSE = Duration.ofSeconds(10);

    /** What to do with an attempt. */
    public enum Verdict {
        /** Go ahead. */
        GO,
        /** Not now: the client is in a pause; answer "wait a moment and try again". */
        WAIT,
        /** Refuse, with a message to come back in a few minutes. */
        REFUSE
    }

    // refused from the tenth on, so ten per client are enough; twice the pressure mark for everyone
    private final RecentEvents wrong = new RecentEvents(WINDOW, RecentEvents.Forgetting.EACH, REFUSE_AFTER,
            GLOBAL_SLOW_AFTER * 2);

    /** What to do with the next attempt of this client. */
    public Verdict verdict(String address, Instant now) {
        boolean pressure = wrong.everyone(now) >= GLOBAL_SLOW_AFTER;
        RecentEvents.Recent mine = wrong.of(wrong.daily(address, now), now);
        if (mine.count() >= REFUSE_AFTER) {
            return Verdict.REFUSE;
        }
        int slowAfter = pressure ? 1 : SLOW_AFTER;
        if (mine.count() >= slowAfter
                && now.isBefore(mine.latest().orElseThrow().plus(pause(mine.count(), slowAfter, pressure)))) {
            return Verdict.WAIT;
        }
        return Verdict.GO;
    }

    /** A wrong code from this client. */
    public void wrong(String address, Instant now) {
        wrong.add(wrong.daily(address, now), now);
    }

    /** How many clients are being counted (for tests and monitoring; no identities). */
    public int clients() {
        return wrong.keys();
    }

    /** The pause after the latest wrong code: doubling per wrong code past the threshold, capped. */
    static Duration pause(int wrong, int slowAfter, boolean pressure) {
        Duration pause = PAUSE.multipliedBy(1L << Math.min(10, wrong - slowAfter));
        if (pressure && pause.compareTo(GLOBAL_PAUSE) < 0) {
            pause = GLOBAL_PAUSE;
        }
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }
}
