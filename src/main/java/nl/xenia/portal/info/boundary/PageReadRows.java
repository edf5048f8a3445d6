package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import nl.xenia.portal.info.entity.PageRead;

/**
 * The rows of the page reads, each addition in a transaction of its own ({@link InfoPageReads#add} retries one that
 * lost a race).
 */
@ApplicationScoped
public class PageReadRows {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /**
     * Adds reads to the row of a day, page and language, or makes the row. When another server or thread makes the
     * same row at the same moment, one of the two fails on the primary key and rolls back, adding nothing: try again.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void add(LocalDate day, long pageId, String language, long reads) {
        int updated = em.createNamedQuery(PageRead.ADD).setParameter("reads", reads).setParameter("day", day)
                .setParameter("page", pageId).setParameter("language", language).executeUpdate();
        if (updated == 0) {
            em.persist(new PageRead(day, pageId, language, reads));
            em.flush();
        }
    }
}
