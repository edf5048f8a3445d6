package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.entity.AuditEntry;

/**
 * For in-container tests only: reads the audit log without an admin's session (the office's own reading,
 * {@code AuditLog.search}, is for admins), writes entries with a chosen time, and flushes.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** The entries of an actor, newest first; a null action or subject type does not filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> of(String actor, AuditAction action, String subjectType) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.actor = :actor"
                + " AND (:action IS NULL OR e.action = :action)"
                + " AND (:subjectType IS NULL OR e.subjectType = :subjectType)"
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class).setParameter("actor", actor)
                .setParameter("action", action == null ? null : action.name())
                .setParameter("subjectType", subjectType).getResultList();
    }

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
