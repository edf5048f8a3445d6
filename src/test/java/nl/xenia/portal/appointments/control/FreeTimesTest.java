package nl.xenia.portal.appointments.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.xenia.portal.appointments.control.FreeTimes.Booked;
import nl.xenia.portal.appointments.control.FreeTimes.ChangeKind;
import nl.xenia.portal.appointments.control.FreeTimes.DayChange;
import nl.xenia.portal.appointments.control.FreeTimes.Rules;
import nl.xenia.portal.appointments.control.FreeTimes.Time;
import nl.xenia.portal.appointments.control.FreeTimes.WeeklyBlock;
import org.junit.jupiter.api.Test;

class FreeTimesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A winter week without holidays: Monday 11 to Sunday 17 January 2027. */
    private static final LocalDate MONDAY_11 = LocalDate.parse("2027-01-11");
    private static final LocalDate SUNDAY_17 = LocalDate.parse("2027-01-17");
    /** The Monday before, in the morning: everything in the week is within notice and horizon. */
    private static final Instant NOW = at("2027-01-04T08:00");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    private static Rules rules(int minutes, int pauseMinutes, int capacity) {
        return new Rules(Duration.ofMinutes(minutes), Duration.ofMinutes(pauseMinutes), Duration.ZERO,
                Duration.ofDays(56), capacity);
    }

    private static WeeklyBlock block(DayOfWeek day, String from, String until) {
        return new WeeklyBlock(day, LocalTime.parse(from), LocalTime.parse(until));
    }

    private static DayChange change(String date, ChangeKind kind, String from, String until) {
        return new DayChange(LocalDate.parse(date), kind, from == null ? null : LocalTime.parse(from),
                until == null ? null : LocalTime.parse(until));
    }

    private static Booked booked(String from, String until) {
        return new Booked(at(from), at(until));
    }

    private static List<Time> week(Rules rules, List<WeeklyBlock> weekly, List<DayChange> changes,
            Set<LocalDate> holidays, List<Booked> booked) {
        return FreeTimes.between(rules, weekly, changes, holidays, booked, MONDAY_11, SUNDAY_17, NOW, AMSTERDAM);
    }

    private static List<Instant> starts(List<Time> times) {
        return times.stream().map(Time::start).toList();
    }

    private static List<Instant> starts(String... localDateTimes) {
        List<Instant> found = new ArrayList<>();
        for (String local : localDateTimes) {
            found.add(at(local));
        }
        return found;
    }

    @Test
    void aPlainWeekListsEveryTimeOfEveryBlockInOrderWithOnePlaceFree() {
        // the Wednesday block given first: the result is still sorted
        List<Time> times = week(rules(60, 0, 1),
                List.of(block(WEDNESDAY, "13:00", "15:00"), block(MONDAY, "09:00", "12:00")), List.of(), Set.of(),
                List.of());
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T10:00", "2027-01-11T11:00", "2027-01-13T13:00",
                "2027-01-13T14:00"), starts(times), "expected Monday 9, 10, 11 and Wednesday 13, 14 o'clock");
        for (Time time : times) {
            assertEquals(time.start().plus(Duration.ofHours(1)), time.end(), "expected each time to last an hour");
            assertEquals(1, time.free(), "expected one place free at " + time.start());
        }
        assertEquals(Instant.parse("2027-01-11T08:00:00Z"), times.get(0).start(),
                "expected 9:00 in Amsterdam in winter to be 8:00 UTC");
    }

    @Test
    void thePauseFollowsEachTime() {
        List<Time> times = week(rules(30, 15, 1), List.of(block(MONDAY, "09:00", "11:00")), List.of(), Set.of(),
                List.of());
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T09:45", "2027-01-11T10:30"), starts(times),
                "expected a time every 45 minutes (30 plus a pause of 15), the last ending exactly at 11:00");
        assertEquals(at("2027-01-11T11:00"), times.get(2).end(), "expected the last time to end at the block's end");
    }

    @Test
    void aTimeThatWouldEndAfterTheBlockIsNotListed() {
        List<Time> times = week(rules(60, 0, 1), List.of(block(MONDAY, "09:00", "11:30")), List.of(), Set.of(),
                List.of());
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T10:00"), starts(times),
                "expected no 11:00 time: it would end at 12:00, after the block ends at 11:30");
    }

    @Test
    void minimumNoticeAndHorizonBoundTheStarts() {
        Rules rules = new Rules(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(2), Duration.ofDays(7), 1);
        List<WeeklyBlock> weekly = List.of(block(MONDAY, "09:00", "17:00"));
        LocalDate nextMonday = LocalDate.parse("2027-01-18");

        List<Time> notice = FreeTimes.between(rules, weekly, List.of(), Set.of(), List.of(), MONDAY_11, MONDAY_11,
                at("2027-01-11T09:30"), AMSTERDAM);
        assertEquals(at("2027-01-11T12:00"), notice.get(0).start(),
                "expected nothing before 11:30 (two hours after 9:30): the first time is 12:00");
        List<Time> exactly = FreeTimes.between(rules, weekly, List.of(), Set.of(), List.of(), MONDAY_11, MONDAY_11,
                at("2027-01-11T09:00"), AMSTERDAM);
        assertEquals(at("2027-01-11T11:00"), exactly.get(0).start(),
                "expected a time starting exactly at now plus the notice to be listed");

        List<Time> horizon = FreeTimes.between(rules, weekly, List.of(), Set.of(), List.of(), nextMonday,
                nextMonday, at("2027-01-11T10:00"), AMSTERDAM);
        assertEquals(starts("2027-01-18T09:00", "2027-01-18T10:00"), starts(horizon),
                "expected times up to and including now plus seven days (10:00), none after");
    }

    @Test
    void placesLeftAreCapacityLessTheBookings() {
        Rules three = rules(60, 0, 3);
        List<WeeklyBlock> weekly = List.of(block(MONDAY, "09:00", "11:00"));
        Booked one = booked("2027-01-11T09:00", "2027-01-11T10:00");
        Booked two = booked("2027-01-11T09:00", "2027-01-11T10:00");
        Booked three3 = booked("2027-01-11T09:00", "2027-01-11T10:00");

        List<Time> twoBooked = week(three, weekly, List.of(), Set.of(), List.of(one, two));
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T10:00"), starts(twoBooked),
                "expected both times listed with two of three places booked at 9:00");
        assertEquals(1, twoBooked.get(0).free(), "expected one place left at 9:00");
        assertEquals(3, twoBooked.get(1).free(), "expected three places left at 10:00");

        List<Time> full = week(three, weekly, List.of(), Set.of(), List.of(one, two, three3));
        assertEquals(starts("2027-01-11T10:00"), starts(full), "expected 9:00 not listed when all three are booked");
    }

    @Test
    void aBookingOfAnotherLengthBlocksEveryTimeItOverlapsAndOnlyThose() {
        List<WeeklyBlock> weekly = List.of(block(MONDAY, "09:00", "13:00"));
        List<Time> times = week(rules(60, 0, 1), weekly, List.of(), Set.of(),
                List.of(booked("2027-01-11T09:30", "2027-01-11T10:15"),
                        booked("2027-01-11T08:00", "2027-01-11T09:00"),
                        booked("2027-01-11T13:00", "2027-01-11T14:00")));
        assertEquals(starts("2027-01-11T11:00", "2027-01-11T12:00"), starts(times),
                "expected 9:30-10:15 to block 9:00 and 10:00, and bookings only touching the block not to block");

        // a long booking far before the short ones it is sorted among still counts
        List<Time> withLong = week(rules(60, 0, 2), weekly, List.of(), Set.of(),
                List.of(booked("2027-01-11T06:00", "2027-01-11T11:30"),
                        booked("2027-01-11T10:00", "2027-01-11T10:30"),
                        booked("2027-01-11T07:00", "2027-01-11T07:30")));
        assertEquals(List.of(1, 0, 1, 2),
                List.of(free(withLong, "2027-01-11T09:00"), free(withLong, "2027-01-11T10:00"),
                        free(withLong, "2027-01-11T11:00"), free(withLong, "2027-01-11T12:00")),
                "expected the 6:00-11:30 booking to take a place at 9, 10 and 11, and 10:00-10:30 the other at 10");
    }

    private static int free(List<Time> times, String local) {
        return times.stream().filter(t -> t.start().equals(at(local))).mapToInt(Time::free).findFirst().orElse(0);
    }

    @Test
    void aHolidayOrAClosedDayHasNoTimesUnlessAnExtraBlockOpensIt() {
        Rules rules = rules(60, 0, 1);
        List<WeeklyBlock> weekly = List.of(block(MONDAY, "09:00", "12:00"), block(FRIDAY, "09:00", "10:00"));
        assertEquals(starts("2027-01-15T09:00"), starts(week(rules, weekly, List.of(), Set.of(MONDAY_11), List.of())),
                "expected no Monday times on a holiday");
        assertEquals(starts("2027-01-11T10:00", "2027-01-11T11:00", "2027-01-15T09:00"),
                starts(week(rules, weekly, List.of(change("2027-01-11", ChangeKind.EXTRA, "10:00", "12:00")),
                        Set.of(MONDAY_11), List.of())),
                "expected an extra block to open the holiday for its hours only");
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T10:00", "2027-01-11T11:00"),
                starts(week(rules, weekly, List.of(change("2027-01-15", ChangeKind.CLOSED, null, null)), Set.of(),
                        List.of())),
                "expected a whole-day closure to close Friday");
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T10:00", "2027-01-11T11:00", "2027-01-12T14:00",
                "2027-01-12T15:00", "2027-01-15T09:00"),
                starts(week(rules, weekly, List.of(change("2027-01-12", ChangeKind.EXTRA, "14:00", "16:00")), Set.of(),
                        List.of())),
                "expected an extra block on Tuesday besides the weekly pattern");
    }

    @Test
    void aClosureWithHoursRemovesTheTimesOverlappingIt() {
        Rules rules = rules(60, 0, 1);
        List<WeeklyBlock> weekly = List.of(block(MONDAY, "09:00", "12:00"));
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T11:00"),
                starts(week(rules, weekly, List.of(change("2027-01-11", ChangeKind.CLOSED, "10:30", "11:00")),
                        Set.of(), List.of())),
                "expected a closure from 10:30 to 11:00 to remove the 10:00 time only");
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T11:00"),
                starts(week(rules, weekly, List.of(change("2027-01-11", ChangeKind.CLOSED, "10:00", "11:00")),
                        Set.of(), List.of())),
                "expected a closure from 10:00 to 11:00 to remove 10:00 and not the times touching it");
        assertEquals(starts("2027-01-11T09:00"),
                starts(week(rules, weekly,
                        List.of(change("2027-01-11", ChangeKind.EXTRA, "13:00", "14:00"),
                                change("2027-01-11", ChangeKind.CLOSED, "10:00", "14:00")),
                        Set.of(), List.of())),
                "expected a closure to remove extra times too");
    }

    @Test
    void overlappingBlocksListAStartOnce() {
        Rules rules = rules(60, 0, 1);
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T10:00", "2027-01-11T11:00", "2027-01-11T12:00"),
                starts(week(rules, List.of(block(MONDAY, "09:00", "12:00"), block(MONDAY, "10:00", "13:00")),
                        List.of(change("2027-01-11", ChangeKind.EXTRA, "09:00", "11:00")), Set.of(), List.of())),
                "expected each start once although two blocks and an extra block lay it out");
        assertEquals(starts("2027-01-11T09:00", "2027-01-11T09:30", "2027-01-11T10:00", "2027-01-11T10:30"),
                starts(week(rules, List.of(block(MONDAY, "09:00", "11:00"), block(MONDAY, "09:30", "11:30")),
                        List.of(), Set.of(), List.of())),
                "expected blocks with different grids each to list their own starts");
    }

    @Test
    void onTheDaysTheClockChangesTimesKeepTheirWallClockHours() {
        List<WeeklyBlock> daytime = List.of(block(SATURDAY, "10:00", "11:00"), block(SUNDAY, "10:00", "11:00"));
        Instant now = at("2027-03-01T00:00");
        Rules longHorizon = new Rules(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, Duration.ofDays(365), 1);

        // summer time begins on Sunday 28 March 2027 (Easter Sunday; no holidays are given here)
        assertEquals(List.of(Instant.parse("2027-03-27T09:00:00Z"), Instant.parse("2027-03-28T08:00:00Z")),
                starts(FreeTimes.between(longHorizon, daytime, List.of(), Set.of(), List.of(),
                        LocalDate.parse("2027-03-27"), LocalDate.parse("2027-03-28"), now, AMSTERDAM)),
                "expected 10:00 on Saturday in winter time (+1) and on Sunday in summer time (+2)");
        // it ends on Sunday 31 October 2027
        assertEquals(List.of(Instant.parse("2027-10-30T08:00:00Z"), Instant.parse("2027-10-31T09:00:00Z")),
                starts(FreeTimes.between(longHorizon, daytime, List.of(), Set.of(), List.of(),
                        LocalDate.parse("2027-10-30"), LocalDate.parse("2027-10-31"), now, AMSTERDAM)),
                "expected 10:00 on Saturday in summer time (+2) and on Sunday in winter time (+1)");

        // at night: in March 02:00 does not exist and becomes 03:00, which is already a time
        List<WeeklyBlock> night = List.of(block(SUNDAY, "01:00", "04:00"));
        List<Time> march = FreeTimes.between(longHorizon, night, List.of(), Set.of(), List.of(),
                LocalDate.parse("2027-03-28"), LocalDate.parse("2027-03-28"), now, AMSTERDAM);
        assertEquals(List.of(Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T01:00:00Z")),
                starts(march), "expected 1:00 (+1) and 3:00 (+2) once; 2:00 is skipped into 3:00");
        // a 90-minute time at 02:30 would be pushed to 03:30 and end after the block: not listed
        Rules ninety = new Rules(Duration.ofMinutes(90), Duration.ZERO, Duration.ZERO, Duration.ofDays(365), 1);
        assertEquals(List.of(Instant.parse("2027-03-28T00:00:00Z")),
                starts(FreeTimes.between(ninety, night, List.of(), Set.of(), List.of(), LocalDate.parse("2027-03-28"),
                        LocalDate.parse("2027-03-28"), now, AMSTERDAM)),
                "expected only 1:00 when the next time is pushed past the block's end by the skipped hour");
        // in October 02:00 happens twice: listed once, the first (summer time) one, and each time lasts an hour
        List<Time> october = FreeTimes.between(longHorizon, night, List.of(), Set.of(), List.of(),
                LocalDate.parse("2027-10-31"), LocalDate.parse("2027-10-31"), now, AMSTERDAM);
        assertEquals(List.of(Instant.parse("2027-10-30T23:00:00Z"), Instant.parse("2027-10-31T00:00:00Z"),
                Instant.parse("2027-10-31T02:00:00Z")), starts(october),
                "expected 1:00 (+2), 2:00 (+2, the first of the two) and 3:00 (+1)");
        for (Time time : october) {
            assertEquals(Duration.ofHours(1), Duration.between(time.start(), time.end()),
                    "expected each time to last one real hour");
        }
    }

    @Test
    void atFindsOnlyAFreeTimeOnTheGrid() {
        Rules rules = rules(60, 0, 1);
        List<WeeklyBlock> weekly = List.of(block(MONDAY, "09:00", "12:00"));
        List<Booked> booked = List.of(booked("2027-01-11T10:00", "2027-01-11T11:00"));

        Optional<Time> nine = FreeTimes.at(rules, weekly, List.of(), Set.of(), booked, at("2027-01-11T09:00"), NOW,
                AMSTERDAM);
        assertEquals(Optional.of(new Time(at("2027-01-11T09:00"), at("2027-01-11T10:00"), 1)), nine,
                "expected the free 9:00 time");
        assertEquals(Optional.empty(),
                FreeTimes.at(rules, weekly, List.of(), Set.of(), booked, at("2027-01-11T09:30"), NOW, AMSTERDAM),
                "expected nothing at 9:30, which is not on the grid");
        assertEquals(Optional.empty(),
                FreeTimes.at(rules, weekly, List.of(), Set.of(), booked, at("2027-01-11T10:00"), NOW, AMSTERDAM),
                "expected nothing at 10:00, which is booked");
        assertEquals(Optional.empty(),
                FreeTimes.at(rules, weekly, List.of(), Set.of(), booked, at("2027-01-12T09:00"), NOW, AMSTERDAM),
                "expected nothing on Tuesday, which has no block");
        assertEquals(Optional.empty(), FreeTimes.at(rules, weekly, List.of(), Set.of(), booked,
                at("2027-01-11T09:00"), at("2027-01-11T09:30"), AMSTERDAM), "expected nothing in the past");
    }

    @Test
    void rulesAndBlocksThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofDays(1), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Rules(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, Duration.ofDays(1), 0));
        assertThrows(IllegalArgumentException.class, () -> block(MONDAY, "12:00", "09:00"));
        assertThrows(IllegalArgumentException.class, () -> change("2027-01-11", ChangeKind.EXTRA, null, null));
        assertThrows(IllegalArgumentException.class, () -> change("2027-01-11", ChangeKind.CLOSED, "10:00", null));
    }

    @Test
    void eightWeeksWithTwoThousandBookingsGiveTheSameCountsAsCountingEachTimeAgainstEveryBooking() {
        Rules rules = new Rules(Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ZERO, Duration.ofDays(60), 3);
        List<WeeklyBlock> weekly = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, DayOfWeek.THURSDAY, FRIDAY)) {
            weekly.add(block(day, "09:00", "17:00"));
        }
        LocalDate last = MONDAY_11.plusWeeks(8).minusDays(1);
        Random random = new Random(14);
        List<Booked> booked = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Instant start = MONDAY_11.plusDays(random.nextInt(56)).atTime(8, 0).atZone(AMSTERDAM).toInstant()
                    .plus(Duration.ofMinutes(5L * random.nextInt(12 * 10)));
            booked.add(new Booked(start, start.plus(Duration.ofMinutes(15L + 5 * random.nextInt(20)))));
        }

        List<Time> times = FreeTimes.between(rules, weekly, List.of(), Set.of(), booked, MONDAY_11, last, NOW,
                AMSTERDAM);

        // the same by brute force: every grid time of every weekday against every booking
        List<Time> expected = new ArrayList<>();
        for (LocalDate date = MONDAY_11; !date.isAfter(last); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == SATURDAY || date.getDayOfWeek() == SUNDAY) {
                continue;
            }
            for (LocalTime t = LocalTime.of(9, 0); !t.plusMinutes(30).isAfter(LocalTime.of(17, 0)); t = t
                    .plusMinutes(40)) {
                Instant start = date.atTime(t).atZone(AMSTERDAM).toInstant();
                Instant end = start.plus(Duration.ofMinutes(30));
                long overlapping = booked.stream().filter(b -> b.start().isBefore(end) && b.end().isAfter(start))
                        .count();
                if (overlapping < 3) {
                    expected.add(new Time(start, end, 3 - (int) overlapping));
                }
            }
        }
        assertEquals(expected, times, "expected the same free times and places as counted one by one");
        assertTrue(times.size() < 40 * 12, "expected some of the 12 times a day on 40 weekdays to be full, got "
                + times.size());
        for (int free = 1; free <= 3; free++) {
            int f = free;
            assertTrue(times.stream().anyMatch(t -> t.free() == f), "expected some times with " + free + " free");
        }
    }
}
