package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import nl.xenia.portal.privacy.entity.JobClaim;

/** Claims a scheduled job for one server across all servers sharing the database. */
@ApplicationScoped
public class JobClaims {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /**
     * Claims the job named {@code name} until {@code until} if no claim holds at {@code now}, in a
     * transaction of its own; true for the one server that got it.
     */
    // own transaction: the claim must be committed (seen by every server) before the job runs, whatever the job does
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(String name, Instant now, Instant until) {
        return em.createNamedQuery(JobClaim.CLAIM).setParameter("until", until).setParameter("now", now)
                .setParameter("name", name).executeUpdate() == 1;
    }
}
