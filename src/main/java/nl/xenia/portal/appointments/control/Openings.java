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
import java.util.Set;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.appointments.entity.DayChange;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.WeeklyHours;
import nl.xenia.portal.localization.boundary.Holidays;
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
     * What a start is for a service at a place: whether it is one of its times at all, the time with its places left
     * when one is free, and the seat numbers taken at exactly that start. {@code ignoring} is an appointment whose own
     * seat does not count (the one being moved). The day's hours, changes and appointments are read once.
     */
    public record Slot(boolean isTime, Optional<FreeTimes.Time> free, List<Integer> seatsTaken) {
    }

    /** The {@link Slot} of {@code start}. */
    public Slot slot(Service service, long placeId, Instant start, Instant now, Long ignoring) {
        LocalDate day = start.atZone(ZONE).toLocalDate();
        FreeTimes.Rules rules = rules(service);
        List<FreeTimes.WeeklyBlock> weekly = weekly(service, placeId);
        List<FreeTimes.DayChange> changes = changes(service, placeId, day, day);
        Set<LocalDate> closed = holidays.between(day, day);
        List<Appointment> taken = taken(service, placeId, day, day, ignoring);
        boolean isTime = FreeTimes.at(rules, weekly, changes, closed, List.of(), start, now, ZONE).isPresent();
        Optional<FreeTimes.Time> free = FreeTimes.at(rules, weekly, changes, closed,
                taken.stream().map(it -> new FreeTimes.Booked(it.getStartsAt(), it.getEndsAt())).toList(), start,
                now, ZONE);
        return new Slot(isTime, free,
                taken.stream().filter(it -> it.getStartsAt().equals(start)).map(Appointment::getSeat).toList());
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
        return taken(service, placeId, from, until, ignoring).stream()
                .map(taken -> new FreeTimes.Booked(taken.getStartsAt(), taken.getEndsAt())).toList();
    }

    /** The appointments holding a seat in the days (a day either side: a day's times reach past it only through DST). */
    private List<Appointment> taken(Service service, long placeId, LocalDate from, LocalDate until, Long ignoring) {
        Instant rangeStart = from.minusDays(1).atStartOfDay(ZONE).toInstant();
        Instant rangeEnd = until.plusDays(2).atStartOfDay(ZONE).toInstant();
        return em.createNamedQuery(Appointment.TAKEN, Appointment.class).setParameter("service", service.getId())
                .setParameter("place", placeId).setParameter("from", rangeStart).setParameter("until", rangeEnd)
                .getResultStream().filter(taken -> !Objects.equals(taken.getId(), ignoring)).toList();
    }
}
