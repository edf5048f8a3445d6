package nl.xenia.portal.monitoring.boundary;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.xenia.portal.localization.boundary.Languages;

/**
 * The time monitoring reports on: a calendar year, or one of its quarters, in the portal's local time. Its time
 * columns are the quarters of a year, or the months of a quarter.
 *
 * @param year the calendar year
 * @param quarter 1 to 4, or 0 for the whole year
 */
public record Period(int year, int quarter) {

    /** The zone months and days are counted in. */
    public static final ZoneId ZONE = Languages.LOCAL_TIME;

    public Period {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year out of range");
        }
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter is 0 (the whole year) or 1 to 4");
        }
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public static Period quarter(int year, int quarter) {
        if (quarter == 0) {
            throw new IllegalArgumentException("quarter is 1 to 4");
        }
        return new Period(year, quarter);
    }

    public boolean wholeYear() {
        return quarter == 0;
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, wholeYear() ? 1 : quarter * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, wholeYear() ? 12 : quarter * 3);
    }

    /** Every month of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth(); !month.isAfter(lastMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public boolean contains(Instant when) {
        return contains(YearMonth.from(when.atZone(ZONE)));
    }

    /** The period's first instant (inclusive). */
    public Instant start() {
        return firstMonth().atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** The instant after the period (exclusive). */
    public Instant end() {
        return lastMonth().plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** The time columns: the four quarters of a year, or the three months of a quarter. */
    public List<Label> timeColumns() {
        if (wholeYear()) {
            return IntStream.rangeClosed(1, 4).mapToObj(q -> Label.quarter(year, q)).toList();
        }
        return months().stream().map(Label::month).toList();
    }

    /** Which time column a month falls in, or -1 when it is outside the period. */
    public int timeColumn(YearMonth month) {
        if (!contains(month)) {
            return -1;
        }
        return wholeYear() ? (month.getMonthValue() - 1) / 3 : month.getMonthValue() - firstMonth().getMonthValue();
    }

    /** Which time column an instant falls in (local time), or -1 when it is outside the period. */
    public int timeColumn(Instant when) {
        return timeColumn(YearMonth.from(ZonedDateTime.ofInstant(when, ZONE)));
    }

    /** The month of a count table's {@code year_month} column ("2026-03"). */
    public static YearMonth month(String yearMonth) {
        return YearMonth.parse(yearMonth);
    }

    /** For file names: "2026" or "2026-q3". */
    public String slug() {
        return wholeYear() ? Integer.toString(year) : year + "-q" + quarter;
    }
}
