package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theDelayDoublesAfterTheFreeFailuresUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(2), "expected the first failures free");
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delayAfter(3), "expected a second after the third");
        assertEquals(Duration.ofSeconds(8), LoginThrottle.delayAfter(6), "expected the delay doubled each time");
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(40), "expected at most fifteen minutes");
    }

    @Test
    void oneKeyIsRefusedDuringItsDelayAndAnotherNot() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 5; i++) {
            throttle.failed("name+client", NOW);
        }
        assertTrue(throttle.isRefused("name+client", NOW.plusSeconds(3)), "expected the failing client refused");
        assertFalse(throttle.isRefused("name+other-client", NOW), "expected another client not refused");
        assertFalse(throttle.isRefused("name+client", NOW.plusSeconds(5)), "expected the delay to pass");
        throttle.succeeded("name+client");
        throttle.failed("name+client", NOW.plusSeconds(6));
        assertFalse(throttle.isRefused("name+client", NOW.plusSeconds(6)), "expected a success to forget failures");
    }

    @Test
    void theFifthWrongSecondStepEndsTheSignIn() {
        SecondStepAttempts attempts = new SecondStepAttempts();
        for (int i = 1; i < SecondStepAttempts.ALLOWED; i++) {
            assertFalse(attempts.failed("sign-in"), "expected wrong code " + i + " not to end the sign-in");
        }
        assertTrue(attempts.failed("sign-in"), "expected the fifth wrong code to end it");
        assertTrue(attempts.isEnded("sign-in"), "expected it to stay ended");
        assertFalse(attempts.isEnded("another sign-in"), "expected other sign-ins untouched");
    }
}
