package nl.xenia.portal.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.notification.control.OutboxKey;
import nl.xenia.portal.notification.entity.OutboxMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues mail in the caller's transaction, so a mail exists exactly when the change that causes it
 * is committed; recipient and body sealed under the outbox key, never in the clear in the database; the outbox sender delivers it later, with retries, so an SMTP outage loses nothing.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Inject
    OutboxKey outboxKey;

    @Inject
    @ConfigProperty(name = "xenia.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /**
     * Queues a mail from a template in a language; returns its outbox id. Must be called inside the
     * transaction of the change that causes it.
     */
    @Transactional(TxType.MANDATORY)
    public long queue(String recipient, String language, MailTemplate template, Map<String, Object> arguments) {
        if (!isAddress(recipient)) {
            throw new IllegalArgumentException("Not a mail address");
        }
        OutboxMail mail = new OutboxMail(
                outboxKey.seal(recipient, languages.format(language, template.bodyKey(), arguments)), outboxKey.ref(),
                languages.format(language, template.subjectKey(), arguments), clock.instant());
        em.persist(mail);
        em.flush();
        return mail.getId();
    }

    /**
     * Queues a mail that is not sent before {@code notBefore} (a reminder); returns its outbox id, by which it can be
     * postponed or withdrawn while it waits. Inside the transaction of the change that causes it.
     */
    @Transactional(TxType.MANDATORY)
    public long queueAt(String recipient, String language, MailTemplate template, Map<String, Object> arguments,
            Instant notBefore) {
        long id = queue(recipient, language, template, arguments);
        em.find(OutboxMail.class, id).notBefore(notBefore);
        return id;
    }

    /** A waiting mail is sent at another moment; nothing happens once it was sent or is gone. */
    @Transactional(TxType.MANDATORY)
    public void postpone(long id, Instant notBefore) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.notBefore(notBefore);
        }
    }

    /** A waiting mail is not sent after all: deleted (its sealed recipient with it); false when it was sent or gone. */
    @Transactional(TxType.MANDATORY)
    public boolean withdraw(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || !mail.isWaiting()) {
            return false;
        }
        em.remove(mail);
        return true;
    }

    /** The portal's public address of a page in a language, for a mail: {@code link("ro", "/inbox")}. */
    public String link(String language, String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/" + language + path;
    }

    /** The portal's address of an office page, for a mail to staff: {@code officeLink("nl", "questions")}. */
    public String officeLink(String language, String page) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + OfficePaths.url(language, page);
    }

    /** Whether this looks like a mail address the outbox can send to (one @, no spaces, sane lengths). */
    public static boolean isAddress(String recipient) {
        return recipient != null && recipient.matches("[^@\\s]{1,64}@[^@\\s]{1,255}");
    }
}
