package nl.xenia.portal.questions.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The first-answer target in working days (Monday to Friday, in the office's time zone): a question
 * is due by the end of the n-th working day after the day it came in. Asked on Friday or at the
 * weekend with two days: due by the end of Tuesday. Public holidays are not counted out.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The moment a question asked at {@code askedAt} is overdue: the start of the day after the n-th working day. */
    public static Instant due(Instant askedAt, int days, ZoneId zone) {
        if (days < 0) {
            throw new IllegalArgumentException("A target is zero or more working days");
        }
        LocalDate day = askedAt.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The moment before which every question asked is overdue at {@code now} (so a database can select them
     * by the moment they came in): the start of the day after the last day whose questions are due by now.
     */
    public static Instant overdueIfAskedBefore(Instant now, int days, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        while (now.isBefore(due(day.atStartOfDay(zone).toInstant(), days, zone))) {
            day = day.minusDays(1);
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
