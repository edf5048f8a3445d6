package nl.xenia.portal.privacy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then refuses guessing of codes, in memory only, per client (keyed by
 * {@link DailyKey}). Per client: after {@link #SLOW_AFTER} wrong codes within {@link #WINDOW}, every
 * further wrong code opens a pause (doubling from {@link #PAUSE}, at most {@link #MAX_PAUSE}) in
 * which attempts are answered "wait a moment" at once (no thread waits); after
 * {@link #REFUSE_AFTER} wrong codes attempts are refused until the window passes. For everyone
 * together: when {@link #GLOBAL_SLOW_AFTER} wrong codes fall within the window (a distributed
 * guess), every client pauses after each wrong code of its own, at least {@link #GLOBAL_PAUSE}:
 * guessing slows down for all, but nobody with the right code is locked out.
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

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Deque<Instant> everyone = new ArrayDeque<>();
    private final DailyKey keys = new DailyKey();

    /** What to do with the next attempt of this client. */
    public Verdict verdict(String address, Instant now) {
        boolean pressure = underPressure(now);
        Deque<Instant> mine = failures.get(client(address, now));
        if (mine == null) {
            return Verdict.GO;
        }
        synchronized (mine) {
            prune(mine, now);
            int wrong = mine.size();
            if (wrong >= REFUSE_AFTER) {
                return Verdict.REFUSE;
            }
            int slowAfter = pressure ? 1 : SLOW_AFTER;
            if (wrong >= slowAfter && now.isBefore(mine.peekLast().plus(pause(wrong, slowAfter, pressure)))) {
                return Verdict.WAIT;
            }
            return Verdict.GO;
        }
    }

    /** A wrong code from this client. */
    public void wrong(String address, Instant now) {
        Deque<Instant> mine = failures.computeIfAbsent(client(address, now), key -> new ArrayDeque<>());
        synchronized (mine) {
            prune(mine, now);
            mine.addLast(now);
        }
        synchronized (everyone) {
            prune(everyone, now);
            everyone.addLast(now);
            while (everyone.size() > GLOBAL_SLOW_AFTER * 2) {
                everyone.removeFirst(); // enough to know the pressure; bounded memory
            }
        }
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }

    /** How many clients are being counted (for tests and monitoring; no identities). */
    public int clients() {
        return failures.size();
    }

    private boolean underPressure(Instant now) {
        synchronized (everyone) {
            prune(everyone, now);
            return everyone.size() >= GLOBAL_SLOW_AFTER;
        }
    }

    /** The pause after the latest wrong code: doubling per wrong code past the threshold, capped. */
    static Duration pause(int wrong, int slowAfter, boolean pressure) {
        Duration pause = PAUSE.multipliedBy(1L << Math.min(10, wrong - slowAfter));
        if (pressure && pause.compareTo(GLOBAL_PAUSE) < 0) {
            pause = GLOBAL_PAUSE;
        }
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private String client(String address, Instant now) {
        return keys.of(address, now, failures::clear);
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
