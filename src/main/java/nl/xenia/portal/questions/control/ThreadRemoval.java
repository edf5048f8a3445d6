package nl.xenia.portal.questions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.questions.entity.QuestionCount;
import nl.xenia.portal.questions.entity.QuestionMessage;
import nl.xenia.portal.questions.entity.QuestionThread;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes a thread with every message and keeps a count for monitoring in its place. The thread
 * row is deleted by id and the count written only when this transaction deleted it, so two servers
 * removing the same thread at once count it once.
 */
@ApplicationScoped
public class ThreadRemoval {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "xenia.questions.first-answer-days", defaultValue = "2")
    int firstAnswerDays;

    /** Returns whether this call deleted the thread (false: someone else did first). */
    @Transactional(TxType.MANDATORY)
    public boolean remove(QuestionThread thread) {
        long id = thread.getId();
        em.detach(thread);
        em.createNamedQuery(QuestionMessage.DELETE_OF_THREAD).setParameter("thread", id).executeUpdate();
        if (em.createNamedQuery(QuestionThread.DELETE).setParameter("id", id).executeUpdate() != 1) {
            return false;
        }
        Long firstAnswerSeconds = thread.getFirstAnswerAt() == null
                ? null
                : Duration.between(thread.getCreatedAt(), thread.getFirstAnswerAt()).toSeconds();
        boolean inTime = thread.getFirstAnswerAt() != null && thread.getFirstAnswerAt()
                .isBefore(WorkingDays.due(thread.getCreatedAt(), firstAnswerDays, Languages.LOCAL_TIME));
        em.persist(new QuestionCount(MONTH.format(thread.getCreatedAt().atZone(Languages.LOCAL_TIME)),
                thread.getTopic(), thread.getLanguage(), thread.getMunicipalityId(), firstAnswerSeconds, inTime));
        return true;
    }
}
