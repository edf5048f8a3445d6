package nl.xenia.portal.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Shown;
import org.junit.jupiter.api.Test;

class TableSuppressionTest {

    @Test
    void everyShownCountIsTrueAndOnlyCountsBelowFiveAreShownAsBelowFive() {
        Random random = new Random(5);
        boolean[][] totals = {{true, true}, {true, false}, {false, true}, {false, false}};
        for (int n = 0; n < 500; n++) {
            long[][] counts = n % 2 == 0
                    ? TestTables.uniform(random, 1 + random.nextInt(8), 1 + random.nextInt(13), 12)
                    : TestTables.sparse(random, 1 + random.nextInt(20), 1 + random.nextInt(13), 0.6);
            boolean[] kinds = totals[n % 4];
            PublishedTable published = TableSuppression.publish(TestTables.table(counts, kinds[0], kinds[1]));
            List<Cell> cells = new ArrayList<>();
            List<Long> truth = new ArrayList<>();
            long grand = 0;
            long[] columnSums = new long[counts[0].length];
            for (int r = 0; r < counts.length; r++) {
                long rowSum = 0;
                for (int c = 0; c < counts[r].length; c++) {
                    cells.add(published.cells().get(r).get(c));
                    truth.add(counts[r][c]);
                    rowSum += counts[r][c];
                    columnSums[c] += counts[r][c];
                }
                if (kinds[0]) {
                    cells.add(published.rowTotals().get(r));
                    truth.add(rowSum);
                }
                grand += rowSum;
            }
            for (int c = 0; kinds[1] && c < columnSums.length; c++) {
                cells.add(published.columnTotals().get(c));
                truth.add(columnSums[c]);
            }
            if (kinds[0] && kinds[1]) {
                cells.add(published.grandTotal());
                truth.add(grand);
            } else {
                assertNull(published.grandTotal(), "expected no grand total without both kinds of totals");
            }
            for (int k = 0; k < cells.size(); k++) {
                Cell cell = cells.get(k);
                long value = truth.get(k);
                assertEquals(value < TableSuppression.THRESHOLD, cell.shown() == Shown.BELOW_FIVE,
                        "expected exactly the counts below five shown as \"< 5\" (table " + n + ")");
                if (cell.visible()) {
                    assertEquals(value, cell.value(), "expected a shown count to be the true count (table " + n + ")");
                } else {
                    assertNull(cell.value(), "expected a hidden cell to carry no value");
                }
                if (cell.shown() == Shown.HIDDEN) {
                    assertTrue(value >= TableSuppression.THRESHOLD, "expected \"×\" only for five or more");
                }
            }
            if (!kinds[0] && !kinds[1]) {
                assertTrue(cells.stream().noneMatch(cell -> cell.shown() == Shown.HIDDEN),
                        "expected nothing hidden beyond \"< 5\" in a table without totals");
            }
        }
    }

    @Test
    void aTableWithoutColumnTotalsHidesASecondCellInTheRowOfASmallOne() {
        PublishedTable published = TableSuppression.publish(TestTables.table(new long[][]{{3, 10, 12}, {8, 9, 11}},
                true, false));
        // 3 alone would be 25 - 10 - 12; the smallest other cell of its row, 10, is hidden with it
        assertEquals("<5 x 12 | 25\n8 9 11 | 28\n", show(published), "expected 10 hidden beside the 3");
        assertTrue(published.columnTotals().isEmpty(), "expected no column totals");
        assertNull(published.grandTotal(), "expected no grand total");
    }

    @Test
    void aTableWithoutTotalsShowsOnlyItsSmallCellsAsBelowFive() {
        PublishedTable published = TableSuppression.publish(TestTables.table(new long[][]{{3, 10}, {0, 7}}, false,
                false));
        assertEquals("<5 10\n<5 7\n", show(published), "expected the small cells as \"< 5\" and nothing else hidden");
        assertTrue(published.rowTotals().isEmpty() && published.columnTotals().isEmpty(), "expected no totals");
    }

    @Test
    void aLoneSmallCellIsHiddenWithTheCheapestRectangleRoundIt() {
        PublishedTable published = TableSuppression.publish(TestTables.table(new long[][]{{3, 10, 12}, {8, 9, 11},
                {7, 6, 20}}));
        // no single cell more frees the 3 (its row and its column both need a second one, and so do theirs); of the
        // rectangles through it, the one with 10, 7 and 6 hides the least
        assertEquals("<5 x 12 | 25\n8 9 11 | 28\nx x 20 | 33\n18 25 43 | 86\n", show(published),
                "expected the 3 hidden with 10, 7 and 6");
    }

    @Test
    void totalsBelowFiveAreShownAsBelowFiveAndTheirRowHidesMore() {
        PublishedTable published = TableSuppression.publish(TestTables.table(new long[][]{{4, 4}, {9, 12}}));
        assertEquals(Shown.HIDDEN, published.rowTotals().get(0).shown(), "expected a total of 8 from two cells of "
                + "four hidden: shown, it would give both fours away");
    }

    @Test
    void publishingIsQuickEnough() {
        // Not a timed assertion (machines differ): the times are printed, for the report; the tables are attacked
        // as in SuppressionAttackTest so that this test can fail too.
        Random random = new Random(2026);
        int[][] report = {{12, 12}, {8, 12}, {18, 12}, {11, 12}, {6, 12}, {4, 12}, {6, 4}, {5, 4}, {4, 13}, {3, 13},
                {20, 13}, {18, 4}, {12, 13}, {9, 4}, {18, 4}, {7, 13}, {5, 12}, {2, 12}, {18, 13}, {10, 4}};
        List<FigureTable> tables = new ArrayList<>();
        for (int[] shape : report) {
            tables.add(TestTables.table(TestTables.sparse(random, shape[0], shape[1], 0.75)));
        }
        FigureTable largest = TestTables.table(TestTables.sparse(random, 20, 13, 0.8));
        for (int warm = 0; warm < 5; warm++) {
            tables.forEach(TableSuppression::publish);
        }
        long start = System.nanoTime();
        List<PublishedTable> published = tables.stream().map(TableSuppression::publish).toList();
        long whole = System.nanoTime() - start;
        start = System.nanoTime();
        TableSuppression.publish(largest);
        long alone = System.nanoTime() - start;
        System.out.printf("suppression: %d tables in %d ms; a 20 x 13 table in %d ms%n", tables.size(),
                whole / 1_000_000, alone / 1_000_000);
        for (PublishedTable table : published) {
            SimpleAttacks onlooker = new SimpleAttacks(table);
            assertTrue(onlooker.solvedByLoneUnknowns().isEmpty() && onlooker.pinnedByRanges().isEmpty(),
                    "expected no hidden cell recovered");
        }
        FigureTable sparse = TestTables.table(TestTables.sparse(new Random(18), 18, 4, 0.75));
        PublishedTable typical = TableSuppression.publish(sparse);
        long below = typical.cells().stream().flatMap(List::stream).filter(c -> c.shown() == Shown.BELOW_FIVE)
                .count();
        long hidden = typical.cells().stream().flatMap(List::stream).filter(c -> c.shown() == Shown.HIDDEN).count();
        long totalsHidden = concealedTotals(typical);
        System.out.printf("a sparse 18 x 4 table: %d of 72 cells \"< 5\", %d more hidden as \"×\", %d of 23 totals "
                + "hidden%n%s", below, hidden, totalsHidden, SuppressionAttackTest.show(typical));
    }

    private static long concealedTotals(PublishedTable table) {
        List<Cell> totals = new ArrayList<>(table.rowTotals());
        totals.addAll(table.columnTotals());
        totals.add(table.grandTotal());
        return totals.stream().filter(cell -> !cell.visible()).count();
    }

    /** The table as text: cells by spaces, then " | " and the row total; the column totals last. */
    private static String show(PublishedTable table) {
        return SuppressionAttackTest.show(table).lines().map(line -> line.replace("\t| ", " | ").replace('\t', ' '))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
