package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import nl.xenia.portal.info.entity.OpeningHour;

/**
 * What public pages show about Xenia. Read on every home page view, so kept in memory for a short
 * while: a change by staff shows within {@link #FRESHNESS} on every server.
 */
@ApplicationScoped
public class Info {

    static final Duration FRESHNESS = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    /** A weekly period when Xenia can be visited or reached; {@code example} for demo content. */
    public record Hours(OpeningHour.Kind kind, DayOfWeek day, LocalTime opens, LocalTime closes, boolean example) {
    }

    private record Snapshot(List<Hours> hours, Instant readAt) {
    }

    /** The opening hours, by day, time and kind. */
    @Transactional
    public List<Hours> openingHours() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESHNESS).isBefore(now)) {
            List<Hours> hours = em.createNamedQuery(OpeningHour.ALL, OpeningHour.class).getResultStream()
                    .map(hour -> new Hours(hour.getKind(), hour.getDay(), hour.getOpens(), hour.getCloses(),
                            hour.isExample()))
                    .toList();
            current = new Snapshot(hours, now);
            snapshot = current;
        }
        return current.hours();
    }
}
