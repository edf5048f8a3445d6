package nl.xenia.portal.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import nl.xenia.portal.notification.boundary.MailTemplate;

/**
 * The sounding board's members, for other components (consultations): whether an account still exists, pseudonyms by
 * id, and a content-free mail to every member who gave an address. Pseudonyms and ids only.
 */
@ApplicationScoped
public class MemberDirectory {

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    jakarta.persistence.EntityManager em;

    /** Whether the member's account still exists (a member may have left since signing in). */
    public boolean exists(long memberId) {
        return !em.createNativeQuery("SELECT id FROM member WHERE id = ?").setParameter(1, memberId).getResultList()
                .isEmpty();
    }

    /** Pseudonyms by member id, for the ids that still exist. */
    public Map<Long, String> pseudonyms(Collection<Long> memberIds) {
        Map<Long, String> pseudonyms = new java.util.HashMap<>();
        for (long id : memberIds) {
            em.createNativeQuery("SELECT pseudonym FROM member WHERE id = ?").setParameter(1, id).getResultList()
                    .forEach(name -> pseudonyms.put(id, (String) name));
        }
        return pseudonyms;
    }

    /**
     * Queues, in the caller's transaction, a content-free mail (a template with at most a link argument {@code link})
     * to every member who gave an address, each in the member's language, not before the time given; the link is
     * {@code Notifications.link(language, path)}. Returns how many were queued.
     */
    public int tellAll(MailTemplate template, String path, Instant notBefore) {
        return 0; // TEMPORARY (lead): the members helper opens the addresses and queues the mail
    }
}
