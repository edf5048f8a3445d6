package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import nl.xenia.portal.appointments.entity.CancelReason;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.appointments.entity.WeeklyHours;

/**
 * For in-container tests of appointments: a place, a service offered there with hours on every day of the week, and a
 * reason to cancel, committed so that the running portal (and its office pages) sees them. Names carry a label of the
 * test's own (made from its archive's marker, known on both sides), so a client finds its rows by name; nothing in
 * them is personal.
 */
@ApplicationScoped
public class AppointmentFixtures {

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** What was made: the ids, and the names the office shows. */
    public record Offer(long serviceId, long placeId, long reasonId, String serviceName, String placeName,
            String town) {
    }

    /**
     * An outreach place in a town, a service there (30 minutes, one person per time, no notice, 8 weeks ahead, an
     * interpreter possible, confirmed by staff first when asked) open 07:00–21:00 every day, and an active reason.
     */
    @Transactional
    public Offer offer(String label, boolean confirmFirst) {
        Instant now = Instant.now();
        String town = "Testdorp " + label;
        Place place = new Place(PlaceKind.OUTREACH, "Plek " + label, town, "Achterdeur, tweede bel", now);
        em.persist(place);
        Service service = new Service(new Service.Settings(30, 0, 0, 56, 1, true, confirmFirst, true), now);
        String name = "Dienst " + label;
        service.write("nl", new ServiceText(name, "Een gesprek.", "Niets."));
        service.write("en", new ServiceText(name, "A talk.", "Nothing."));
        em.persist(service);
        em.flush();
        service.offerAt(Set.of(place.getId()));
        em.flush();
        for (DayOfWeek day : DayOfWeek.values()) {
            em.persist(new WeeklyHours(service.getId(), place.getId(), day, LocalTime.of(7, 0), LocalTime.of(21, 0)));
        }
        CancelReason reason = new CancelReason(now);
        reason.write("nl", "Ziek " + label);
        reason.write("en", "Ill " + label);
        em.persist(reason);
        em.flush();
        return new Offer(service.getId(), place.getId(), reason.getId(), name, place.getName(), town);
    }
}
