package nl.xenia.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import nl.xenia.portal.notification.control.OutboxKey;
import nl.xenia.portal.notification.entity.OutboxMail;

/** For the mail tests only: reads an outbox row as the database has it now. */
@ApplicationScoped
public class OutboxProbe {

    /** An outbox row's delivery state. */
    public record State(int attempts, Instant sentAt, Instant gaveUpAt) {
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    OutboxKey key;

    /** The bodies of the mails queued to an address, as the caller's transaction sees them (opened with the outbox key). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<String> bodiesTo(String recipient) {
        return em.createNamedQuery(OutboxMail.OF_KEY, OutboxMail.class).setParameter("ref", key.ref())
                .getResultStream().map(mail -> key.open(mail.getSealed())).flatMap(Optional::stream)
                .filter(opened -> opened.recipient().equals(recipient)).map(OutboxKey.Opened::body).toList();
    }

    /** The subjects of the mails queued to an address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<String> subjectsTo(String recipient) {
        return em.createNamedQuery(OutboxMail.OF_KEY, OutboxMail.class).setParameter("ref", key.ref())
                .getResultStream().filter(mail -> key.open(mail.getSealed())
                        .map(opened -> opened.recipient().equals(recipient)).orElse(false))
                .map(OutboxMail::getSubject).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<State> state(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        return mail == null
                ? Optional.empty()
                : Optional.of(new State(mail.getAttempts(), mail.getSentAt(), mail.getGaveUpAt()));
    }
}
