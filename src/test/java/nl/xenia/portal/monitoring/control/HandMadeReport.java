package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;
import nl.xenia.portal.monitoring.boundary.Report;
import nl.xenia.portal.monitoring.boundary.Statistic;

/**
 * A report made by hand for the writers' tests, with every kind of cell and label: the raw counts of each table, and
 * its published form built directly (value, "&lt; 5" for a count below five, "×" where the raw table holds
 * {@link #SECRET}), so that a test can look for the hidden cells' true value in what the writers make. Totals that
 * would include a hidden cell are hidden too, so that no number in the report is larger than {@link #LARGEST_SHOWN}.
 * (Only the writers are tested with it: it is not a complete suppression, which {@link TableSuppression} does.)
 */
final class HandMadeReport {

    /** The true value of every hidden cell: recognisable, and never to appear in a CSV or a PDF. */
    static final long SECRET = 4711;
    /** No number shown in the hand-made report is larger. */
    static final long LARGEST_SHOWN = 99;

    static final Period PERIOD = Period.year(2026);

    /** Questions by topic over the quarters: both totals; two hidden cells, two below five. */
    static final long[][] TOPICS = {{12, 3, SECRET, 20}, {SECRET, 15, 7, 9}, {0, 6, 2, 11}};
    /** By language over the quarters (bars side by side), row totals only. */
    static final long[][] LANGUAGES = {{8, 5, 6, 1}, {0, 0, 0, 0}};
    /** The channels by month (twelve columns), both totals. */
    static final long[][] CHANNELS = {{5, 6, 7, 8, 9, 5, 6, 7, 8, 9, 5, 4}};
    /** By municipality, no chart. */
    static final long[][] MUNICIPALITIES = {{9, 2, 0, 5}, {1, 1, 1, 1}};

    private HandMadeReport() {
    }

    static LabelText text(String language) {
        return new LabelText(language, Bundles::format);
    }

    static Report report() {
        List<Label> quarters = PERIOD.timeColumns();
        List<Label> months = PERIOD.months().stream().map(Label::month).toList();
        PublishedTable topics = published("questions-topic", "office.monitoring.questions.topic",
                "office.monitoring.topic", List.of(Label.key("Topic.HEALTH"), Label.key("Topic.MONEY"),
                        Label.key("Topic.OTHER")),
                quarters, TOPICS, true, true, FigureTable.Chart.STACKED_BARS);
        PublishedTable languages = published("questions-language", "office.monitoring.questions.language",
                "office.monitoring.language", List.of(Label.language("ro"), Label.language("bg")), quarters,
                LANGUAGES, true, false, FigureTable.Chart.BARS);
        PublishedTable municipalities = published("questions-municipality",
                "office.monitoring.questions.municipality", "office.monitoring.municipality",
                List.of(Label.text("Leeuwarden"), Label.text("Súdwest-Fryslân")), quarters, MUNICIPALITIES, true, true,
                FigureTable.Chart.NONE);
        PublishedTable channels = published(ChannelOverview.ID, "office.monitoring.channels.table",
                "office.monitoring.channels.rows", List.of(Label.key("office.monitoring.channel.questions")), months,
                CHANNELS, true, true, FigureTable.Chart.STACKED_BARS);
        return new Report(PERIOD, List.of(
                new Report.Section(ChannelOverview.ID, "office.monitoring.channels.title", List.of(channels),
                        List.of()),
                new Report.Section("questions", "office.monitoring.questions.title",
                        List.of(topics, languages, municipalities),
                        List.of(new Report.PublishedStatistic("questions-first-answer-median",
                                "office.monitoring.questions.median", 12.5, Statistic.Unit.HOURS),
                                new Report.PublishedStatistic("questions-answered-in-time",
                                        "office.monitoring.questions.intime", null, Statistic.Unit.PERCENT)))));
    }

    /**
     * The published table of raw counts: {@link #SECRET} hidden, below five as "&lt; 5", the rest shown; a total
     * over a hidden cell hidden, a total below five as "&lt; 5".
     */
    static PublishedTable published(String id, String titleKey, String rowsKey, List<Label> rows, List<Label> columns,
            long[][] raw, boolean rowTotals, boolean columnTotals, FigureTable.Chart chart) {
        List<List<Cell>> cells = new ArrayList<>();
        List<Cell> rowTotalCells = new ArrayList<>();
        long[] columnSums = new long[columns.size()];
        boolean[] columnHidden = new boolean[columns.size()];
        long grand = 0;
        boolean anyHidden = false;
        for (long[] counts : raw) {
            List<Cell> row = new ArrayList<>();
            long sum = 0;
            boolean rowHidden = false;
            for (int c = 0; c < counts.length; c++) {
                row.add(cell(counts[c], false));
                sum += counts[c];
                columnSums[c] += counts[c];
                if (counts[c] == SECRET) {
                    rowHidden = true;
                    columnHidden[c] = true;
                }
            }
            cells.add(row);
            grand += sum;
            anyHidden |= rowHidden;
            if (rowTotals) {
                rowTotalCells.add(cell(sum, rowHidden));
            }
        }
        List<Cell> columnTotalCells = new ArrayList<>();
        if (columnTotals) {
            for (int c = 0; c < columns.size(); c++) {
                columnTotalCells.add(cell(columnSums[c], columnHidden[c]));
            }
        }
        Cell grandTotal = rowTotals && columnTotals ? cell(grand, anyHidden) : null;
        return new PublishedTable(id, titleKey, rowsKey, rows, columns, cells, rowTotalCells, columnTotalCells,
                grandTotal, chart);
    }

    private static Cell cell(long count, boolean overHidden) {
        if (count == SECRET || overHidden) {
            return Cell.hidden();
        }
        return count < TableSuppression.THRESHOLD ? Cell.belowFive() : Cell.of(count);
    }
}
