package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Guessing codes: slowed, then refused per client and for everyone, forgotten after the window and the day. */
class GuessThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void aClientIsSlowedAfterThreeWrongCodesAndRefusedAfterTen() {
        GuessThrottle throttle = new GuessThrottle();
        for (int i = 0; i < GuessThrottle.SLOW_AFTER; i++) {
            assertEquals(GuessThrottle.Verdict.GO, throttle.verdict("198.51.100.7", NOON),
                    "expected attempt " + (i + 1) + " to go ahead");
            throttle.wrong("198.51.100.7", NOON);
        }
        assertEquals(GuessThrottle.Verdict.SLOW, throttle.verdict("198.51.100.7", NOON), "expected slowing down");
        for (int i = GuessThrottle.SLOW_AFTER; i < GuessThrottle.REFUSE_AFTER; i++) {
            throttle.wrong("198.51.100.7", NOON);
        }
        assertEquals(GuessThrottle.Verdict.REFUSE, throttle.verdict("198.51.100.7", NOON), "expected a refusal");
        assertEquals(GuessThrottle.Verdict.GO, throttle.verdict("198.51.100.8", NOON),
                "expected another client unaffected");
        assertEquals(GuessThrottle.Verdict.GO,
                throttle.verdict("198.51.100.7", NOON.plus(GuessThrottle.WINDOW).plusSeconds(1)),
                "expected the refusal over once the window has passed");
    }

    @Test
    void manyClientsTogetherAreRefusedAsOne() {
        GuessThrottle throttle = new GuessThrottle();
        for (int i = 0; i < GuessThrottle.GLOBAL_REFUSE_AFTER; i++) {
            throttle.wrong("203.0.113." + (i % 250) + "/" + i, NOON.plusMillis(i));
        }
        assertEquals(GuessThrottle.Verdict.REFUSE, throttle.verdict("192.0.2.1", NOON.plusSeconds(1)),
                "expected a distributed guess to close the door for a while");
        assertEquals(GuessThrottle.Verdict.GO,
                throttle.verdict("192.0.2.1", NOON.plus(GuessThrottle.WINDOW).plus(Duration.ofSeconds(2))),
                "expected the door open again after the window");
    }

    @Test
    void theClientKeyChangesEveryDayAndYesterdayIsForgotten() {
        GuessThrottle throttle = new GuessThrottle();
        Instant lateEvening = Instant.parse("2026-11-22T23:59:00Z");
        for (int i = 0; i < GuessThrottle.REFUSE_AFTER; i++) {
            throttle.wrong("198.51.100.9", lateEvening);
        }
        assertEquals(1, throttle.clients());
        throttle.verdict("198.51.100.9", lateEvening.plusSeconds(120));
        assertEquals(0, throttle.clients(), "expected the counts keyed under yesterday's key dropped");
    }
}
