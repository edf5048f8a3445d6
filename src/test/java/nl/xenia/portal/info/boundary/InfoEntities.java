package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * For the information tests only: entities written in the caller's transaction (an in-container test class gets no
 * persistence context of its own), which the test rolls back.
 */
@ApplicationScoped
public class InfoEntities {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** Persists the entity and writes it out, so its id is known and queries see it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** Runs a statement of SQL with positional parameters (?1, ?2, ...); returns how many rows it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int sql(String statement, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Writes out and forgets every entity read so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        em.flush();
        em.clear();
    }
}
