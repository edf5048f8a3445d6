package nl.xenia.portal.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import org.junit.jupiter.api.Test;

/**
 * Tries to recover every hidden cell of published tables, the way an onlooker could, and fails: no cell shown as
 * "&lt; 5" or "×" (nor a hidden total) can be worked out. Small tables are attacked by trying every table consistent
 * with what is published ({@link TableEnumeration}); large ones with the attacks anyone tries first
 * ({@link SimpleAttacks}). Neither uses the production audit.
 */
class SuppressionAttackTest {

    @Test
    void noHiddenCellOfARandomSmallTableCanBeWorkedOutByTryingEveryTable() {
        Random random = new Random(17);
        for (int n = 0; n < 600; n++) {
            int rows = 1 + random.nextInt(4);
            int columns = 1 + random.nextInt(4);
            long[][] counts = switch (n % 3) {
                case 0 -> TestTables.uniform(random, rows, columns, 15);
                case 1 -> TestTables.uniform(random, rows, columns, 7);
                default -> TestTables.sparse(random, rows, columns, 0.4);
            };
            // mostly with both totals, as most monitoring tables have them; some with one kind or none
            int shape = random.nextInt(8);
            boolean rowTotals = shape != 1 && shape != 3;
            boolean columnTotals = shape != 2 && shape != 3;
            attackByTryingEveryTable("random table " + n, TestTables.table(counts, rowTotals, columnTotals));
        }
    }

    @Test
    void noHiddenCellOfATrickyTableCanBeWorkedOutByTryingEveryTable() {
        Map<String, long[][]> tricky = new LinkedHashMap<>();
        tricky.put("a single small cell in a row", new long[][]{{3, 10, 12}, {8, 9, 11}, {7, 6, 20}});
        tricky.put("a single small cell in the whole table", new long[][]{{9, 10, 12}, {8, 2, 11}, {7, 6, 20}});
        tricky.put("a row of zeros", new long[][]{{0, 0, 0}, {5, 8, 9}, {12, 7, 6}});
        tricky.put("a column with one non-zero", new long[][]{{0, 7, 9}, {0, 8, 6}, {6, 5, 9}});
        tricky.put("a column with one small non-zero", new long[][]{{0, 7, 9}, {0, 8, 6}, {2, 5, 9}});
        tricky.put("everything small", new long[][]{{1, 2, 0, 3}, {3, 1, 4, 0}, {0, 2, 2, 1}, {4, 4, 0, 2}});
        tricky.put("everything four", new long[][]{{4, 4, 4}, {4, 4, 4}, {4, 4, 4}});
        tricky.put("everything zero", new long[][]{{0, 0, 0}, {0, 0, 0}});
        tricky.put("a row total below five", new long[][]{{1, 0, 2}, {6, 7, 8}, {9, 5, 6}});
        tricky.put("all totals below five", new long[][]{{1, 0}, {0, 2}});
        tricky.put("two small cells adding up to a shown five", new long[][]{{4, 1}, {9, 12}});
        tricky.put("a hidden five that the others pin", new long[][]{{5, 0, 0}, {5, 9, 7}});
        tricky.put("one row", new long[][]{{3, 8, 12, 6}});
        tricky.put("one row, one small cell among zeros", new long[][]{{0, 0, 3, 0}});
        tricky.put("one column", new long[][]{{3}, {8}, {12}, {6}});
        tricky.put("one cell", new long[][]{{3}});
        tricky.put("one cell of nine", new long[][]{{9}});
        tricky.put("small cells on a diagonal", new long[][]{{1, 9, 9, 9}, {9, 2, 9, 9}, {9, 9, 3, 9}, {9, 9, 9, 4}});
        tricky.put("small cells in a corner", new long[][]{{1, 2, 9, 9}, {3, 4, 9, 9}, {9, 9, 9, 9}, {9, 9, 9, 9}});
        tricky.put("one large cell among zeros", new long[][]{{0, 0, 0}, {0, 40, 0}, {0, 0, 0}});
        for (Map.Entry<String, long[][]> table : tricky.entrySet()) {
            attackByTryingEveryTable(table.getKey(), TestTables.table(table.getValue()));
            attackByTryingEveryTable(table.getKey() + ", without column totals",
                    TestTables.table(table.getValue(), true, false));
            attackByTryingEveryTable(table.getKey() + ", without row totals",
                    TestTables.table(table.getValue(), false, true));
        }
    }

    @Test
    void noHiddenCellOfALargeSparseTableFallsToTheSimpleAttacks() {
        Random random = new Random(2032);
        int[][] shapes = {{18, 4}, {12, 13}, {18, 13}, {20, 13}, {6, 13}, {18, 1}, {1, 13}};
        int attacked = 0;
        for (int[] shape : shapes) {
            for (double zeros : new double[]{0.3, 0.6, 0.85}) {
                for (int n = 0; n < 6; n++) {
                    long[][] counts = TestTables.sparse(random, shape[0], shape[1], zeros);
                    boolean columnTotals = n != 5;
                    attackWithTheSimpleAttacks(shape[0] + "x" + shape[1] + " table " + n + " (zeros " + zeros + ")",
                            counts, TestTables.table(counts, true, columnTotals));
                    attacked++;
                }
            }
        }
        assertTrue(attacked > 100, "expected over a hundred large tables attacked");
    }

    /**
     * Every table consistent with the published one: the true table is among them, and every hidden cell takes at
     * least two values across them. Asked as the onlooker would: for each hidden cell, is there a consistent table
     * in which it is not what it truly is? (The search runs through every consistent table of that kind and stops at
     * the first; with the true table consistent, a yes for every cell is the same as "two values each".)
     */
    private static void attackByTryingEveryTable(String name, FigureTable table) {
        PublishedTable published = TableSuppression.publish(table);
        long[][] truth = table.counts();
        TableEnumeration onlooker = new TableEnumeration(published);
        assertTrue(onlooker.pinned(truth).any(),
                name + ": expected the true table among the tables consistent with the published one\n"
                        + show(published));
        List<String> workedOut = new ArrayList<>();
        for (TableEnumeration.Spot spot : onlooker.concealed()) {
            long value = spot.in(truth);
            boolean below = onlooker.narrowed(spot, Long.MIN_VALUE, value - 1).any();
            boolean above = below || onlooker.narrowed(spot, value + 1, Long.MAX_VALUE).any();
            if (!below && !above) {
                workedOut.add(spot + " is always " + value);
            }
        }
        assertTrue(workedOut.isEmpty(), name + ": expected no hidden cell to be worked out, but in every consistent "
                + "table " + workedOut + "\n" + Arrays.deepToString(truth) + "\n" + show(published));
    }

    private static void attackWithTheSimpleAttacks(String name, long[][] counts, FigureTable table) {
        PublishedTable published = TableSuppression.publish(table);
        SimpleAttacks onlooker = new SimpleAttacks(published);
        List<Integer> solved = onlooker.solvedByLoneUnknowns();
        long[] truth = SimpleAttacks.truth(counts);
        assertTrue(solved.stream().noneMatch(u -> published(published, u)), name
                + ": expected no hidden cell given away by a sum with one unknown, but "
                + solved.stream().filter(u -> published(published, u)).map(onlooker::name).toList() + "\n"
                + show(published));
        long[][] ranges = onlooker.narrowedRanges();
        for (int u = 0; u < truth.length; u++) {
            if (published(published, u)) {
                assertTrue(ranges[u][0] <= truth[u] && truth[u] <= ranges[u][1],
                        name + ": expected the attack's range for " + onlooker.name(u) + " to hold the truth");
            }
        }
        List<Integer> pinned = onlooker.pinnedByRanges();
        assertTrue(pinned.isEmpty(),
                name + ": expected no hidden cell narrowed to one number, but "
                        + pinned.stream().map(u -> onlooker.name(u) + " = " + ranges[u][0]).toList() + "\n"
                        + show(published));
    }

    /** Whether the unknown (numbered as in {@link SimpleAttacks}) is published at all. */
    private static boolean published(PublishedTable table, int unknown) {
        int cells = table.rows().size() * table.columns().size();
        if (unknown < cells) {
            return true;
        }
        if (unknown < cells + table.rows().size()) {
            return table.hasRowTotals();
        }
        if (unknown < cells + table.rows().size() + table.columns().size()) {
            return table.hasColumnTotals();
        }
        return table.grandTotal() != null;
    }

    /** The published table as text, for failure messages. */
    static String show(PublishedTable table) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.rows().size(); r++) {
            text.append(table.cells().get(r).stream().map(SuppressionAttackTest::show).collect(Collectors.joining(
                    "\t")));
            if (table.hasRowTotals()) {
                text.append("\t| ").append(show(table.rowTotals().get(r)));
            }
            text.append('\n');
        }
        if (table.hasColumnTotals()) {
            text.append(table.columnTotals().stream().map(SuppressionAttackTest::show).collect(Collectors.joining(
                    "\t")));
            if (table.grandTotal() != null) {
                text.append("\t| ").append(show(table.grandTotal()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String show(PublishedTable.Cell cell) {
        return switch (cell.shown()) {
            case VALUE -> String.valueOf(cell.value());
            case BELOW_FIVE -> "<5";
            case HIDDEN -> "x";
        };
    }
}
