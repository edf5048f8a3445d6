package nl.xenia.portal.monitoring.boundary;

import java.util.List;

/**
 * A {@link FigureTable} as anyone may see it: every cell below five shown as "&lt; 5", and enough other cells hidden
 * that none of those can be worked out from the totals. A hidden cell carries no value at all, so nothing downstream
 * (page, CSV, PDF) can show it by mistake.
 *
 * @param cells {@code cells.get(row).get(column)}
 * @param rowTotals one per row; empty when the table has no row totals
 * @param columnTotals one per column; empty when the table has no column totals
 * @param grandTotal the total of everything; null unless the table has both kinds of totals
 */
public record PublishedTable(String id, String titleKey, String rowsKey, List<Label> rows, List<Label> columns,
        List<List<Cell>> cells, List<Cell> rowTotals, List<Cell> columnTotals, Cell grandTotal,
        FigureTable.Chart chart) {

    /** How a cell is shown. */
    public enum Shown {
        /** Its value. */
        VALUE,
        /** "&lt; 5": fewer than five (from none to four). */
        BELOW_FIVE,
        /** Hidden so that no cell below five can be worked out from the totals (its value is five or more). */
        HIDDEN
    }

    /**
     * One published cell.
     *
     * @param value the count when shown, null when not
     */
    public record Cell(Long value, Shown shown) {

        public Cell {
            if ((value == null) == (shown == Shown.VALUE)) {
                throw new IllegalArgumentException("a cell has a value exactly when it is shown");
            }
        }

        public static Cell of(long value) {
            return new Cell(value, Shown.VALUE);
        }

        public static Cell belowFive() {
            return new Cell(null, Shown.BELOW_FIVE);
        }

        public static Cell hidden() {
            return new Cell(null, Shown.HIDDEN);
        }

        public boolean visible() {
            return shown == Shown.VALUE;
        }
    }

    public PublishedTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    public boolean hasRowTotals() {
        return !rowTotals.isEmpty();
    }

    public boolean hasColumnTotals() {
        return !columnTotals.isEmpty();
    }
}
