package nl.xenia.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.xenia.portal.notification.control.OutboxKey;
import nl.xenia.portal.notification.entity.OutboxMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's transactions for {@link OutboxSender}, each short and begun here on its own (so none
 * joins a caller's): claim due mail (a conditional update, so of several servers exactly one gets each
 * mail), record the outcome, purge. A claim commits before any SMTP is spoken, so that no other server
 * sends the same mail; each outcome commits whatever becomes of the rest of the round.
 */
@ApplicationScoped
public class OutboxDelivery {

    /** What the sender needs of a claimed mail. */
    public record Claimed(long id, String recipient, String subject, String body, int attempts) {
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    OutboxKey key;

    @Inject
    @ConfigProperty(name = "xenia.mail.retry.first", defaultValue = "PT30S")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = "xenia.mail.retry.max", defaultValue = "PT1H")
    Duration maxRetry;

    @Inject
    @ConfigProperty(name = "xenia.mail.attempts.max", defaultValue = "30")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "xenia.mail.keep.sent", defaultValue = "PT1H")
    Duration keepSent;

    @Inject
    @ConfigProperty(name = "xenia.mail.keep.given-up", defaultValue = "P7D")
    Duration keepGivenUp;

    /** Claims up to max due mails for the lease; another server's claims are left alone. */
    // own transaction: the claim must be committed (seen by other servers) before the mail is sent
    @Transactional(TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(Instant now, Duration lease, int max) {
        List<OutboxMail> due = em.createNamedQuery(OutboxMail.DUE, OutboxMail.class).setParameter("now", now)
                .setParameter("ref", key.ref()).setMaxResults(max).getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (OutboxMail mail : due) {
            int won = em.createNamedQuery(OutboxMail.CLAIM).setParameter("id", mail.getId())
                    .setParameter("now", now).setParameter("until", now.plus(lease)).executeUpdate();
            if (won == 1) {
                OutboxKey.Opened opened = key.open(mail.getSealed()).orElse(null);
                if (opened == null) {
                    // named as ours but does not open: nothing can ever send it
                    em.remove(mail);
                    continue;
                }
                claimed.add(new Claimed(mail.getId(), opened.recipient(), mail.getSubject(), opened.body(),
                        mail.getAttempts()));
            }
        }
        return claimed;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void markSent(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.sent(now);
        }
    }

    /** Records a failed attempt; true when the mail has now been given up. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean markFailed(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            return false;
        }
        mail.failed(now, firstRetry, maxRetry, maxAttempts);
        return mail.getGaveUpAt() != null;
    }

    /**
     * Deletes mail waiting to be sent that is sealed under another key than this server's (left over
     * from before a restart without {@code xenia.outbox.key}): it can never be opened. Returns how many.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int dropForeign() {
        return em.createNamedQuery(OutboxMail.DROP_FOREIGN).setParameter("ref", key.ref()).executeUpdate();
    }

    /** Deletes sent mail after a short while and given-up mail after a longer one; returns how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public int purge(Instant now) {
        return em.createNamedQuery(OutboxMail.PURGE_SENT).setParameter("before", now.minus(keepSent)).executeUpdate()
                + em.createNamedQuery(OutboxMail.PURGE_GIVEN_UP).setParameter("before", now.minus(keepGivenUp))
                        .executeUpdate();
    }
}
