package nl.xenia.portal.monitoring.control;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.Report;

/**
 * How the monitoring page, the CSV and the PDF say things in one office language: a row's or column's
 * {@link Label} (a bundle text, a name as it is, a month with its year, a quarter, a language's name), a published
 * cell ("&lt; 5", "×" or the number), a statistic with its unit, a period. One class, so the three never disagree.
 */
public final class LabelText {

    /** "&lt; 5": a cell below the threshold (from none to four). */
    public static final String BELOW_FIVE = "< " + TableSuppression.THRESHOLD;
    /** "×": a cell hidden so that no small one can be worked out from the totals. */
    public static final String HIDDEN = "×";

    /** Where texts come from: a bundle key of a language, its ICU pattern filled in with named arguments. */
    @FunctionalInterface
    public interface Texts {

        String format(String language, String key, Map<String, Object> arguments);
    }

    /** More columns than this and months are written short. */
    public static final int MANY_COLUMNS = 6;

    private final String language;
    private final Texts texts;
    private final Locale locale;

    /** @param language an office language ("nl", "en") */
    public LabelText(String language, Texts texts) {
        this.language = Objects.requireNonNull(language);
        this.texts = Objects.requireNonNull(texts);
        this.locale = Locale.forLanguageTag(language);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** A bundle text without arguments. */
    public String text(String key) {
        return texts.format(language, key, Map.of());
    }

    /** A bundle text with named arguments (name, value, name, value, …). */
    public String format(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return texts.format(language, key, arguments);
    }

    /** A row's or column's name in this language. */
    public String label(Label label) {
        return switch (label.kind()) {
            case KEY -> text(label.value());
            case TEXT -> label.value();
            case MONTH -> month(YearMonth.parse(label.value()));
            case QUARTER -> quarter(Integer.parseInt(label.value().substring(0, 4)),
                    Integer.parseInt(label.value().substring(label.value().indexOf('Q') + 1)));
            case LANGUAGE -> capitalised(Languages.name(label.value(), language));
        };
    }

    /**
     * A table's columns' names where they stand side by side (page, chart, PDF): with more than {@link #MANY_COLUMNS}
     * the months written short ("Sep 2026"), so that a year's twelve fit on a screen and on A4.
     */
    public List<String> columns(List<Label> columns) {
        boolean many = columns.size() > MANY_COLUMNS;
        return columns.stream().map(column -> many && column.kind() == Label.Kind.MONTH
                ? shortMonth(YearMonth.parse(column.value()))
                : label(column)).toList();
    }

    /** A month with its year, as the language writes it on its own ("maart 2026", "March 2026"). */
    public String month(YearMonth month) {
        return capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month));
    }

    /** A month short, with its year ("mrt 2026", "Mar 2026"), where many stand side by side. */
    public String shortMonth(YearMonth month) {
        return capitalised(DateTimeFormatter.ofPattern("LLL yyyy", locale).format(month));
    }

    /** A quarter of a year ("K3 2026", "Q3 2026"). */
    public String quarter(int year, int quarter) {
        return format("office.monitoring.quarter", "quarter", String.valueOf(quarter), "year", String.valueOf(year));
    }

    /** A period: the year ("2026"), or its quarter ("K3 2026"). */
    public String period(Period period) {
        return period.wholeYear() ? String.valueOf(period.year()) : quarter(period.year(), period.quarter());
    }

    /** A period's first and last day ("1 januari 2026 – 31 december 2026"). */
    public String days(Period period) {
        return date(period.firstMonth().atDay(1)) + " – " + date(period.lastMonth().atEndOfMonth());
    }

    /** A day, as the language writes it in full ("28 november 2026", "28 November 2026"). */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** A published cell as shown: its number, "&lt; 5" or "×"; never anything else. */
    public String cell(PublishedTable.Cell cell) {
        return switch (cell.shown()) {
            case VALUE -> String.valueOf(cell.value());
            case BELOW_FIVE -> BELOW_FIVE;
            case HIDDEN -> HIDDEN;
        };
    }

    /** The word for a total row or column. */
    public String total() {
        return text("office.monitoring.total");
    }

    /**
     * A statistic as shown: its value in its unit ("12,5 uur", "80 %"), or that it is not shown because fewer than
     * five items make it up.
     */
    public String statistic(Report.PublishedStatistic statistic) {
        if (statistic.value() == null) {
            return format("office.monitoring.statistic.hidden", "threshold",
                    String.valueOf(TableSuppression.THRESHOLD));
        }
        return format("office.monitoring.unit." + statistic.unit().name(), "value", decimal(statistic.value()));
    }

    /** A number with at most one decimal, as the language writes it ("12,5", "12.5"). */
    public String decimal(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
