package nl.xenia.portal.appointments.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The free times of one service at one place, computed from its weekly pattern, its one-off changes, the public
 * holidays and the active bookings; free times are never stored.
 *
 * <p>
 * On each date the open blocks are the weekly blocks of that weekday, none at all when the date is a holiday or has a
 * whole-day {@link ChangeKind#CLOSED CLOSED} change, plus every {@link ChangeKind#EXTRA EXTRA} change of that date (so
 * an extra block opens a holiday or a closed day for its hours). A {@code CLOSED} change with a time range removes
 * every time of that date that overlaps the range, also times of extra blocks.
 *
 * <p>
 * In each block the times start at the block's start and follow each other every duration plus pause; a time is laid
 * out only when it ends (start plus duration) no later than the block's end. Overlapping blocks of one date never list
 * the same start twice. Blocks and changes are wall-clock times in the zone (Europe/Amsterdam in use), each made an
 * instant with {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)}: on the day summer time begins a wall-clock time
 * in the skipped hour is moved forward by an hour (02:30 becomes 03:30 summer time; if that start is already a time, it
 * is listed once); on the day it ends a wall-clock time in the repeated hour is the first, summer-time one (02:30 is
 * listed once, at 00:30 UTC). A time lasts its real duration (its end is its start plus the duration as elapsed time),
 * and must end no later than the instant of its block's end, so a time pushed forward past the block's end by the
 * skipped hour is not listed. Outside those two nights, which opening hours do not reach, every time is simply at its
 * wall-clock time with that day's offset.
 *
 * <p>
 * A time is listed only when its start is no earlier than now plus the minimum notice, no later than now plus the
 * horizon, and it has at least one place free: the capacity less the number of bookings whose interval overlaps
 * {@code [start, end)} (a booking of any length, ending exactly at the start or starting exactly at the end does not
 * overlap). The list is sorted by start.
 */
public final class FreeTimes {

    /**
     * How a service is booked: how long a time lasts, the pause after it before the next time, how soon a time may
     * start at the earliest (minimum notice) and at the latest (horizon) from now, and how many people per time.
     */
    public record Rules(Duration duration, Duration pause, Duration minNotice, Duration horizon, int capacity) {

        public Rules {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(pause, "pause");
            Objects.requireNonNull(minNotice, "minNotice");
            Objects.requireNonNull(horizon, "horizon");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("A time lasts longer than zero");
            }
            if (pause.isNegative() || minNotice.isNegative() || horizon.isNegative()) {
                throw new IllegalArgumentException("A pause, notice or horizon is zero or more");
            }
            if (capacity < 1) {
                throw new IllegalArgumentException("A time has room for at least one person");
            }
        }
    }

    /** Open every week on {@code day} from {@code from} until {@code until} (wall-clock, within the day). */
    public record WeeklyBlock(DayOfWeek day, LocalTime from, LocalTime until) {

        public WeeklyBlock {
            Objects.requireNonNull(day, "day");
            requireRange(from, until);
        }
    }

    /** What a one-off change does to a date. */
    public enum ChangeKind {
        /** Closed: the whole day, or the times overlapping a range. */
        CLOSED,
        /** Open in a range besides the weekly pattern (also on a holiday or a closed day). */
        EXTRA
    }

    /**
     * A one-off change of a date: {@code CLOSED} with {@code from} and {@code until} both null closes the whole day;
     * {@code CLOSED} with a range removes the times overlapping it; {@code EXTRA} opens the range.
     */
    public record DayChange(LocalDate date, ChangeKind kind, LocalTime from, LocalTime until) {

        public DayChange {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            if (!(kind == ChangeKind.CLOSED && from == null && until == null)) {
                requireRange(from, until);
            }
        }

        /** Whether this change closes the whole day. */
        public boolean wholeDay() {
            return kind == ChangeKind.CLOSED && from == null;
        }
    }

    /** An active booking of this service at this place. */
    public record Booked(Instant start, Instant end) {

        public Booked {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** A free time: its start, its end, and how many places are left ({@code >= 1}). */
    public record Time(Instant start, Instant end, int free) {
    }

    private FreeTimes() {
    }

    /** The free times on the dates {@code from} to {@code toInclusive}, sorted by start (see the class comment). */
    public static List<Time> between(Rules rules, List<WeeklyBlock> weekly, List<DayChange> changes,
            Set<LocalDate> holidays, List<Booked> booked, LocalDate from, LocalDate toInclusive, Instant now,
            ZoneId zone) {
        Instant earliest = now.plus(rules.minNotice());
        Instant latest = now.plus(rules.horizon());
        // only the dates that can hold a listed time (a day's margin for a time shifted across midnight)
        LocalDate first = max(from, earliest.atZone(zone).toLocalDate().minusDays(1));
        LocalDate last = min(toInclusive, latest.atZone(zone).toLocalDate().plusDays(1));
        if (first.isAfter(last)) {
            return List.of();
        }

        Map<DayOfWeek, List<WeeklyBlock>> byDay = new EnumMap<>(DayOfWeek.class);
        for (WeeklyBlock block : weekly) {
            byDay.computeIfAbsent(block.day(), d -> new ArrayList<>()).add(block);
        }
        Map<LocalDate, List<DayChange>> changesByDate = new HashMap<>();
        for (DayChange change : changes) {
            if (!change.date().isBefore(first) && !change.date().isAfter(last)) {
                changesByDate.computeIfAbsent(change.date(), d -> new ArrayList<>()).add(change);
            }
        }
        Bookings bookings = new Bookings(booked);

        List<Time> times = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            List<DayChange> ofDate = changesByDate.getOrDefault(date, List.of());
            List<LocalTime[]> blocks = new ArrayList<>();
            boolean closed = holidays.contains(date) || ofDate.stream().anyMatch(DayChange::wholeDay);
            if (!closed) {
                for (WeeklyBlock block : byDay.getOrDefault(date.getDayOfWeek(), List.of())) {
                    blocks.add(new LocalTime[]{block.from(), block.until()});
                }
            }
            for (DayChange change : ofDate) {
                if (change.kind() == ChangeKind.EXTRA) {
                    blocks.add(new LocalTime[]{change.from(), change.until()});
                }
            }
            if (blocks.isEmpty()) {
                continue;
            }
            TreeMap<Instant, Instant> laidOut = new TreeMap<>();
            for (LocalTime[] block : blocks) {
                layOut(rules, date, block[0], block[1], zone, laidOut);
            }
            for (DayChange change : ofDate) {
                if (change.kind() == ChangeKind.CLOSED && !change.wholeDay()) {
                    Instant closedFrom = ZonedDateTime.of(date, change.from(), zone).toInstant();
                    Instant closedUntil = ZonedDateTime.of(date, change.until(), zone).toInstant();
                    laidOut.entrySet().removeIf(t -> t.getKey().isBefore(closedUntil)
                            && t.getValue().isAfter(closedFrom));
                }
            }
            for (Map.Entry<Instant, Instant> time : laidOut.entrySet()) {
                Instant start = time.getKey();
                if (start.isBefore(earliest) || start.isAfter(latest)) {
                    continue;
                }
                int free = rules.capacity() - bookings.overlapping(start, time.getValue());
                if (free >= 1) {
                    times.add(new Time(start, time.getValue(), free));
                }
            }
        }
        times.sort(Comparator.comparing(Time::start));
        return times;
    }

    /**
     * The free time that starts exactly at {@code start}, if there is one: empty when {@code start} is not on the
     * grid of an open block, is closed, outside the notice and horizon, or has no place left.
     */
    public static Optional<Time> at(Rules rules, List<WeeklyBlock> weekly, List<DayChange> changes,
            Set<LocalDate> holidays, List<Booked> booked, Instant start, Instant now, ZoneId zone) {
        LocalDate date = start.atZone(zone).toLocalDate();
        return between(rules, weekly, changes, holidays, booked, date.minusDays(1), date.plusDays(1), now, zone)
                .stream().filter(t -> t.start().equals(start)).findFirst();
    }

    /** Adds the times of one block of {@code date} to {@code laidOut} (start to end), a start at most once. */
    private static void layOut(Rules rules, LocalDate date, LocalTime from, LocalTime until, ZoneId zone,
            Map<Instant, Instant> laidOut) {
        Duration step = rules.duration().plus(rules.pause());
        Instant blockEnd = ZonedDateTime.of(date, until, zone).toInstant();
        LocalDateTime blockEndLocal = date.atTime(until);
        LocalDateTime local = date.atTime(from);
        while (!local.plus(rules.duration()).isAfter(blockEndLocal)) {
            Instant start = ZonedDateTime.of(local, zone).toInstant();
            Instant end = start.plus(rules.duration());
            if (!end.isAfter(blockEnd)) {
                laidOut.putIfAbsent(start, end);
            }
            local = local.plus(step);
        }
    }

    private static void requireRange(LocalTime from, LocalTime until) {
        if (from == null || until == null) {
            throw new IllegalArgumentException("A block has a start and an end");
        }
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("A block ends after it starts, on the same day");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The bookings sorted once by start, so the bookings overlapping a time are found by a binary search and a short
     * walk back (at most as far back as the longest booking lasts), not by a scan of all.
     */
    private static final class Bookings {

        private final Instant[] starts;
        private final Instant[] ends;
        private final Duration longest;

        Bookings(List<Booked> booked) {
            Booked[] sorted = booked.toArray(Booked[]::new);
            Arrays.sort(sorted, Comparator.comparing(Booked::start));
            starts = new Instant[sorted.length];
            ends = new Instant[sorted.length];
            Duration max = Duration.ZERO;
            for (int i = 0; i < sorted.length; i++) {
                starts[i] = sorted[i].start();
                ends[i] = sorted[i].end();
                Duration length = Duration.between(starts[i], ends[i]);
                if (length.compareTo(max) > 0) {
                    max = length;
                }
            }
            longest = max;
        }

        /** How many bookings overlap {@code [start, end)}. */
        int overlapping(Instant start, Instant end) {
            int count = 0;
            // walk back from the last booking that starts before `end` (the ones after it cannot overlap)
            for (int i = firstStartingAtOrAfter(end) - 1; i >= 0; i--) {
                if (!starts[i].plus(longest).isAfter(start)) {
                    break; // this one and all before it ended by `start`
                }
                if (ends[i].isAfter(start)) {
                    count++;
                }
            }
            return count;
        }

        private int firstStartingAtOrAfter(Instant moment) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle].isBefore(moment)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
