package nl.xenia.portal.questions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void aQuestionOnMondayIsDueByTheEndOfWednesday() {
        assertEquals(at("2026-11-26T00:00"), WorkingDays.due(at("2026-11-23T09:30"), 2, AMSTERDAM));
        assertEquals(at("2026-11-26T00:00"), WorkingDays.due(at("2026-11-23T23:59"), 2, AMSTERDAM));
    }

    @Test
    void weekendsAreNotCounted() {
        // Thursday → Monday; Friday → Tuesday; Saturday and Sunday → Tuesday
        assertEquals(at("2026-12-01T00:00"), WorkingDays.due(at("2026-11-26T15:00"), 2, AMSTERDAM));
        assertEquals(at("2026-12-02T00:00"), WorkingDays.due(at("2026-11-27T15:00"), 2, AMSTERDAM));
        assertEquals(at("2026-12-02T00:00"), WorkingDays.due(at("2026-11-28T10:00"), 2, AMSTERDAM));
        assertEquals(at("2026-12-02T00:00"), WorkingDays.due(at("2026-11-29T22:00"), 2, AMSTERDAM));
    }

    @Test
    void theDayIsTheOfficesDayNotUtc() {
        // Sunday 23:30 UTC is Monday 00:30 in Amsterdam: due by the end of Wednesday
        assertEquals(at("2026-11-26T00:00"), WorkingDays.due(Instant.parse("2026-11-22T23:30:00Z"), 2, AMSTERDAM));
    }

    @Test
    void zeroDaysMeansTheSameDayAndAcrossDaylightSavingTheEndIsLocalMidnight() {
        assertEquals(at("2026-11-24T00:00"), WorkingDays.due(at("2026-11-23T08:00"), 0, AMSTERDAM));
        // Friday 27 March 2026, 2 working days → end of Tuesday 31 March (summer time began on the 29th)
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), WorkingDays.due(at("2026-03-27T12:00"), 2, AMSTERDAM));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.due(at("2026-11-23T08:00"), -1, AMSTERDAM));
    }

    @Test
    void theOverdueCutOffIsTheStartOfTheFirstDayWhoseQuestionsAreNotDueYet() {
        // Tuesday morning, two days: Thursday's questions were due by the end of Monday, Friday's are not yet due
        assertEquals(at("2026-11-27T00:00"), WorkingDays.overdueIfAskedBefore(at("2026-12-01T10:00"), 2, AMSTERDAM));
        Instant now = at("2026-12-01T10:00");
        for (Instant asked = at("2026-11-15T00:30"); asked.isBefore(now); asked = asked.plusSeconds(3 * 3600 + 17)) {
            assertEquals(!now.isBefore(WorkingDays.due(asked, 2, AMSTERDAM)),
                    asked.isBefore(WorkingDays.overdueIfAskedBefore(now, 2, AMSTERDAM)),
                    "expected the cut-off to say overdue exactly when the due moment has passed, asked " + asked);
        }
    }
}
