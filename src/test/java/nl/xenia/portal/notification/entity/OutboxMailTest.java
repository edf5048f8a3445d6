package nl.xenia.portal.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(10);

    @Test
    void eachFailureWaitsTwiceAsLongUpToTheMaximum() {
        OutboxMail mail = new OutboxMail(new byte[]{1, 2, 3}, "key-ref", "subject", NOW);
        assertEquals(NOW, mail.getNextAttemptAt(), "expected a new mail to be due at once");
        long[] expectedSeconds = {30, 60, 120, 240, 480, 600, 600};
        for (long seconds : expectedSeconds) {
            mail.failed(NOW, FIRST, MAX, 100);
            assertEquals(NOW.plusSeconds(seconds), mail.getNextAttemptAt(),
                    "expected attempt " + mail.getAttempts() + " to wait " + seconds + " s");
        }
    }

    @Test
    void afterTheLastAttemptTheMailIsGivenUp() {
        OutboxMail mail = new OutboxMail(new byte[]{1, 2, 3}, "key-ref", "subject", NOW);
        mail.failed(NOW, FIRST, MAX, 2);
        assertNull(mail.getGaveUpAt(), "expected one failure of two allowed not to give up");
        mail.failed(NOW, FIRST, MAX, 2);
        assertNotNull(mail.getGaveUpAt(), "expected the mail given up after the last allowed attempt");
        assertEquals(0, mail.getSealed().length, "expected a given-up mail blanked");
    }

    @Test
    void aSentMailRecordsWhen() {
        OutboxMail mail = new OutboxMail(new byte[]{1, 2, 3}, "key-ref", "subject", NOW);
        mail.sent(NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(5), mail.getSentAt(), "expected the time it was sent");
        assertEquals(0, mail.getSealed().length, "expected a sent mail blanked: its sealed recipient and body gone");
    }
}
