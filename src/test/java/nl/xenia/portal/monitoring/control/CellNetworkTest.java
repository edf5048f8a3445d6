package nl.xenia.portal.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The production audit: its two exact checks agree, its second tables fit, and hiding everything always suffices. */
class CellNetworkTest {

    private static final boolean[][] TOTALS = {{true, true}, {true, false}, {false, true}};

    @Test
    void theNetworkAndTheLinearProgrammeAgreeOnEveryHiddenCell() {
        Random random = new Random(11);
        int compared = 0;
        int determined = 0;
        for (int n = 0; n < 150; n++) {
            long[][] counts = n % 2 == 0
                    ? TestTables.uniform(random, 1 + random.nextInt(5), 1 + random.nextInt(6), 9)
                    : TestTables.sparse(random, 1 + random.nextInt(8), 1 + random.nextInt(6), 0.6);
            boolean[] totals = TOTALS[n % 3];
            CellNetwork network = new CellNetwork(TestTables.table(counts, totals[0], totals[1]));
            for (int arc = 0; arc < network.arcs(); arc++) {
                if (network.visible(arc) && random.nextDouble() < 0.3) {
                    network.hide(arc);
                }
            }
            for (int arc = 0; arc < network.arcs(); arc++) {
                if (network.concealed(arc)) {
                    double[] range = LinearAudit.range(network, arc);
                    boolean single = range[1] - range[0] <= LinearAudit.TOLERANCE;
                    assertEquals(single, network.determined(arc), "table " + n + ", arc " + arc + ": expected the "
                            + "network to find the range " + Arrays.toString(range) + " as the linear programme");
                    assertEquals(single, LinearAudit.determined(network, arc),
                            "table " + n + ", arc " + arc + ": expected the row-and-column first step to agree");
                    compared++;
                    determined += single ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 1000 && determined > 100 && compared - determined > 100,
                "expected many cells of both kinds compared, got " + determined + " of " + compared + " worked out");
    }

    @Test
    void aSecondTableFitsWhatIsPublishedAndDiffersInItsCellByOne() {
        Random random = new Random(12);
        for (int n = 0; n < 200; n++) {
            long[][] counts = TestTables.sparse(random, 1 + random.nextInt(6), 1 + random.nextInt(6), 0.5);
            CellNetwork network = new CellNetwork(TestTables.table(counts, true, n % 2 == 0));
            for (int arc = 0; arc < network.arcs(); arc++) {
                if (network.visible(arc) && random.nextDouble() < 0.2) {
                    network.hide(arc);
                }
            }
            for (int arc = 0; arc < network.arcs(); arc++) {
                long[] second = network.concealed(arc) ? network.witness(arc) : null;
                if (second != null) {
                    assertTrue(network.consistent(second), "expected the second table to fit what is published");
                    assertEquals(1, Math.abs(second[arc] - network.value(arc)), "expected it to differ by one");
                }
            }
        }
    }

    @Test
    void withEverythingHiddenNothingCanBeWorkedOut() {
        // every table up to 2 x 3 with counts from these (each side of every bound: 0, 4, 5, and one well inside),
        // and random larger ones: the suppression loop ends there at the latest, so it must be safe
        long[] counts = {0, 1, 4, 5, 6, 12};
        for (int rows = 1; rows <= 2; rows++) {
            for (int columns = 1; columns <= 3; columns++) {
                int cells = rows * columns;
                for (int code = 0; code < Math.pow(counts.length, cells); code++) {
                    long[][] table = new long[rows][columns];
                    for (int k = 0, rest = code; k < cells; k++, rest /= counts.length) {
                        table[k / columns][k % columns] = counts[rest % counts.length];
                    }
                    for (boolean[] totals : TOTALS) {
                        assertNothingWorkedOut(everythingHidden(table, totals), Arrays.deepToString(table));
                    }
                }
            }
        }
        Random random = new Random(13);
        for (int n = 0; n < 3000; n++) {
            long[][] table = TestTables.uniform(random, 1 + random.nextInt(5), 1 + random.nextInt(5), 1 + n % 9);
            CellNetwork network = everythingHidden(table, TOTALS[n % 3]);
            assertNothingWorkedOut(network, Arrays.deepToString(table));
            if (n % 30 == 0) {
                for (int arc = 0; arc < network.arcs(); arc++) {
                    if (network.concealed(arc)) {
                        assertFalse(LinearAudit.determined(network, arc), "expected the linear programme to agree");
                    }
                }
            }
        }
    }

    private static CellNetwork everythingHidden(long[][] counts, boolean[] totals) {
        CellNetwork network = new CellNetwork(TestTables.table(counts, totals[0], totals[1]));
        for (int arc = 0; arc < network.arcs(); arc++) {
            if (network.visible(arc)) {
                network.hide(arc);
            }
        }
        return network;
    }

    private static void assertNothingWorkedOut(CellNetwork network, String table) {
        for (int arc = 0; arc < network.arcs(); arc++) {
            if (network.concealed(arc)) {
                assertNotNull(network.witness(arc),
                        table + ": expected arc " + arc + " to vary with everything hidden");
            }
        }
    }
}
