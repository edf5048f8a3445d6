package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.appointments.entity.CancelReason;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.appointments.entity.WeeklyHours;

/**
 * For in-container tests of appointments: services, places, weekly hours and reasons to cancel written straight
 * through the entities, committed so that the running portal (its public and office pages) and concurrent
 * transactions see them; their free times; and their removal with everything booked on them. Give each test its own
 * names (with a label of its own, e.g. from {@link Leaks#marker}) so it finds its own rows on the pages and never
 * another test's; nothing in them is personal. Public holidays stay closed, so a test asks for a free time instead of
 * assuming a day.
 */
@ApplicationScoped
public class AppointmentFixtures {

    /** What a fixture made: the ids of the service and its places. */
    public record Offered(long serviceId, Set<Long> placeIds) {

        /** The (first) place: most fixtures make one. */
        public long placeId() {
            return placeIds.iterator().next();
        }
    }

    /** A place of a kind, active. */
    public record PlaceSpec(PlaceKind kind, String name, String town, String details) {
    }

    /** A service at one outreach place with a reason to cancel: the ids, and the names the office shows. */
    public record Offer(long serviceId, long placeId, long reasonId, String serviceName, String placeName,
            String town) {
    }

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Appointments appointments;

    /**
     * A service with these settings and texts (language → text), offered at these places, open every day of the week
     * (public holidays excepted, as the portal does) from {@code from} until {@code until} at each place; committed.
     */
    @Transactional
    public Offered offer(Service.Settings settings, Map<String, ServiceText> texts, LocalTime from, LocalTime until,
            PlaceSpec... places) {
        Service service = new Service(settings, clock.instant());
        texts.forEach(service::write);
        Set<Long> ids = new LinkedHashSet<>();
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

    /**
     * An outreach place in a town, a service there (30 minutes, one person per time, no notice, 8 weeks ahead, an
     * interpreter possible, confirmed by staff first when asked) open 07:00–21:00 every day, and an active reason to
     * cancel, all named with the label; committed.
     */
    @Transactional
    public Offer offer(String label, boolean confirmFirst) {
        String name = "Dienst " + label;
        String town = "Testdorp " + label;
        Map<String, ServiceText> texts = new LinkedHashMap<>();
        texts.put("nl", new ServiceText(name, "Een gesprek.", "Niets."));
        texts.put("en", new ServiceText(name, "A talk.", "Nothing."));
        PlaceSpec place = new PlaceSpec(PlaceKind.OUTREACH, "Plek " + label, town, "Achterdeur, tweede bel");
        Offered offered = offer(new Service.Settings(30, 0, 0, 56, 1, true, confirmFirst, true), texts,
                LocalTime.of(7, 0), LocalTime.of(21, 0), place);
        CancelReason reason = new CancelReason(clock.instant());
        reason.write("nl", "Ziek " + label);
        reason.write("en", "Ill " + label);
        em.persist(reason);
        em.flush();
        return new Offer(offered.serviceId(), offered.placeIds().iterator().next(), reason.getId(), name,
                place.name(), town);
    }

    /**
     * An office place in Leeuwarden and a service there with {@code capacity} people per time (30 minutes, no pause,
     * no minimum notice, 28 days ahead) open every day 08:00–20:00; committed in a transaction of its own.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Offered offered(int capacity, boolean confirmFirst, boolean interpreter) {
        return offer(new Service.Settings(30, 0, 0, 28, capacity, interpreter, confirmFirst, true),
                Map.of("en", new ServiceText("Test talk", "A test service.", "Nothing.")), LocalTime.of(8, 0),
                LocalTime.of(20, 0),
                new PlaceSpec(PlaceKind.OFFICE, "Test place", "Leeuwarden", "Test street 1, ring twice"));
    }

    /** The free times of the service at its (first) place from a day on (a week of days), as the public sees them now. */
    public List<Appointments.FreeTime> freeTimes(Offered offered, LocalDate from) {
        return appointments.freeTimes(offered.serviceId(), offered.placeId(), from, from.plusDays(7));
    }

    /** The first free time of the service from a day on. */
    public Appointments.FreeTime firstFree(Offered offered, LocalDate from) {
        return freeTimes(offered, from).stream().findFirst()
                .orElseThrow(() -> new AssertionError("expected a free time of the fixture's service from " + from));
    }

    /** The first free time from today on. */
    public Appointments.FreeTime firstFree(Offered offered) {
        return firstFree(offered, clock.instant().atZone(Openings.ZONE).toLocalDate());
    }

    /**
     * Removes the service and its places with everything on them: appointments, the reminders they still wait to
     * send, the counts retention kept of them; committed in a transaction of its own.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void remove(Offered offered) {
        em.createNativeQuery("DELETE FROM mail_outbox WHERE id IN (SELECT reminder_mail_id FROM appointment"
                + " WHERE service_id = ?1)").setParameter(1, offered.serviceId()).executeUpdate();
        for (String table : List.of("appointment", "appointment_count", "appointment_hours", "appointment_day_change",
                "appointment_offer", "appointment_service_text")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE service_id = ?1").setParameter(1, offered.serviceId())
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM appointment_service WHERE id = ?1").setParameter(1, offered.serviceId())
                .executeUpdate();
        for (long placeId : offered.placeIds()) {
            em.createNativeQuery("DELETE FROM appointment_place WHERE id = ?1").setParameter(1, placeId)
                    .executeUpdate();
        }
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
