package nl.xenia.portal.questions.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

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

    /** Waits for mails to the given addresses; returns every captured mail whole (headers and body). */
    static List<String> waitForMailTo(String... recipients) throws Exception {
        long until = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < until) {
            List<String> to = Arrays.stream(smtp.getReceivedMessages()).map(CanaryMail::recipient).toList();
            if (to.containsAll(List.of(recipients))) {
                return Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getWholeMessage).toList();
            }
            Thread.sleep(250);
        }
        assertTrue(false, "expected mail to " + List.of(recipients) + " from the outbox within 40 s");
        return List.of();
    }

    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
