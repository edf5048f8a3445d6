package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.appointments.entity.WeeklyHours;

/**
 * For in-container appointment tests: a place and a service offered there every day of the week (08:00–20:00,
 * 30 minutes, no pause, no minimum notice, 28 days ahead), committed so that concurrent transactions see it; the free
 * times of it; and its removal with everything booked on it (appointments, their waiting reminders, their counts).
 * Public holidays stay closed, so a test asks for a free time instead of assuming a day.
 */
@ApplicationScoped
public class AppointmentFixtures {

    /** A service offered at a place, by id. */
    public record Offered(long serviceId, long placeId) {
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Appointments appointments;

    /** A new office place and a service with {@code capacity} people per time, offered there daily; committed. */
    @Transactional(TxType.REQUIRES_NEW)
    public Offered offered(int capacity, boolean confirmFirst, boolean interpreter) {
        Instant now = clock.instant();
        Place place = new Place(PlaceKind.OFFICE, "Test place", "Leeuwarden", "Test street 1, ring twice", now);
        em.persist(place);
        Service service = new Service(
                new Service.Settings(30, 0, 0, 28, capacity, interpreter, confirmFirst, true), now);
        service.write("en", new ServiceText("Test talk", "A test service.", "Nothing."));
        service.offerAt(Set.of(place.getId()));
        em.persist(service);
        em.flush();
        for (DayOfWeek day : DayOfWeek.values()) {
            em.persist(new WeeklyHours(service.getId(), place.getId(), day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
        }
        return new Offered(service.getId(), place.getId());
    }

    /** The free times of the service from a day on (a week of days), as the public sees them now. */
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
     * Removes the service and its place with everything on them: appointments, the reminders they still wait to send,
     * the counts retention kept of them; committed.
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
        em.createNativeQuery("DELETE FROM appointment_place WHERE id = ?1").setParameter(1, offered.placeId())
                .executeUpdate();
    }
}
