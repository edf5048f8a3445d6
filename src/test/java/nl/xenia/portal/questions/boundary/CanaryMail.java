package nl.xenia.portal.questions.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import nl.xenia.portal.testing.Mailbox;

/**
 * The SMTP server of {@link QuestionCanaryIT}, in the test JVM only (GreenMail is not in the
 * server-side archive): where the test server's outbox delivers.
 */
final class CanaryMail {

    private static GreenMail smtp;

    private CanaryMail() {
    }

    static void start() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Waits for a mail to each address; returns every captured mail whole (headers and body). */
    static List<String> waitForMailTo(String... recipients) throws InterruptedException {
        for (String recipient : recipients) {
            Mailbox.waitForMail(smtp, recipient, 1);
        }
        return Mailbox.all(smtp);
    }

    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
