package nl.xenia.portal.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.xenia.portal.members.entity.Member;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;

/**
 * The sounding board's members, for other components (consultations): whether an account still exists, pseudonyms by
 * id, and a content-free mail to every member who gave an address. Pseudonyms and ids only.
 */
@ApplicationScoped
public class MemberDirectory {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Notifications notifications;

    /** Whether the member's account still exists (a member may have left since signing in). */
    @Transactional(TxType.SUPPORTS)
    public boolean exists(long memberId) {
        return em.find(Member.class, memberId) != null;
    }

    /** Pseudonyms by member id, for the ids that still exist. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, String> pseudonyms(Collection<Long> memberIds) {
        Map<Long, String> pseudonyms = new TreeMap<>();
        if (memberIds == null || memberIds.isEmpty()) {
            return pseudonyms;
        }
        for (Member member : em.createNamedQuery(Member.BY_IDS, Member.class)
                .setParameter("ids", memberIds.stream().distinct().toList()).getResultList()) {
            pseudonyms.put(member.getId(), member.getPseudonym());
        }
        return pseudonyms;
    }

    /**
     * Queues, in the caller's transaction, a content-free mail (a template with at most a link argument {@code link})
     * to every member who gave an address, each in the member's language, not before the time given; the link is
     * {@code Notifications.link(language, path)}. Returns how many were queued.
     */
    @Transactional(TxType.MANDATORY)
    public int tellAll(MailTemplate template, String path, Instant notBefore) {
        int queued = 0;
        for (Member member : em.createNamedQuery(Member.WITH_ADDRESS, Member.class).getResultList()) {
            Optional<String> address = members.address(member).filter(Notifications::isAddress);
            if (address.isPresent()) {
                notifications.queueAt(address.get(), member.getLanguage(), template,
                        Map.of("link", notifications.link(member.getLanguage(), path)), notBefore);
                queued++;
            }
        }
        return queued;
    }
}
