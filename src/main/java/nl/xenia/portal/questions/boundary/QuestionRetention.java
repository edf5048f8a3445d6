package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import nl.xenia.portal.privacy.boundary.Expiring;
import nl.xenia.portal.questions.control.ThreadRemoval;
import nl.xenia.portal.questions.entity.QuestionThread;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The questions component's part in the retention job: deletes threads {@code xenia.questions.retention}
 * (default 90 days) after their last message, counted for monitoring first, at most a batch per round,
 * in a transaction of its own per round.
 */
@ApplicationScoped
public class QuestionRetention implements Expiring {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    ThreadRemoval removal;

    @Inject
    @ConfigProperty(name = "xenia.questions.retention", defaultValue = "P90D")
    Duration retention;

    @Override
    @Transactional
    public int deleteExpired(Instant now) {
        int deleted = 0;
        for (QuestionThread thread : em.createNamedQuery(QuestionThread.QUIET_SINCE, QuestionThread.class)
                .setParameter("before", now.minus(retention)).setMaxResults(BATCH).getResultList()) {
            if (removal.remove(thread)) {
                deleted++;
            }
        }
        return deleted;
    }
}
