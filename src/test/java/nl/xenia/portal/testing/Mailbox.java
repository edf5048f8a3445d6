package nl.xenia.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** Client side only (GreenMail is not in the server archives): waiting for what the outbox delivers. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Waits (up to 40 s: the outbox sends every few seconds) for the n-th mail to an address; returns it whole. */
    public static String waitForMail(GreenMail smtp, String address, int nth) throws InterruptedException {
        long until = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> to = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> sentTo(mail, address))
                    .toList();
            if (to.size() >= nth) {
                return GreenMailUtil.getWholeMessage(to.get(nth - 1)).replace("=\r\n", "");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected mail number " + nth + " to " + address + " within 40 s");
    }

    /** Every mail received so far, whole. */
    public static List<String> all(GreenMail smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getWholeMessage).toList();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return address.equals(mail.getAllRecipients()[0].toString());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
