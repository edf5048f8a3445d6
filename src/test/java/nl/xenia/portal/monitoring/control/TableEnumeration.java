package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;

/**
 * An onlooker with nothing but a published table and a lot of patience: every table of whole numbers consistent with
 * it, found by backtracking over the cells row by row. Written apart from the production audit on purpose (no
 * network, no linear programme): a shown count is that count, "&lt; 5" is 0 to 4, "×" is 5 or more, and each
 * published total is the sum of its row or column (the grand total of everything).
 *
 * <p>
 * A "×" cell has no upper bound of its own; the search takes {@link #cap} as one. That is sound for what the tests
 * conclude from it: a capped search only ever misses tables, never invents one, and every conclusion drawn is that
 * some table exists (one in which a cell takes a second value, or the true table). A cap too small could only make a
 * test fail, never pass wrongly; and a cell with a published total in its row, its column or the grand total is
 * bounded by that total anyway, so the cap only matters where all three are hidden.
 */
final class TableEnumeration {

    /** One position in a published table an onlooker may try to work out. */
    record Spot(String what, int row, int column) {

        long in(long[][] cells) {
            long sum = 0;
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    boolean counted = switch (what) {
                        case "cell" -> r == row && c == column;
                        case "row total" -> r == row;
                        case "column total" -> c == column;
                        default -> true;
                    };
                    sum += counted ? cells[r][c] : 0;
                }
            }
            return sum;
        }

        @Override
        public String toString() {
            return switch (what) {
                case "cell" -> "cell (" + row + ", " + column + ")";
                case "row total" -> "total of row " + row;
                case "column total" -> "total of column " + column;
                default -> "grand total";
            };
        }
    }

    private static final long NONE = Long.MAX_VALUE / 8;
    /** More steps than this for one search is not expected of tables this small. */
    private static final long LIMIT = 50_000_000;

    private final int rows;
    private final int columns;
    private final long[][] low;
    private final long[][] high;
    /** Null when the table has no such totals. */
    private final long[][] rowBounds;
    private final long[][] columnBounds;
    private final long[] grandBounds;
    private final long cap;
    private final List<Spot> concealed;
    private long visited;

    private TableEnumeration(TableEnumeration other) {
        rows = other.rows;
        columns = other.columns;
        low = copy(other.low);
        high = copy(other.high);
        rowBounds = copy(other.rowBounds);
        columnBounds = copy(other.columnBounds);
        grandBounds = other.grandBounds.clone();
        cap = other.cap;
        concealed = other.concealed;
    }

    private static long[][] copy(long[][] array) {
        return array == null ? null : Arrays.stream(array).map(long[]::clone).toArray(long[][]::new);
    }

    TableEnumeration(PublishedTable table) {
        rows = table.rows().size();
        columns = table.columns().size();
        concealed = new ArrayList<>();
        long shown = 0;
        int small = 0;
        for (Cell cell : all(table)) {
            shown += cell.visible() ? cell.value() : 0;
            small += cell.shown() == PublishedTable.Shown.BELOW_FIVE ? 1 : 0;
        }
        cap = shown + 4L * small + 50;
        low = new long[rows][columns];
        high = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Cell cell = table.cells().get(r).get(c);
                low[r][c] = lower(cell);
                high[r][c] = Math.min(upper(cell), cap);
                remember(cell, new Spot("cell", r, c));
            }
        }
        rowBounds = table.hasRowTotals() ? new long[rows][] : null;
        for (int r = 0; rowBounds != null && r < rows; r++) {
            rowBounds[r] = bounds(table.rowTotals().get(r));
            remember(table.rowTotals().get(r), new Spot("row total", r, -1));
        }
        columnBounds = table.hasColumnTotals() ? new long[columns][] : null;
        for (int c = 0; columnBounds != null && c < columns; c++) {
            columnBounds[c] = bounds(table.columnTotals().get(c));
            remember(table.columnTotals().get(c), new Spot("column total", -1, c));
        }
        grandBounds = table.grandTotal() == null ? new long[]{0, NONE} : bounds(table.grandTotal());
        if (table.grandTotal() != null) {
            remember(table.grandTotal(), new Spot("grand total", -1, -1));
        }
    }

    private static List<Cell> all(PublishedTable table) {
        List<Cell> cells = new ArrayList<>();
        table.cells().forEach(cells::addAll);
        cells.addAll(table.rowTotals());
        cells.addAll(table.columnTotals());
        if (table.grandTotal() != null) {
            cells.add(table.grandTotal());
        }
        return cells;
    }

    private void remember(Cell cell, Spot spot) {
        if (!cell.visible()) {
            concealed.add(spot);
        }
    }

    private static long lower(Cell cell) {
        return switch (cell.shown()) {
            case VALUE -> cell.value();
            case BELOW_FIVE -> 0;
            case HIDDEN -> 5;
        };
    }

    private static long upper(Cell cell) {
        return switch (cell.shown()) {
            case VALUE -> cell.value();
            case BELOW_FIVE -> 4;
            case HIDDEN -> NONE;
        };
    }

    private static long[] bounds(Cell cell) {
        return new long[]{lower(cell), upper(cell)};
    }

    /** The positions shown as "&lt; 5" or "×". */
    List<Spot> concealed() {
        return List.copyOf(concealed);
    }

    /** The same search, among the tables in which the spot lies from one number to another only. */
    TableEnumeration narrowed(Spot spot, long from, long to) {
        TableEnumeration narrowed = new TableEnumeration(this);
        long[] bounds = switch (spot.what()) {
            case "cell" -> new long[]{narrowed.low[spot.row()][spot.column()],
                    narrowed.high[spot.row()][spot.column()]};
            case "row total" -> narrowed.rowBounds[spot.row()];
            case "column total" -> narrowed.columnBounds[spot.column()];
            default -> narrowed.grandBounds;
        };
        bounds[0] = Math.max(bounds[0], from);
        bounds[1] = Math.min(bounds[1], to);
        if (spot.what().equals("cell")) {
            narrowed.low[spot.row()][spot.column()] = bounds[0];
            narrowed.high[spot.row()][spot.column()] = bounds[1];
        }
        return narrowed;
    }

    /** The same search, among tables with exactly these cells (so at most that one table). */
    TableEnumeration pinned(long[][] cells) {
        TableEnumeration pinned = new TableEnumeration(this);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                pinned.low[r][c] = Math.max(pinned.low[r][c], cells[r][c]);
                pinned.high[r][c] = Math.min(pinned.high[r][c], cells[r][c]);
            }
        }
        return pinned;
    }

    /** Whether there is any consistent table at all (the search stops at the first). */
    boolean any() {
        return !each(cells -> false);
    }

    /**
     * Hands every consistent table (its cells; the totals are their sums) to the visitor, in turn, until it returns
     * false. Returns whether it ran to the end.
     */
    boolean each(Predicate<long[][]> visitor) {
        visited = 0;
        long[][] lowRest = new long[rows + 1][columns + 1];
        long[][] highRest = new long[rows + 1][columns + 1];
        long[][] lowBelow = new long[rows + 1][columns];
        long[][] highBelow = new long[rows + 1][columns];
        long[] lowAfter = new long[rows * columns + 1];
        long[] highAfter = new long[rows * columns + 1];
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = columns - 1; c >= 0; c--) {
                lowRest[r][c] = lowRest[r][c + 1] + low[r][c];
                highRest[r][c] = plus(highRest[r][c + 1], high[r][c]);
                lowBelow[r][c] = lowBelow[r + 1][c] + low[r][c];
                highBelow[r][c] = plus(highBelow[r + 1][c], high[r][c]);
                int k = r * columns + c;
                lowAfter[k] = lowAfter[k + 1] + low[r][c];
                highAfter[k] = plus(highAfter[k + 1], high[r][c]);
            }
        }
        return search(0, new long[rows][columns], new long[rows], new long[columns], 0, visitor,
                new long[][][]{lowRest, highRest, lowBelow, highBelow}, lowAfter, highAfter);
    }

    private boolean search(int k, long[][] cells, long[] rowSums, long[] columnSums, long total,
            Predicate<long[][]> visitor, long[][][] rest, long[] lowAfter, long[] highAfter) {
        if (++visited > LIMIT) {
            throw new AssertionError("expected a search through at most " + LIMIT + " partial tables");
        }
        if (k == rows * columns) {
            return visitor.test(cells);
        }
        int r = k / columns;
        int c = k % columns;
        long from = low[r][c];
        long to = high[r][c];
        if (rowBounds != null) {
            from = Math.max(from, rowBounds[r][0] - rowSums[r] - rest[1][r][c + 1]);
            to = Math.min(to, rowBounds[r][1] - rowSums[r] - rest[0][r][c + 1]);
        }
        if (columnBounds != null) {
            from = Math.max(from, columnBounds[c][0] - columnSums[c] - rest[3][r + 1][c]);
            to = Math.min(to, columnBounds[c][1] - columnSums[c] - rest[2][r + 1][c]);
        }
        from = Math.max(from, grandBounds[0] - total - highAfter[k + 1]);
        to = Math.min(to, grandBounds[1] - total - lowAfter[k + 1]);
        for (long x = from; x <= to; x++) {
            cells[r][c] = x;
            rowSums[r] += x;
            columnSums[c] += x;
            boolean going = search(k + 1, cells, rowSums, columnSums, total + x, visitor, rest, lowAfter, highAfter);
            rowSums[r] -= x;
            columnSums[c] -= x;
            if (!going) {
                return false;
            }
        }
        return true;
    }

    private static long plus(long a, long b) {
        return Math.min(NONE, a + b);
    }

}
