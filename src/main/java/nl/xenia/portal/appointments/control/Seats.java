package nl.xenia.portal.appointments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.Service;

/**
 * Claims a seat of a time, inside the caller's transaction: the service's row is locked first (so bookings of one
 * service wait for each other, on every server), then the time is checked against the hours and the appointments
 * that hold a seat, then the lowest free seat number is given. The database's unique seat per time is the last word:
 * should two transactions still meet, the second insert fails.
 */
@ApplicationScoped
public class Seats {

    /** How a claim went. */
    public enum Outcome {
        /** A seat is given. */
        GIVEN,
        /** The service or the place is not active, the service not offered at the place, or either unknown. */
        NOT_OFFERED,
        /** The start is not one of the service's times (forged, stale, outside the horizon or notice). */
        NOT_A_TIME,
        /** Every seat of the time is taken. */
        TAKEN
    }

    /** A claim: its outcome and, when given, the locked service, the time and the seat. */
    public record Claim(Outcome outcome, Service service, Instant start, Instant end, int seat) {

        static Claim refused(Outcome outcome) {
            return new Claim(outcome, null, null, null, 0);
        }
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Openings openings;

    /**
     * A seat of the time starting at {@code start} of a service at a place; {@code ignoring} is an appointment whose
     * seat does not count (the one being moved). Staff booking on behalf of someone pass {@code staff}: the minimum
     * notice does not hold for them, the horizon does.
     */
    public Claim claim(long serviceId, long placeId, Instant start, Instant now, Long ignoring, boolean staff) {
        Service service = em.find(Service.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        Place place = em.find(Place.class, placeId);
        if (service == null || !service.isActive() || !service.getPlaceIds().contains(placeId) || place == null
                || !place.isActive()) {
            return Claim.refused(Outcome.NOT_OFFERED);
        }
        Instant asOf = staff ? now.minus(service.minNotice()) : now;
        Openings.Slot slot = openings.slot(service, placeId, start, asOf, ignoring);
        if (!slot.isTime()) {
            return Claim.refused(Outcome.NOT_A_TIME);
        }
        if (slot.free().isEmpty()) {
            return Claim.refused(Outcome.TAKEN);
        }
        List<Integer> taken = slot.seatsTaken();
        int seat = IntStream.rangeClosed(1, service.getCapacity()).filter(number -> !taken.contains(number))
                .findFirst().orElse(0);
        return seat == 0
                ? Claim.refused(Outcome.TAKEN)
                : new Claim(Outcome.GIVEN, service, start, slot.free().get().end(), seat);
    }
}
