package nl.xenia.portal.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * The outbox against a real SMTP server (GreenMail on port 3025, where the test server sends mail):
 * delivered when SMTP is up; kept and delivered later when it is down; never sent twice. The
 * portal's own scheduled sender does the delivering; this test only queues and watches.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return Deployments.archive("mail-outbox-it")
                .addAsLibraries(jarOf(GreenMail.class), jarOf(LoggerFactory.class),
                        jarOf(org.eclipse.angus.mail.imap.protocol.INTERNALDATE.class));
    }

    @Inject
    Notifications notifications;

    @Inject
    OutboxProbe probe;

    @Inject
    UserTransaction transaction;

    @Inject
    OutboxDelivery delivery;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    javax.sql.DataSource database;

    @Test
    void aQueuedMailIsDeliveredOnceWhileSmtpIsUp() throws Exception {
        GreenMail smtp = new GreenMail(SMTP);
        smtp.start();
        try {
            String recipient = "staff-" + UUID.randomUUID() + "@example.org";
            long id = queueCommitted(recipient);
            await(() -> received(smtp, recipient).size() == 1, 20, "expected the mail at the SMTP server");
            await(() -> probe.state(id).map(state -> state.sentAt() != null).orElse(true), 10,
                    "expected the outbox to record the mail as sent");
            aLaterMailIsDelivered(smtp);
            List<MimeMessage> mails = received(smtp, recipient);
            assertEquals(1, mails.size(), "expected the mail exactly once, also after more sender rounds");
            assertEquals(Bundles.text("en", MailTemplate.SOMETHING_NEW.subjectKey()), mails.get(0).getSubject(),
                    "expected the template's subject in the reader's language");
            String body = String.valueOf(mails.get(0).getContent());
            assertTrue(body.contains("https://xenia.example.org/en/"), "expected the link in the body: " + body);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileSmtpIsDownMailWaitsAndGoesOnceItIsBack() throws Exception {
        String recipient = "staff-" + UUID.randomUUID() + "@example.org";
        long id = queueCommitted(recipient);
        await(() -> probe.state(id).map(state -> state.attempts() >= 2).orElse(false), 20,
                "expected the sender to have tried (and failed) at least twice while SMTP is down");
        assertTrue(probe.state(id).orElseThrow().sentAt() == null, "expected the mail still waiting, not lost");

        GreenMail smtp = new GreenMail(SMTP);
        smtp.start();
        try {
            await(() -> received(smtp, recipient).size() == 1, 20, "expected the mail once SMTP is back");
            aLaterMailIsDelivered(smtp);
            assertEquals(1, received(smtp, recipient).size(), "expected the mail exactly once after the outage");
            assertNotNull(probe.state(id).map(OutboxProbe.State::sentAt).orElse(null),
                    "expected the outbox to record it as sent");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void mailSealedUnderAKeyThisServerDoesNotHaveIsDroppedAndCounted() throws Exception {
        try (java.sql.Connection connection = database.getConnection();
                java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox (id, sealed,"
                        + " key_ref, subject, created_at, attempts, next_attempt_at) VALUES (nextval('mail_outbox_seq'),"
                        + " ?, 'a key from before a restart', 'subject', CURRENT_TIMESTAMP, 0,"
                        + " CURRENT_TIMESTAMP)")) {
            insert.setBytes(1, new byte[]{1, 2, 3});
            insert.executeUpdate();
        }
        assertEquals(1, delivery.dropForeign(), "expected the mail no key here opens dropped and counted");
        assertEquals(0, delivery.dropForeign(), "expected mail under this server's own key kept");
    }

    @Test
    void mailIsOnlyQueuedInsideTheTransactionOfAChange() {
        assertThrows(TransactionalException.class,
                () -> notifications.queue("staff@example.org", "en", MailTemplate.SOMETHING_NEW,
                        Map.of("link", "https://xenia.example.org/en/")),
                "expected queueing outside a transaction to be refused");
    }

    /**
     * Queues another mail and waits until it arrives: the sender has made more rounds since the
     * mail under test went out, so a second delivery of it would have happened by now.
     */
    private void aLaterMailIsDelivered(GreenMail smtp) throws Exception {
        String later = "later-" + UUID.randomUUID() + "@example.org";
        queueCommitted(later);
        await(() -> received(smtp, later).size() == 1, 20, "expected a later mail delivered by a later round");
    }

    private long queueCommitted(String recipient) throws Exception {
        transaction.begin();
        try {
            long id = notifications.queue(recipient, "en", MailTemplate.SOMETHING_NEW,
                    Map.of("link", "https://xenia.example.org/en/"));
            transaction.commit();
            return id;
        } catch (Exception failure) {
            transaction.rollback();
            throw failure;
        }
    }

    private static List<MimeMessage> received(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    private static void await(BooleanSupplier condition, int seconds, String expectation) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(expectation + " (within " + seconds + " s)");
            }
            Thread.sleep(200);
        }
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
