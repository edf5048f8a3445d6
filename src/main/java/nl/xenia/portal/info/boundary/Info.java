package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    private record Snapshot(List<OpeningHour> hours, Instant readAt) {
    }

    /** The opening hours, by kind, day and time. */
    @Transactional
    public List<OpeningHour> openingHours() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESHNESS).isBefore(now)) {
            List<OpeningHour> hours = em.createNamedQuery(OpeningHour.ALL, OpeningHour.class).getResultList();
            hours.forEach(em::detach);
            current = new Snapshot(List.copyOf(hours), now);
            snapshot = current;
        }
        return current.hours();
    }
}
