package nl.xenia.portal.staff.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per account name, in memory only: more than five in a minute and further attempts
 * are refused until the minute has passed. Names are kept only as given by the caller (a keyed hash),
 * and forgotten once their failures have aged out.
 */
public final class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean isRefused(String account, Instant now) {
        Deque<Instant> recent = failures.get(account);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= ALLOWED_FAILURES;
        }
    }

    public void failed(String account, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(account, key -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
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

    public void succeeded(String account) {
        failures.remove(account);
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
    }
}
