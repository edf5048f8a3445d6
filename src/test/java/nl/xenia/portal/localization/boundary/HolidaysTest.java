package nl.xenia.portal.localization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidaysTest {

    private final Holidays holidays = new Holidays();

    private boolean isHoliday(String date) {
        LocalDate day = LocalDate.parse(date);
        return holidays.between(day, day).contains(day);
    }

    @Test
    void theDutchPublicHolidaysAreHolidays() {
        for (String date : new String[]{"2026-12-25", "2026-12-26", "2027-01-01", "2027-03-29", "2027-04-27",
                "2027-05-06", "2027-05-17"}) {
            assertTrue(isHoliday(date), "expected " + date + " to be a Dutch public holiday");
        }
        assertFalse(isHoliday("2027-03-30"), "expected the Tuesday after Easter Monday to be an ordinary day");
    }

    @Test
    void theWholeOf2027IsTheTenDaysOfTheNetherlandsCalendarIncludingEasterAndWhitSunday() {
        Set<LocalDate> expected = Set.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-28"),
                LocalDate.parse("2027-03-29"), LocalDate.parse("2027-04-27"), LocalDate.parse("2027-05-05"),
                LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-16"), LocalDate.parse("2027-05-17"),
                LocalDate.parse("2027-12-25"), LocalDate.parse("2027-12-26"));
        assertEquals(expected, holidays.between(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31")),
                "expected exactly the public holidays of jollyday's Netherlands calendar in 2027");
    }

    @Test
    void liberationDayIsAHolidayEveryYearAsJollydayHasIt() {
        // in practice many employers give 5 May off only every fifth year (2025, 2030); jollyday lists it every year
        assertTrue(isHoliday("2026-05-05"), "expected 5 May 2026 (not a lustrum year) to be a holiday in jollyday");
        assertTrue(isHoliday("2027-05-05"), "expected 5 May 2027 to be a holiday in jollyday");
        assertTrue(isHoliday("2030-05-05"), "expected 5 May 2030 (a lustrum year) to be a holiday");
    }

    @Test
    void goodFridayIsOnlyAnObservanceAndNotClosed() {
        assertFalse(isHoliday("2027-03-26"), "expected Good Friday (an observance in jollyday) not to be a holiday");
    }

    @Test
    void kingsDayOnASundayIsKeptTheSaturdayBefore() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.parse("2025-04-27").getDayOfWeek());
        assertTrue(isHoliday("2025-04-26"), "expected King's Day 2025 on Saturday 26 April");
        assertFalse(isHoliday("2025-04-27"), "expected Sunday 27 April 2025 not to be King's Day");
    }

    @Test
    void aRangeIncludesBothEndsAndCrossesTheNewYear() {
        assertEquals(
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), LocalDate.parse("2027-01-01")),
                holidays.between(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")),
                "expected Christmas, Boxing Day and New Year's Day, both ends included");
        assertEquals(Set.of(), holidays.between(LocalDate.parse("2026-12-27"), LocalDate.parse("2026-12-31")),
                "expected no holiday between Boxing Day and New Year's Eve");
        assertEquals(Set.of(), holidays.between(LocalDate.parse("2027-01-02"), LocalDate.parse("2027-01-01")),
                "expected an empty range to have no holidays");
    }

    @Test
    void aSecondAskingOfTheSameYearGivesTheSameDays() {
        Set<LocalDate> first = holidays.between(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"));
        Set<LocalDate> second = holidays.between(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"));
        assertEquals(first, second, "expected the cached year to give the same holidays");
        assertEquals(10, first.size(), "expected ten public holidays in 2028, got " + first);
    }
}
