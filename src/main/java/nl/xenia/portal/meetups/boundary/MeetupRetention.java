package nl.xenia.portal.meetups.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.meetups.entity.MeetupCount;
import nl.xenia.portal.meetups.entity.Rsvp;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Expiring;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The meetups' part in the retention job: deletes an occurrence with its RSVPs, texts and notices
 * {@code xenia.meetups.retention} (default 30 days) after its end, at most a batch per round, in a transaction of its
 * own. It is counted for monitoring first (month, first language spoken, who hosted, held or cancelled, how many said
 * they come, how many waited, how many came) and a mail still held for someone waiting is withdrawn. The row is deleted
 * by id and counted only when this transaction deleted it, so two servers removing the same occurrence count it once.
 */
@ApplicationScoped
public class MeetupRetention implements Expiring {

    private static final int BATCH = 200;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "xenia.meetups.retention", defaultValue = "P30D")
    Duration retention;

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        int deleted = 0;
        for (Meetup meetup : em.createNamedQuery(Meetup.ENDED_BEFORE, Meetup.class)
                .setParameter("before", now.minus(retention)).setMaxResults(BATCH).getResultList()) {
            if (remove(meetup)) {
                deleted++;
            }
        }
        return deleted;
    }

    private boolean remove(Meetup meetup) {
        List<Rsvp> rsvps = em.createNamedQuery(Rsvp.OF_MEETUP, Rsvp.class).setParameter("meetup", meetup.getId())
                .getResultList();
        long id = meetup.getId();
        rsvps.forEach(em::detach);
        em.detach(meetup);
        if (em.createNamedQuery(Meetup.DELETE).setParameter("id", id).executeUpdate() != 1) {
            return false; // RSVPs, texts and notices go with it (ON DELETE CASCADE)
        }
        for (Rsvp rsvp : rsvps) {
            if (rsvp.getHeldMailId() != null) {
                notifications.withdraw(rsvp.getHeldMailId());
            }
        }
        int said = rsvps.size(); // everyone who said "I'll come", also those who left later
        int waited = (int) rsvps.stream().filter(Rsvp::isWaited).count();
        String language = meetup.getLanguages().isEmpty() ? "und" : meetup.getLanguages().get(0);
        em.persist(new MeetupCount(MONTH.format(meetup.getStartsAt().atZone(Languages.LOCAL_TIME)), language,
                meetup.getHostKind(), meetup.isPlanned(), said, waited, meetup.getCame()));
        return true;
    }
}
