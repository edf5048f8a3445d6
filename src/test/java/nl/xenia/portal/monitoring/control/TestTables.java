package nl.xenia.portal.monitoring.control;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;

/** Made-up tables of counts for the suppression tests (no real figures). */
final class TestTables {

    private TestTables() {
    }

    static FigureTable table(long[][] counts, boolean rowTotals, boolean columnTotals) {
        int columns = counts.length == 0 ? 0 : counts[0].length;
        List<Label> rowLabels = IntStream.range(0, counts.length).mapToObj(r -> Label.text("row " + r)).toList();
        List<Label> columnLabels = IntStream.range(0, columns).mapToObj(c -> Label.text("column " + c)).toList();
        return new FigureTable("test-table", "office.test.title", "office.test.rows", rowLabels, columnLabels, counts,
                rowTotals, columnTotals, FigureTable.Chart.NONE);
    }

    static FigureTable table(long[][] counts) {
        return table(counts, true, true);
    }

    /** Uniform counts from 0 to {@code max}. */
    static long[][] uniform(Random random, int rows, int columns, int max) {
        long[][] counts = new long[rows][columns];
        for (long[] row : counts) {
            Arrays.setAll(row, c -> random.nextInt(max + 1));
        }
        return counts;
    }

    /**
     * Counts as monitoring tables have them: mostly none, many small, a few larger (the share of zeros given, then a
     * third of the rest 1 to 4 and the others 5 to 40).
     */
    static long[][] sparse(Random random, int rows, int columns, double zeros) {
        long[][] counts = new long[rows][columns];
        for (long[] row : counts) {
            Arrays.setAll(row, c -> {
                double draw = random.nextDouble();
                if (draw < zeros) {
                    return 0;
                }
                return draw < zeros + (1 - zeros) / 3 ? 1 + random.nextInt(4) : 5 + random.nextInt(36);
            });
        }
        return counts;
    }
}
