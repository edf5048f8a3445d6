package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The office session's limits: 15 minutes idle, 12 hours in all, as the guard applies them. */
class OfficeSessionLimitsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aSessionInUseLastsTwelveHoursAndNotASecondMore() {
        Instant almost = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1);
        assertTrue(OfficeGuard.withinLimits(SIGNED_IN, almost.minusSeconds(60), almost),
                "expected a session used a minute ago to count just before 12 hours");
        Instant over = SIGNED_IN.plus(Duration.ofHours(12));
        assertFalse(OfficeGuard.withinLimits(SIGNED_IN, over.minusSeconds(60), over),
                "expected the session over at 12 hours, however active");
    }

    @Test
    void fifteenMinutesWithoutARequestEndTheSession() {
        Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(2));
        assertTrue(OfficeGuard.withinLimits(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(14))),
                "expected a pause of 14 minutes kept");
        assertFalse(OfficeGuard.withinLimits(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(15))),
                "expected a pause of 15 minutes to end the session");
    }

    @Test
    void aSignInTimeInTheFutureIsNotTrusted() {
        assertFalse(OfficeGuard.withinLimits(SIGNED_IN.plus(Duration.ofHours(1)), SIGNED_IN, SIGNED_IN),
                "expected a session claiming to start later than now refused");
    }
}
