package nl.xenia.portal.privacy.control;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then refuses guessing of codes, in memory only. A client is known only by an HMAC
 * of its address under a key that changes every day (so nothing stored links two days, and the
 * address itself is never kept). Per client: after {@link #SLOW_AFTER} wrong codes within
 * {@link #WINDOW} answers are delayed, after {@link #REFUSE_AFTER} refused until the window passes.
 * For everyone together: after {@link #GLOBAL_REFUSE_AFTER} wrong codes within the window all
 * attempts are refused for a while (a distributed guess).
 */
public final class GuessThrottle {

    public static final int SLOW_AFTER = 3;
    public static final int REFUSE_AFTER = 10;
    public static final int GLOBAL_REFUSE_AFTER = 500;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofSeconds(2);

    /** What to do with an attempt. */
    public enum Verdict {
        /** Go ahead. */
        GO,
        /** Go ahead after {@link GuessThrottle#PAUSE}. */
        SLOW,
        /** Refuse now, with a message to come back later. */
        REFUSE
    }

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Deque<Instant> everyone = new ArrayDeque<>();
    private final SecureRandom random = new SecureRandom();
    private volatile LocalDate keyDay;
    private volatile byte[] dayKey;

    /** What to do with the next attempt of this client. */
    public Verdict verdict(String address, Instant now) {
        synchronized (everyone) {
            prune(everyone, now);
            if (everyone.size() >= GLOBAL_REFUSE_AFTER) {
                return Verdict.REFUSE;
            }
        }
        Deque<Instant> mine = failures.get(client(address, now));
        if (mine == null) {
            return Verdict.GO;
        }
        synchronized (mine) {
            prune(mine, now);
            return mine.size() >= REFUSE_AFTER
                    ? Verdict.REFUSE
                    : mine.size() >= SLOW_AFTER ? Verdict.SLOW : Verdict.GO;
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

    private String client(String address, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.equals(keyDay)) {
            synchronized (this) {
                if (!today.equals(keyDay)) {
                    byte[] key = new byte[32];
                    random.nextBytes(key);
                    dayKey = key;
                    keyDay = today;
                    failures.clear(); // yesterday's keyed entries can never match again
                }
            }
        }
        return Base64.getEncoder().encodeToString(KeyedHash.of(dayKey, address == null ? "" : address));
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
