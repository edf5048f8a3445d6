package nl.xenia.portal.monitoring.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One table of counts a component contributes: rows (what is counted, e.g. the topics) by columns (usually the
 * period's {@link Period#timeColumns() time columns}). Monitoring publishes it with row and column totals where they
 * make sense, and suppresses it before anyone sees it ({@link PublishedTable}).
 *
 * @param id stable within the report, lower case words joined by hyphens (CSV, anchors): "questions-topic"
 * @param titleKey the office bundle key of the table's title
 * @param rowsKey the office bundle key naming what the rows are ("Topic")
 * @param rows the rows' labels
 * @param columns the columns' labels
 * @param counts {@code counts[row][column]}, never negative
 * @param rowTotals whether each row's total is published (false when the columns are different things that do
 *        not add up, such as held / answers / sessions)
 * @param columnTotals whether each column's total is published (false when the rows do not add up)
 * @param chart how the view draws it
 */
public record FigureTable(String id, String titleKey, String rowsKey, List<Label> rows, List<Label> columns,
        long[][] counts, boolean rowTotals, boolean columnTotals, Chart chart) {

    /** How a table is drawn beside its numbers. */
    public enum Chart {
        /** One bar per column, stacked by row (counts over time). */
        STACKED_BARS,
        /** Bars side by side per column, one per row. */
        BARS,
        /** Only the table. */
        NONE
    }

    public FigureTable {
        Objects.requireNonNull(id);
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(rowsKey);
        Objects.requireNonNull(chart);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("one row of counts per row label");
        }
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("one count per column label");
            }
            for (long count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
            }
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }

    /** The count in a cell. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** A copy of the counts. */
    @Override
    public long[][] counts() {
        return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }
}
