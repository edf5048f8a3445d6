package nl.xenia.portal.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A rate limit per client and for everyone, over a sliding window, forgotten the next day. */
class RateThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void aClientGetsFiveInTenMinutesThenWaitsForTheOldestToLeaveTheWindow() {
        RateThrottle throttle = new RateThrottle(5, 100, Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.take("198.51.100.1", NOON.plusSeconds(i)), "expected action " + (i + 1) + " allowed");
        }
        assertFalse(throttle.take("198.51.100.1", NOON.plusSeconds(10)), "expected the sixth refused");
        assertFalse(throttle.take("198.51.100.1", NOON.plusSeconds(20)), "expected a refused action not to count");
        assertTrue(throttle.take("198.51.100.2", NOON.plusSeconds(20)), "expected another client unaffected");
        assertTrue(throttle.take("198.51.100.1", NOON.plus(Duration.ofMinutes(10)).plusSeconds(1)),
                "expected an action again once the first left the window");
    }

    @Test
    void everyoneTogetherHasACap() {
        RateThrottle throttle = new RateThrottle(5, 20, Duration.ofMinutes(10));
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.take("203.0.113." + i, NOON), "expected client " + i + " allowed under the cap");
        }
        assertFalse(throttle.take("192.0.2.1", NOON.plusSeconds(1)), "expected a new client refused at the cap");
        assertTrue(throttle.take("192.0.2.1", NOON.plus(Duration.ofMinutes(10)).plusSeconds(1)),
                "expected room again after the window");
    }

    @Test
    void yesterdaysCountsAreForgotten() {
        RateThrottle throttle = new RateThrottle(1, 10, Duration.ofHours(12));
        Instant lateEvening = Instant.parse("2026-11-22T23:59:00Z");
        assertTrue(throttle.take("198.51.100.9", lateEvening), "expected the first action allowed");
        assertEquals(1, throttle.clients(), "expected one client counted");
        assertTrue(throttle.take("198.51.100.8", lateEvening.plusSeconds(120)), "expected an action the next day");
        assertEquals(1, throttle.clients(), "expected only today's client counted");
    }
}
