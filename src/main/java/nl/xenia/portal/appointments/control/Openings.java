package nl.xenia.portal.appointments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.appointments.entity.DayChange;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.WeeklyHours;
import nl.xenia.portal.localization.boundary.Languages;

/**
 * A service's times at a place, read from the database and worked out by {@link FreeTimes}: the weekly hours, the
 * day changes and public holidays of the range, and the appointments that hold a seat in it.
 */
@ApplicationScoped
public class Openings {

    /** The time zone of every appointment's wall-clock time. */
    public static final ZoneId ZONE = Languages.LOCAL_TIME;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Holidays holidays;

    /** The free times of a service at a place between two days (inclusive). */
    public List<FreeTimes.Time> free(Service service, long placeId, LocalDate from, LocalDate until, Instant now) {
        return FreeTimes.between(rules(service), weekly(service, placeId), changes(service, placeId, from, until),
                holidays.between(from, until), booked(service, placeId, from, until, null), from, until, now, ZONE);
    }

    /**
     * The time of a service at a place that starts at {@code start}, if it is one of its times and has a seat free;
     * {@code ignoring} is an appointment whose own seat does not count (the one being moved).
     */
    public Optional<FreeTimes.Time> at(Service service, long placeId, Instant start, Instant now, Long ignoring) {
        LocalDate day = start.atZone(ZONE).toLocalDate();
        return FreeTimes.at(rules(service), weekly(service, placeId), changes(service, placeId, day, day),
                holidays.between(day, day), booked(service, placeId, day, day, ignoring), start, now, ZONE);
    }

    /** Whether {@code start} is one of the service's times at the place, taken or not. */
    public boolean isTime(Service service, long placeId, Instant start, Instant now) {
        LocalDate day = start.atZone(ZONE).toLocalDate();
        return FreeTimes.at(rules(service), weekly(service, placeId), changes(service, placeId, day, day),
                holidays.between(day, day), List.of(), start, now, ZONE).isPresent();
    }

    /** The seat numbers taken at exactly this start (1 … capacity), but for the appointment {@code ignoring}. */
    public List<Integer> seatsTaken(Service service, long placeId, Instant start, Instant end, Long ignoring) {
        return em.createNamedQuery(Appointment.TAKEN, Appointment.class).setParameter("service", service.getId())
                .setParameter("place", placeId).setParameter("from", start).setParameter("until", end)
                .getResultStream()
                .filter(taken -> taken.getStartsAt().equals(start) && !Objects.equals(taken.getId(), ignoring))
                .map(Appointment::getSeat).toList();
    }

    private static FreeTimes.Rules rules(Service service) {
        return new FreeTimes.Rules(service.duration(), service.pause(), service.minNotice(), service.horizon(),
                service.getCapacity());
    }

    private List<FreeTimes.WeeklyBlock> weekly(Service service, long placeId) {
        return em.createNamedQuery(WeeklyHours.OF_OFFER, WeeklyHours.class).setParameter("service", service.getId())
                .setParameter("place", placeId).getResultStream()
                .map(block -> new FreeTimes.WeeklyBlock(block.getDay(), block.getStartsAt(), block.getEndsAt()))
                .toList();
    }

    private List<FreeTimes.DayChange> changes(Service service, long placeId, LocalDate from, LocalDate until) {
        return em.createNamedQuery(DayChange.OF_OFFER, DayChange.class).setParameter("service", service.getId())
                .setParameter("place", placeId).setParameter("from", from).setParameter("until", until)
                .getResultStream()
                .map(change -> new FreeTimes.DayChange(change.getOnDate(),
                        change.getKind() == DayChange.Kind.CLOSED
                                ? FreeTimes.ChangeKind.CLOSED
                                : FreeTimes.ChangeKind.EXTRA,
                        change.getStartsAt(), change.getEndsAt()))
                .toList();
    }

    private List<FreeTimes.Booked> booked(Service service, long placeId, LocalDate from, LocalDate until,
            Long ignoring) {
        // a day's times may reach into the next day's first hours only through DST; a day either side is enough
        Instant rangeStart = from.minusDays(1).atStartOfDay(ZONE).toInstant();
        Instant rangeEnd = until.plusDays(2).atStartOfDay(ZONE).toInstant();
        return em.createNamedQuery(Appointment.TAKEN, Appointment.class).setParameter("service", service.getId())
                .setParameter("place", placeId).setParameter("from", rangeStart).setParameter("until", rangeEnd)
                .getResultStream().filter(taken -> !Objects.equals(taken.getId(), ignoring))
                .map(taken -> new FreeTimes.Booked(taken.getStartsAt(), taken.getEndsAt())).toList();
    }
}
