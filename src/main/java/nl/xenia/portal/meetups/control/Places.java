package nl.xenia.portal.meetups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.Rsvp;
import nl.xenia.portal.meetups.entity.RsvpStatus;

/**
 * The places of an occurrence, inside the caller's transaction and under the meetup's row lock (so everything that
 * changes who comes to one meetup waits for each other, on every server): a new RSVP gets the lowest free place, or a
 * turn on the waiting list; a freed place goes to the first one waiting, once. The database's unique place per meetup is
 * the last word: should two transactions still meet, the second insert fails.
 */
@ApplicationScoped
public class Places {

    /** How a claim went. */
    public enum Outcome {
        /** A place is given. */
        GIVEN,
        /** Full: a turn on the waiting list is given. */
        WAITING,
        /** Full, and the meetup has no waiting list. */
        FULL,
        /** Cancelled. */
        CANCELLED,
        /** Begun or over. */
        PAST,
        /** No such meetup. */
        GONE
    }

    /** A claim: its outcome, the locked meetup and, when given, the place (0 for a turn on the waiting list). */
    public record Claim(Outcome outcome, Meetup meetup, int place) {
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** The meetup, locked for the rest of the caller's transaction; null when there is none. */
    public Meetup lock(long meetupId) {
        return em.find(Meetup.class, meetupId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A place (or a turn) for a new RSVP; the meetup is locked first. */
    public Claim claim(long meetupId, Instant now) {
        Meetup meetup = lock(meetupId);
        if (meetup == null) {
            return new Claim(Outcome.GONE, null, 0);
        }
        if (!meetup.isPlanned()) {
            return new Claim(Outcome.CANCELLED, meetup, 0);
        }
        if (!meetup.getStartsAt().isAfter(now)) {
            return new Claim(Outcome.PAST, meetup, 0);
        }
        int place = freePlace(meetup);
        if (place > 0) {
            return new Claim(Outcome.GIVEN, meetup, place);
        }
        return new Claim(meetup.isWaitingList() ? Outcome.WAITING : Outcome.FULL, meetup, 0);
    }

    /**
     * Gives every free place of a locked meetup to those waiting, first come first served, and returns them (in the
     * order promoted). Call it after a place was freed or the capacity raised, in the same transaction.
     */
    public List<Rsvp> promote(Meetup meetup, Instant now) {
        List<Rsvp> promoted = new ArrayList<>();
        if (!meetup.isPlanned() || !meetup.getStartsAt().isAfter(now)) {
            return promoted;
        }
        List<Rsvp> waiting = em.createNamedQuery(Rsvp.OF_MEETUP_WITH, Rsvp.class)
                .setParameter("meetup", meetup.getId()).setParameter("status", RsvpStatus.WAITING).getResultList();
        for (Rsvp next : waiting) {
            int place = freePlace(meetup);
            if (place == 0) {
                break;
            }
            next.promote(place, now);
            em.flush(); // the place counts as taken for the next one
            promoted.add(next);
        }
        return promoted;
    }

    /** How many hold a place. */
    public int coming(Meetup meetup) {
        return taken(meetup).size();
    }

    private int freePlace(Meetup meetup) {
        Set<Integer> taken = taken(meetup);
        return IntStream.rangeClosed(1, meetup.getCapacity()).filter(number -> !taken.contains(number)).findFirst()
                .orElse(0);
    }

    private Set<Integer> taken(Meetup meetup) {
        return em.createNamedQuery(Rsvp.OF_MEETUP_WITH, Rsvp.class).setParameter("meetup", meetup.getId())
                .setParameter("status", RsvpStatus.COMING).getResultStream().map(Rsvp::getPlace)
                .collect(Collectors.toSet());
    }
}
