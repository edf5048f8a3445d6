package nl.xenia.portal.privacy.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.privacy.control.DailyKey;

/**
 * The one mechanism behind every throttle (guessing codes, rate limits, sign-in failures): recent
 * events per key and for everyone together, in memory only and bounded. An event is forgotten once it
 * is older than the window ({@link Forgetting#EACH}), or a key's events all at once when the key has
 * been quiet for the window ({@link Forgetting#WHEN_QUIET}, for counts that build up while someone
 * keeps trying). Client addresses are keyed by {@link #daily}: an HMAC under a key that changes every
 * day, so the address is never kept and nothing kept links two days. The rules (when to pause, when to
 * refuse) belong to the throttles that use it; nothing here ever waits. Public face of privacy, so
 * that other components' throttles (staff sign-in) count the same way.
 */
public final class RecentEvents {

    /** How events leave the count. */
    public enum Forgetting {
        /** Each event when it is older than the window: a sliding window. */
        EACH,
        /** All of a key's events once its latest is older than the window. */
        WHEN_QUIET
    }

    /** A key's recent events: how many, and when the latest was (empty when none). */
    public record Recent(int count, Optional<Instant> latest) {
    }

    /** Above this many keys, keys with nothing recent are dropped. */
    static final int MAX_KEYS = 100_000;

    private final Duration window;
    private final Forgetting forgetting;
    private final int keepPerKey;
    private final int keepForEveryone;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Deque<Instant> everyone = new ArrayDeque<>();
    private final DailyKey dailyKey = new DailyKey();

    /**
     * @param keepPerKey at most this many latest events are kept per key (the count never exceeds it)
     * @param keepForEveryone at most this many latest events of all keys together are kept (0: none)
     */
    public RecentEvents(Duration window, Forgetting forgetting, int keepPerKey, int keepForEveryone) {
        if (window.isNegative() || window.isZero() || keepPerKey < 1 || keepForEveryone < 0) {
            throw new IllegalArgumentException("Recent events need a window and room for at least one event a key");
        }
        this.window = window;
        this.forgetting = forgetting;
        this.keepPerKey = keepPerKey;
        this.keepForEveryone = keepForEveryone;
    }

    /**
     * The key under which a client's address is counted today (UTC); on a new day everything counted
     * under yesterday's key is dropped.
     */
    public String daily(String address, Instant now) {
        return dailyKey.of(address, now, events::clear);
    }

    /** The key's recent events at {@code now}. */
    public Recent of(String key, Instant now) {
        Deque<Instant> mine = events.get(key);
        if (mine == null) {
            return new Recent(0, Optional.empty());
        }
        synchronized (mine) {
            forget(mine, now);
            return new Recent(mine.size(), Optional.ofNullable(mine.peekLast()));
        }
    }

    /** How many events of all keys together are within the window (counted only when kept for everyone). */
    public int everyone(Instant now) {
        synchronized (everyone) {
            forgetEach(everyone, now);
            return everyone.size();
        }
    }

    /** An event of this key now. */
    public void add(String key, Instant now) {
        Deque<Instant> mine = events.computeIfAbsent(key, created -> new ArrayDeque<>());
        synchronized (mine) {
            forget(mine, now);
            keep(mine, now, keepPerKey);
        }
        synchronized (everyone) {
            forgetEach(everyone, now);
            keep(everyone, now, keepForEveryone);
        }
        bound(now);
    }

    /**
     * An event of this key now if, before it, the key has fewer than {@code perKey} and everyone fewer
     * than {@code forEveryone} recent events: true; otherwise false, and nothing is counted.
     */
    public boolean addIfBelow(String key, int perKey, int forEveryone, Instant now) {
        Deque<Instant> mine = events.computeIfAbsent(key, created -> new ArrayDeque<>());
        synchronized (everyone) {
            forgetEach(everyone, now);
            synchronized (mine) {
                forget(mine, now);
                if (mine.size() >= perKey || everyone.size() >= forEveryone) {
                    return false;
                }
                keep(mine, now, keepPerKey);
                keep(everyone, now, keepForEveryone);
            }
        }
        bound(now);
        return true;
    }

    /** Forgets a key's events (e.g. after a success). */
    public void forget(String key) {
        events.remove(key);
    }

    /** How many keys are being counted (for tests and monitoring; no identities). */
    public int keys() {
        return events.size();
    }

    private void forget(Deque<Instant> times, Instant now) {
        if (forgetting == Forgetting.EACH) {
            forgetEach(times, now);
        } else if (!times.isEmpty() && times.peekLast().plus(window).isBefore(now)) {
            times.clear();
        }
    }

    private void forgetEach(Deque<Instant> times, Instant now) {
        Instant edge = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(edge)) {
            times.removeFirst();
        }
    }

    private static void keep(Deque<Instant> times, Instant now, int most) {
        if (most == 0) {
            return;
        }
        times.addLast(now);
        while (times.size() > most) {
            times.removeFirst();
        }
    }

    private void bound(Instant now) {
        if (events.size() > MAX_KEYS) {
            events.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    forget(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }
}
