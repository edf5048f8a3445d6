package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.List;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;

/**
 * Small-cell suppression of one table with its totals (primary: every cell and total below five is shown as "&lt;
 * 5"; complementary: more cells are hidden until none of those can be worked out from what is published).
 */
public final class TableSuppression {

    /** Counts below this are never shown. */
    public static final int THRESHOLD = 5;

    private TableSuppression() {
    }

    /**
     * The table as it may be published. FIRST STEP ONLY (primary suppression, no complementary cells yet): being
     * replaced in this work; never to land like this.
     */
    public static PublishedTable publish(FigureTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        long[][] counts = table.counts();
        List<List<Cell>> cells = new ArrayList<>();
        long[] columnSums = new long[columns];
        List<Cell> rowTotals = new ArrayList<>();
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>();
            long sum = 0;
            for (int c = 0; c < columns; c++) {
                row.add(primary(counts[r][c]));
                sum += counts[r][c];
                columnSums[c] += counts[r][c];
            }
            cells.add(row);
            grand += sum;
            if (table.rowTotals()) {
                rowTotals.add(primary(sum));
            }
        }
        List<Cell> columnTotals = new ArrayList<>();
        if (table.columnTotals()) {
            for (long sum : columnSums) {
                columnTotals.add(primary(sum));
            }
        }
        Cell grandTotal = table.rowTotals() && table.columnTotals() ? primary(grand) : null;
        return new PublishedTable(table.id(), table.titleKey(), table.rowsKey(), table.rows(), table.columns(), cells,
                rowTotals, columnTotals, grandTotal, table.chart());
    }

    private static Cell primary(long count) {
        return count < THRESHOLD ? Cell.belowFive() : Cell.of(count);
    }
}
