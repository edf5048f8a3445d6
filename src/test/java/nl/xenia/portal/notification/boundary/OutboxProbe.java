package nl.xenia.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import nl.xenia.portal.notification.entity.OutboxMail;

/** For the mail tests only: reads an outbox row as the database has it now. */
@ApplicationScoped
public class OutboxProbe {

    /** An outbox row's delivery state. */
    public record State(int attempts, Instant sentAt, Instant gaveUpAt) {
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    /** The bodies of the mails queued to an address, as the caller's transaction sees them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<String> bodiesTo(String recipient) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :to", OutboxMail.class)
                .setParameter("to", recipient).getResultStream().map(OutboxMail::getBody).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<State> state(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        return mail == null
                ? Optional.empty()
                : Optional.of(new State(mail.getAttempts(), mail.getSentAt(), mail.getGaveUpAt()));
    }
}
