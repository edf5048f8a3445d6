package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.appointments.entity.WeeklyHours;

/**
 * For in-container tests: services, places and weekly hours written straight through the entities (committed, so the
 * running portal's public pages show them), for tests that book through the pages. Give each test its own names
 * (with its {@link Leaks#marker}) so it finds its own service on the pages and never another test's.
 */
@ApplicationScoped
public class AppointmentFixtures {

    /** What a fixture made: the ids of the service and its places. */
    public record Offered(long serviceId, Set<Long> placeIds) {
    }

    /** A place of a kind, active. */
    public record PlaceSpec(PlaceKind kind, String name, String town, String details) {
    }

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    EntityManager em;

    /**
     * A service with these settings and texts (language → text), offered at these places, open every day of the week
     * (public holidays excepted, as the portal does) from {@code from} until {@code until} at each place; committed.
     */
    @Transactional
    public Offered offer(Service.Settings settings, Map<String, ServiceText> texts, LocalTime from, LocalTime until,
            PlaceSpec... places) {
        Clock clock = Clock.systemUTC();
        Service service = new Service(settings, clock.instant());
        texts.forEach(service::write);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (PlaceSpec spec : places) {
            Place place = new Place(spec.kind(), spec.name(), spec.town(), spec.details(), clock.instant());
            em.persist(place);
            em.flush();
            ids.add(place.getId());
        }
        service.offerAt(ids);
        em.persist(service);
        em.flush();
        for (long placeId : ids) {
            for (DayOfWeek day : DayOfWeek.values()) {
                em.persist(new WeeklyHours(service.getId(), placeId, day, from, until));
            }
        }
        return new Offered(service.getId(), ids);
    }

    /** Switches a service off (or on again); committed. */
    @Transactional
    public void activate(long serviceId, boolean active) {
        Service service = em.find(Service.class, serviceId);
        Service.Settings now = service.settings();
        service.change(new Service.Settings(now.durationMinutes(), now.pauseMinutes(), now.minNoticeMinutes(),
                now.horizonDays(), now.capacity(), now.interpreter(), now.confirmFirst(), active));
    }
}
