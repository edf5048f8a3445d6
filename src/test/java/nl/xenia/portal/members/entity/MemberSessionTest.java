package nl.xenia.portal.members.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberSessionTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aSessionCountsForThirtyIdleMinutesAndTwelveHoursAtMost() {
        MemberSession session = new MemberSession("hash", 1000L, false, START);
        assertTrue(session.isLiveAt(START.plus(Duration.ofMinutes(29))), "expected 29 idle minutes to count");
        assertFalse(session.isLiveAt(START.plus(Duration.ofMinutes(30))), "expected 30 idle minutes to end it");
        Instant now = START;
        for (int i = 0; i < 28; i++) {
            now = now.plus(Duration.ofMinutes(25));
            assertTrue(session.isLiveAt(now), "expected a busy session alive after " + (i + 1) * 25 + " minutes");
            session.seen(now);
        }
        assertFalse(session.isLiveAt(START.plus(Duration.ofHours(12))), "expected twelve hours to end it however busy");
        assertFalse(session.isLiveAt(START.minus(Duration.ofMinutes(2))), "expected a clock gone back not to count");
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        MemberSession session = new MemberSession("hash", 1000L, true, START);
        session.seen(START.plusSeconds(59));
        assertFalse(session.isLiveAt(START.plus(Duration.ofMinutes(30)).plusSeconds(1)),
                "expected a use within the minute not written");
        session.seen(START.plusSeconds(61));
        assertTrue(session.isLiveAt(START.plus(Duration.ofMinutes(30)).plusSeconds(1)), "expected a later use written");
        assertTrue(session.isSecondStepDue(), "expected a half-way session to say so");
    }

    @Test
    void aPseudonymIsUniqueByItsStrippedLowerCaseForm() {
        assertEquals("rose mary", Member.key("  Rose Mary "), "expected the key stripped and in lower case");
        assertEquals(Member.key("ROȘU"), Member.key("roșu"), "expected case folded beyond ASCII");
    }
}
