package nl.xenia.portal.notification.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.xenia.portal.operations.boundary.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduled entry point of mail delivery: every few seconds it delivers the outbox through the
 * configured SMTP server, each step in a transaction of its own ({@link OutboxDelivery}). Every server
 * runs it; claims make sure each mail goes out once. Logs only ids, attempts and the kind of failure.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "mail/xenia")
    Session session;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.mail.poll", defaultValue = "PT10S")
    Duration poll;

    /** False only in in-container test archives: the portal's own app already does this work. */
    @Inject
    @ConfigProperty(name = "xenia.background.jobs", defaultValue = "true")
    boolean backgroundJobs;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaMigrated migrated) {
        if (!backgroundJobs) {
            return;
        }
        try {
            int dropped = delivery.dropForeign();
            if (dropped > 0) {
                LOG.log(Level.WARNING, "{0} queued mails were sealed under an outbox key this server does not have"
                        + " (set xenia.outbox.key to keep mail across restarts) and are dropped", dropped);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not check the outbox for mail under an earlier key: {0}",
                    failure.getClass().getName());
        }
        task = scheduler.scheduleWithFixedDelay(this::deliverDue, poll.toMillis(), poll.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One round: purge old mail, then send what is due. Never throws, so the schedule goes on. */
    public void deliverDue() {
        try {
            delivery.purge(clock.instant());
            for (OutboxDelivery.Claimed mail : delivery.claimDue(clock.instant(), LEASE, BATCH)) {
                deliver(mail);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Outbox round failed: {0}", failure.getClass().getName());
        }
    }

    private void deliver(OutboxDelivery.Claimed mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
            delivery.markSent(mail.id(), clock.instant());
        } catch (MessagingException | RuntimeException failure) {
            boolean gaveUp = delivery.markFailed(mail.id(), clock.instant());
            LOG.log(gaveUp ? Level.SEVERE : Level.WARNING, "Mail {0} not delivered (attempt {1}{2}): {3}",
                    new Object[]{mail.id(), mail.attempts() + 1, gaveUp ? ", given up" : "",
                            failure.getClass().getName()});
        }
    }
}
