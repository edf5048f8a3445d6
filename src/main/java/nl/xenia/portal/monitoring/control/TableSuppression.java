package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;

/**
 * Small-cell suppression of one table with its totals, so that no one is singled out.
 *
 * <p>
 * <b>The rule, in plain words.</b> A count of fewer than five people (none at all included) is never shown: it is
 * printed as "&lt; 5", which says only that the count lies between 0 and 4. This goes for the totals too. The cells
 * of a row add up to the row's total and those of a column to the column's, so a "&lt; 5" could often still be worked
 * out by subtracting the other cells from the total. Therefore more cells are hidden, printed as "×": a "×" is a
 * count of five or more, hidden only so that the cells below five cannot be worked out. Cells are hidden until not
 * one hidden cell, neither "&lt; 5" nor "×", can be worked out exactly from what the table shows: the visible counts
 * and totals, the fact that they add up, and what "&lt; 5" and "×" say of a cell. A hidden cell might still be
 * narrowed down to a range, but never to one number.
 *
 * <p>
 * <b>How.</b> First every count and total below {@link #THRESHOLD} becomes "&lt; 5". Then an audit looks for a hidden
 * cell that takes the same value in every table consistent with what would be published; when it finds one, one more
 * cell is hidden as "×": the smallest shown cell in the same row or column whose hiding lets the found cell vary,
 * cells before totals; failing that the smallest anywhere that does; when no single cell does, the shown cells on the
 * cheapest cycle through it (a cell costs its count, a total more than any cells, the grand total the most). Then the
 * audit runs again, until it finds nothing. Hiding more never lets a cell that varied be worked out again, and with
 * everything hidden nothing can be, so this ends. A table without totals needs only the first step.
 *
 * <p>
 * The audit ({@link CellNetwork}) proves each hidden cell safe by constructing a second consistent table in which it
 * differs by one and checking it against every published number and sum; a cell for which no such table exists is
 * worked out exactly, which a linear programme ({@link LinearAudit}, the cell's minimum and maximum) confirms before
 * another cell is hidden for it. The audit assumes nothing else of an onlooker (not, for example, knowledge of how the
 * extra cells were chosen).
 */
public final class TableSuppression {

    /** Counts below this are never shown. */
    public static final int THRESHOLD = 5;

    /** What hiding a total costs beyond its count, and the grand total: more than any cells, more than any totals. */
    private static final long TOTAL_COST = 1L << 32;
    private static final long GRAND_TOTAL_COST = 1L << 50;

    private static final Logger LOG = Logger.getLogger(TableSuppression.class.getName());

    private TableSuppression() {
    }

    /** The table as it may be published: no hidden cell in it can be worked out exactly. */
    public static PublishedTable publish(FigureTable table) {
        CellNetwork network = new CellNetwork(table);
        if (table.rowTotals() || table.columnTotals()) {
            // A cell once shown to vary keeps varying when more is hidden (the second table still fits), so each
            // audit looks only at the cells not yet shown to.
            boolean[] varies = new boolean[network.arcs()];
            for (int arc = firstDetermined(network, varies, table.id()); arc >= 0; arc = firstDetermined(network,
                    varies, table.id())) {
                List<Integer> chosen = complement(network, arc);
                if (chosen == null) {
                    // Not seen to happen (CellNetworkTest): with everything hidden, every cell has a cycle to move on.
                    throw new IllegalStateException("table " + table.id() + " cannot be suppressed safely");
                }
                chosen.forEach(network::hide);
            }
        }
        return published(table, network);
    }

    /** The first hidden cell (or total) that can be worked out exactly, or -1 when there is none. */
    private static int firstDetermined(CellNetwork network, boolean[] varies, String id) {
        for (int arc = 0; arc < network.arcs(); arc++) {
            if (!network.concealed(arc) || varies[arc]) {
                continue;
            }
            varies[arc] = !network.determined(arc);
            if (!varies[arc]) {
                if (!LinearAudit.determined(network, arc)) {
                    // Never expected: the two audits are both exact; the careful side is to hide more.
                    int cell = arc;
                    LOG.warning(() -> "table " + id + ": the linear programme lets cell " + cell
                            + " vary where the network finds no way; hiding more");
                }
                return arc;
            }
        }
        return -1;
    }

    /**
     * The shown cells to hide next for a cell that can be worked out: the smallest single cell in its row or column
     * that lets it vary; else the smallest such anywhere; else the cells of the cheapest cycle through it. Null when
     * nothing would do.
     */
    private static List<Integer> complement(CellNetwork network, int determined) {
        Comparator<Integer> preferred = Comparator.<Integer>comparingInt(arc -> rank(network.kind(arc)))
                .thenComparingLong(network::value).thenComparingInt(arc -> arc);
        List<Integer> near = network.neighbours(determined).stream().filter(network::visible).sorted(preferred)
                .toList();
        for (int candidate : near) {
            if (frees(network, determined, candidate)) {
                return List.of(candidate);
            }
        }
        List<Integer> all = IntStream.range(0, network.arcs()).filter(network::visible).boxed().sorted(preferred)
                .toList();
        for (int candidate : all) {
            if (frees(network, determined, candidate)) {
                return List.of(candidate);
            }
        }
        // No single cell does: hide a whole cycle through the cell, its cost counting each cell by its count, a row
        // or column total as more than any cells could (totals are what readers look for first), the grand total
        // as more than any totals.
        List<Integer> cycle = network.cheapestCycle(determined, arc -> switch (network.kind(arc)) {
            case CELL -> network.value(arc);
            case ROW_TOTAL, COLUMN_TOTAL -> TOTAL_COST + network.value(arc);
            case GRAND_TOTAL -> GRAND_TOTAL_COST;
        });
        return cycle == null || cycle.isEmpty() ? null : cycle;
    }

    private static int rank(CellNetwork.Kind kind) {
        return switch (kind) {
            case CELL -> 0;
            case ROW_TOTAL, COLUMN_TOTAL -> 1;
            case GRAND_TOTAL -> 2;
        };
    }

    /** Whether hiding the candidate lets the determined cell vary. */
    private static boolean frees(CellNetwork network, int determined, int candidate) {
        network.hide(candidate);
        boolean freed = !network.determined(determined);
        network.unhide(candidate);
        return freed;
    }

    private static PublishedTable published(FigureTable table, CellNetwork network) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < network.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < network.columns(); c++) {
                row.add(cell(network, network.cell(r, c)));
            }
            cells.add(row);
        }
        List<Cell> rowTotals = new ArrayList<>();
        if (network.hasRowTotals()) {
            for (int r = 0; r < network.rows(); r++) {
                rowTotals.add(cell(network, network.rowTotal(r)));
            }
        }
        List<Cell> columnTotals = new ArrayList<>();
        if (network.hasColumnTotals()) {
            for (int c = 0; c < network.columns(); c++) {
                columnTotals.add(cell(network, network.columnTotal(c)));
            }
        }
        Cell grandTotal = network.published(network.grandTotal()) ? cell(network, network.grandTotal()) : null;
        return new PublishedTable(table.id(), table.titleKey(), table.rowsKey(), table.rows(), table.columns(), cells,
                rowTotals, columnTotals, grandTotal, table.chart());
    }

    private static Cell cell(CellNetwork network, int arc) {
        return switch (network.shown(arc)) {
            case VALUE -> Cell.of(network.value(arc));
            case BELOW_FIVE -> Cell.belowFive();
            case HIDDEN -> Cell.hidden();
        };
    }
}
