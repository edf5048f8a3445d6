package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.xenia.portal.staff.entity.AuditEntry;

/** For the audit tests only: writes entries with a chosen time, and flushes. */
@ApplicationScoped
public class AuditProbe {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(AuditEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
