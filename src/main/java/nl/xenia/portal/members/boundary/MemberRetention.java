package nl.xenia.portal.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.xenia.portal.members.entity.MemberInvitation;
import nl.xenia.portal.members.entity.MemberSession;
import nl.xenia.portal.privacy.boundary.Expiring;

/**
 * The members' part in the retention job: sessions past their idle or absolute limit (the guard deletes one it meets;
 * this removes those nobody comes back to) and invitations past their expiry, in a transaction of its own. Accounts
 * stay until the member leaves or staff remove them.
 */
@ApplicationScoped
public class MemberRetention implements Expiring {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        int sessions = em.createNamedQuery(MemberSession.DELETE_EXPIRED)
                .setParameter("idle", now.minus(MemberSession.IDLE))
                .setParameter("begun", now.minus(MemberSession.ABSOLUTE)).executeUpdate();
        int invitations = em.createNamedQuery(MemberInvitation.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
        return sessions + invitations;
    }
}
