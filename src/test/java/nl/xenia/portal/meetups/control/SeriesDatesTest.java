package nl.xenia.portal.meetups.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.xenia.portal.localization.boundary.Holidays;
import nl.xenia.portal.meetups.entity.Repetition;
import org.junit.jupiter.api.Test;

class SeriesDatesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Set<LocalDate> NONE = Set.of();

    private static LocalDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    private static List<LocalDateTime> times(String time, String... days) {
        return Stream.of(days).map(day -> LocalDate.parse(day).atTime(LocalTime.parse(time))).toList();
    }

    private static List<LocalDate> days(String... days) {
        return Stream.of(days).map(LocalDate::parse).toList();
    }

    @Test
    void weeklyRepeatsEverySevenDaysUntilTheDayItself() {
        SeriesDates.Days series = SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY,
                LocalDate.parse("2027-02-09"), null, NONE);
        assertEquals(times("19:00", "2027-01-12", "2027-01-19", "2027-01-26", "2027-02-02", "2027-02-09"),
                series.held(), "expected every Tuesday up to and including the last day");
        assertEquals(List.of(), series.skipped(), "expected nothing skipped without holidays");

        SeriesDates.Days dayBefore = SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY,
                LocalDate.parse("2027-02-08"), null, NONE);
        assertEquals(4, dayBefore.held().size(), "expected a last day before the fifth Tuesday to end at four");
    }

    @Test
    void monthlyKeepsTheSameWeekdayOfTheMonth() {
        SeriesDates.Days series = SeriesDates.of(at("2027-01-12T18:30"), Repetition.MONTHLY, null, 4, NONE);
        assertEquals(times("18:30", "2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13"), series.held(),
                "expected the second Tuesday of each month");
        assertTrue(series.held().stream().allMatch(day -> day.getDayOfWeek() == DayOfWeek.TUESDAY
                && (day.getDayOfMonth() - 1) / 7 == 1), "expected every day a second Tuesday: " + series.held());
    }

    @Test
    void monthlyFromAFifthWeekdayTakesTheLastOfEachMonth() {
        // 30 March 2027 is the fifth Tuesday of March; April and May have four, June five again
        SeriesDates.Days series = SeriesDates.of(at("2027-03-30T19:00"), Repetition.MONTHLY, null, 4, NONE);
        assertEquals(times("19:00", "2027-03-30", "2027-04-27", "2027-05-25", "2027-06-29"), series.held(),
                "expected the last Tuesday of each month, the fifth where there is one");
    }

    @Test
    void aCountEndsTheSeriesAndWhicheverEndComesFirstCounts() {
        assertEquals(3, SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY, null, 3, NONE).held().size(),
                "expected three days for a count of three");
        assertEquals(times("19:00", "2027-01-12", "2027-01-19"),
                SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY, LocalDate.parse("2027-01-20"), 10, NONE)
                        .held(),
                "expected the day to end the series before the count");
        assertEquals(3, SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY, LocalDate.parse("2027-12-31"),
                3, NONE).held().size(), "expected the count to end the series before the day");
        assertThrows(IllegalArgumentException.class,
                () -> SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY, null, null, NONE),
                "expected a series without an end refused");
    }

    @Test
    void noSeriesHoldsMoreThanTheCap() {
        SeriesDates.Days untilFarAway = SeriesDates.of(at("2027-01-12T19:00"), Repetition.WEEKLY,
                LocalDate.parse("2040-01-01"), null, NONE);
        assertEquals(SeriesDates.MOST, untilFarAway.held().size(), "expected a far last day capped");
        assertEquals(LocalDate.parse("2027-01-12").plusWeeks(SeriesDates.MOST - 1),
                untilFarAway.held().get(SeriesDates.MOST - 1).toLocalDate(), "expected the cap's last week");
        assertEquals(SeriesDates.MOST,
                SeriesDates.of(at("2027-01-12T19:00"), Repetition.MONTHLY, null, 500, NONE).held().size(),
                "expected a count above the cap capped");
        assertTrue(SeriesDates.horizon(LocalDate.parse("2027-01-12"), Repetition.MONTHLY)
                .isAfter(untilFarAway.held().get(0).toLocalDate().plusMonths(SeriesDates.MOST - 1)),
                "expected the horizon to reach the cap's last month");
    }

    @Test
    void aHolidayIsSkippedButCountsTowardsTheNumber() {
        Set<LocalDate> holidays = new Holidays().between(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-12-31"));
        assertTrue(holidays.contains(LocalDate.parse("2027-04-27")), "expected King's Day 2027 (a Tuesday)");

        SeriesDates.Days series = SeriesDates.of(at("2027-04-13T19:00"), Repetition.WEEKLY, null, 4, holidays);
        assertEquals(times("19:00", "2027-04-13", "2027-04-20", "2027-05-04"), series.held(),
                "expected King's Day left out and the series still ending four weeks on");
        assertEquals(days("2027-04-27"), series.skipped(), "expected King's Day reported as skipped");

        SeriesDates.Days fromAHoliday = SeriesDates.of(at("2027-04-27T10:00"), Repetition.MONTHLY, null, 2,
                holidays);
        assertEquals(days("2027-04-27"), fromAHoliday.skipped(), "expected even the first day skipped on a holiday");
        assertEquals(times("10:00", "2027-05-25"), fromAHoliday.held(),
                "expected the rhythm of the first day kept (the fourth Tuesday)");
    }

    @Test
    void sevenInTheEveningStaysSevenAcrossTheChangeOfClock() {
        // summer time starts on Sunday 28 March 2027 and ends on Sunday 31 October 2027
        List<LocalDateTime> spring = SeriesDates.of(at("2027-03-18T19:00"), Repetition.WEEKLY, null, 3, NONE)
                .held();
        assertEquals(List.of("18:00", "18:00", "17:00"),
                spring.stream().map(day -> day.atZone(AMSTERDAM).toInstant().toString().substring(11, 16)).toList(),
                "expected the UTC time to move an hour with the change to summer time");
        assertTrue(spring.stream().allMatch(day -> day.atZone(AMSTERDAM).toLocalTime().equals(LocalTime.of(19, 0))),
                "expected 19:00 in Amsterdam every week: " + spring);

        List<LocalDateTime> autumn = SeriesDates.of(at("2027-10-21T19:00"), Repetition.WEEKLY, null, 3, NONE)
                .held();
        assertEquals(List.of("17:00", "17:00", "18:00"),
                autumn.stream().map(day -> day.atZone(AMSTERDAM).toInstant().toString().substring(11, 16)).toList(),
                "expected the UTC time to move back with the end of summer time");
        assertTrue(autumn.stream().allMatch(day -> day.atZone(AMSTERDAM).toLocalTime().equals(LocalTime.of(19, 0))),
                "expected 19:00 in Amsterdam every week: " + autumn);
    }
}
