package nl.xenia.portal.meetups.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.xenia.portal.meetups.entity.Repetition;

/**
 * The days of a series, in local time (Europe/Amsterdam is applied by the caller, so a meetup at 19:00 stays at 19:00
 * across the change to summer time). Weekly: every seven days. Monthly: the same weekday of the month as the first (the
 * second Tuesday; when the first was a fifth weekday, the last one of each month). The rhythm ends at a day (inclusive)
 * or after a number of its days, whichever comes first, and never after {@link #MOST} days; a day that is a public
 * holiday is skipped (it counts towards the number: "for ten weeks" stays ten weeks).
 */
public final class SeriesDates {

    /** The most days one series may hold. */
    public static final int MOST = 104;

    /** The days of a series: those to hold, and those skipped for a holiday. */
    public record Days(List<LocalDateTime> held, List<LocalDate> skipped) {
    }

    private SeriesDates() {
    }

    /**
     * @param first the first occurrence (always part of the rhythm; skipped too when it is a holiday)
     * @param until the last day (inclusive), or null
     * @param count how many days of the rhythm, or null; at least one of {@code until} and {@code count} is given
     */
    public static Days of(LocalDateTime first, Repetition repetition, LocalDate until, Integer count,
            Set<LocalDate> holidays) {
        if (until == null && count == null) {
            throw new IllegalArgumentException("A series ends at a day or after a number of times");
        }
        int most = Math.min(MOST, count == null ? MOST : count);
        List<LocalDateTime> held = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        for (int index = 0; index < most; index++) {
            LocalDateTime day = nth(first, repetition, index);
            if (until != null && day.toLocalDate().isAfter(until)) {
                break;
            }
            if (holidays.contains(day.toLocalDate())) {
                skipped.add(day.toLocalDate());
            } else {
                held.add(day);
            }
        }
        return new Days(List.copyOf(held), List.copyOf(skipped));
    }

    /** The last day a series can reach from its first: to ask for the holidays once. */
    public static LocalDate horizon(LocalDate first, Repetition repetition) {
        return repetition == Repetition.WEEKLY ? first.plusWeeks(MOST) : first.plusMonths(MOST);
    }

    private static LocalDateTime nth(LocalDateTime first, Repetition repetition, int index) {
        if (repetition == Repetition.WEEKLY) {
            return first.plusWeeks(index);
        }
        DayOfWeek weekday = first.getDayOfWeek();
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        LocalDate month = first.toLocalDate().withDayOfMonth(1).plusMonths(index);
        LocalDate day = ordinal >= 5
                ? month.with(TemporalAdjusters.lastInMonth(weekday))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
        return day.atTime(first.toLocalTime());
    }
}
