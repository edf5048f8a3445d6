package nl.xenia.portal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * For in-container tests that change rows with SQL inside a transaction: the transaction's
 * persistence context (shared by every bean in it) written out before, and forgotten after, so the
 * beans read what the database now holds.
 */
@ApplicationScoped
public class PersistenceContext {

    @jakarta.persistence.PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** Writes what the beans changed so far, for SQL in the same transaction to see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        em.flush();
    }

    /** Forgets every entity read so far, so the next read comes from the database. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        em.flush();
        em.clear();
    }
}
