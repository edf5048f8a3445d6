package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.xenia.portal.consultations.control.AnswerWriter;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.privacy.boundary.Expiring;

/**
 * Closes consultations whose time is up: the anonymous responses are written unlinked and every response row (drafts
 * too) is deleted ({@link AnswerWriter#close}). Run by the retention job on one server at a time, and before anything
 * shows a consultation's state, so a closed consultation never waits for the job.
 */
@ApplicationScoped
public class ConsultationClosing implements Expiring {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AnswerWriter writer;

    /** Closes every consultation past its closing time; returns how many this call closed. */
    @Transactional(TxType.REQUIRED)
    public int closeDue() {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(Consultation.DUE_TO_CLOSE, Long.class).setParameter("now", now)
                .getResultList();
        int closed = 0;
        for (long id : due) {
            closed += writer.close(id, now) ? 1 : 0;
        }
        return closed;
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public int deleteExpired(Instant now) {
        return closeDue();
    }
}
