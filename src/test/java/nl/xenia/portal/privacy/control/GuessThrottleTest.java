package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Guessing codes: paused (answered "wait", never by a sleeping thread), then refused per client;
 * under a distributed guess slowed down for everyone but nobody locked out; forgotten after the
 * window and the day.
 */
class GuessThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");
    private static final String CLIENT = "198.51.100.7";

    @Test
    void afterThreeWrongCodesAClientWaitsAPauseThatGrowsAndIsRefusedAfterTen() {
        GuessThrottle throttle = new GuessThrottle();
        Instant now = NOON;
        for (int i = 0; i < GuessThrottle.SLOW_AFTER; i++) {
            assertEquals(GuessThrottle.Verdict.GO, throttle.verdict(CLIENT, now),
                    "expected attempt " + (i + 1) + " to go ahead at once");
            throttle.wrong(CLIENT, now);
        }
        assertEquals(GuessThrottle.Verdict.WAIT, throttle.verdict(CLIENT, now),
                "expected a pause right after the third wrong code");
        assertEquals(GuessThrottle.Verdict.WAIT, throttle.verdict(CLIENT, now.plus(GuessThrottle.PAUSE).minusMillis(1)),
                "expected the pause to last " + GuessThrottle.PAUSE);
        now = now.plus(GuessThrottle.PAUSE);
        assertEquals(GuessThrottle.Verdict.GO, throttle.verdict(CLIENT, now), "expected a try once the pause is over");
        throttle.wrong(CLIENT, now);
        assertEquals(GuessThrottle.Verdict.WAIT, throttle.verdict(CLIENT, now.plus(GuessThrottle.PAUSE)),
                "expected the pause after the fourth wrong code to be twice as long");
        assertEquals(GuessThrottle.Verdict.GO, throttle.verdict(CLIENT, now.plus(GuessThrottle.PAUSE.multipliedBy(2))),
                "expected a try after the doubled pause");
        for (int i = GuessThrottle.SLOW_AFTER + 1; i < GuessThrottle.REFUSE_AFTER; i++) {
            throttle.wrong(CLIENT, now);
        }
        assertEquals(GuessThrottle.Verdict.REFUSE, throttle.verdict(CLIENT, now.plus(GuessThrottle.MAX_PAUSE)),
                "expected a refusal after ten wrong codes, also past the longest pause");
        assertEquals(GuessThrottle.Verdict.GO, throttle.verdict("198.51.100.8", now),
                "expected another client unaffected");
        assertEquals(GuessThrottle.Verdict.GO,
                throttle.verdict(CLIENT, now.plus(GuessThrottle.WINDOW).plusSeconds(1)),
                "expected the refusal over once the window has passed");
    }

    @Test
    void theLongestPauseIsCapped() {
        assertEquals(GuessThrottle.MAX_PAUSE, GuessThrottle.pause(9, 3, false),
                "expected the doubling pause capped at " + GuessThrottle.MAX_PAUSE);
        assertEquals(GuessThrottle.PAUSE, GuessThrottle.pause(3, 3, false), "expected the first pause to be the base");
    }

    @Test
    void aDistributedGuessSlowsEveryoneDownButLocksNobodyOut() {
        GuessThrottle throttle = new GuessThrottle();
        for (int i = 0; i < GuessThrottle.GLOBAL_SLOW_AFTER; i++) {
            throttle.wrong("203.0.113." + (i % 250) + "/" + i, NOON.plusMillis(i));
        }
        Instant later = NOON.plusSeconds(1);
        assertEquals(GuessThrottle.Verdict.GO, throttle.verdict("192.0.2.1", later),
                "expected a client with no wrong code of its own to go ahead during a distributed guess");
        throttle.wrong("192.0.2.1", later);
        assertEquals(GuessThrottle.Verdict.WAIT, throttle.verdict("192.0.2.1", later.plusSeconds(1)),
                "expected a pause after a single wrong code while everyone is under pressure");
        assertEquals(GuessThrottle.Verdict.GO, throttle.verdict("192.0.2.1", later.plus(GuessThrottle.GLOBAL_PAUSE)),
                "expected the client to try again after the pressure pause, not to be locked out");
        assertEquals(GuessThrottle.Verdict.GO,
                throttle.verdict("192.0.2.2", NOON.plus(GuessThrottle.WINDOW).plus(Duration.ofSeconds(2))),
                "expected the pressure gone after the window");
    }

    @Test
    void theClientKeyChangesEveryDayAndYesterdayIsForgotten() {
        GuessThrottle throttle = new GuessThrottle();
        Instant lateEvening = Instant.parse("2026-11-22T23:59:00Z");
        for (int i = 0; i < GuessThrottle.REFUSE_AFTER; i++) {
            throttle.wrong("198.51.100.9", lateEvening);
        }
        assertEquals(1, throttle.clients(), "expected one client counted");
        throttle.verdict("198.51.100.9", lateEvening.plusSeconds(120));
        assertEquals(0, throttle.clients(), "expected the counts keyed under yesterday's key dropped");
    }
}
