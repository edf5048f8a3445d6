package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.privacy.control.RateThrottle;

/**
 * Rate limits on actions (asking a question, …), per client and for everyone, kept in memory only
 * and keyed by a daily-changing HMAC of the client (see {@link RateThrottle}).
 */
@ApplicationScoped
public class RateLimits {

    /** A named limit: at most {@code perClient} per client and {@code everyone} in all within {@code window}. */
    public record Limit(String name, int perClient, int everyone, Duration window) {
    }

    @Inject
    Clock clock;

    private final Map<Limit, RateThrottle> throttles = new ConcurrentHashMap<>();

    /** Counts one action of this client under the limit; false (nothing counted) when it is reached. */
    public boolean take(Limit limit, Client client) {
        return throttles.computeIfAbsent(limit,
                key -> new RateThrottle(key.perClient(), key.everyone(), key.window()))
                .take(client.key(), clock.instant());
    }
}
