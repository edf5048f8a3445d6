package nl.xenia.portal.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;

/**
 * For tests of a component's monitoring source on a database that holds other data too: what a test's own items
 * changed in a section's raw figures, from a snapshot taken before to one taken after. Only rows that changed are
 * kept, so a test states every change it expects, and a change in a cell it did not expect fails it. Rows are named by
 * their label's value (a bundle key, a name, a language code): an assertion's values travel from the server to the
 * test's report, and a {@link Label} cannot.
 */
public final class FigureDeltas {

    private FigureDeltas() {
    }

    /** The section's table with this id. */
    public static FigureTable table(FigureSection section, String id) {
        return section.tables().stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("expected a table " + id + " in " + section.id()));
    }

    /**
     * The rows of the table that changed from {@code before} to {@code after} by their label's value, each as after
     * minus before per column (a row missing on one side counts as zeros there).
     */
    public static Map<String, List<Long>> changed(FigureSection before, FigureSection after, String id) {
        FigureTable was = table(before, id);
        FigureTable is = table(after, id);
        if (!was.columns().equals(is.columns())) {
            throw new AssertionError("expected the same columns in both snapshots of " + id);
        }
        Set<Label> rows = new LinkedHashSet<>(was.rows());
        rows.addAll(is.rows());
        Map<String, List<Long>> changed = new TreeMap<>();
        for (Label row : rows) {
            List<Long> difference = new ArrayList<>();
            boolean any = false;
            for (int column = 0; column < is.columns().size(); column++) {
                long delta = count(is, row, column) - count(was, row, column);
                difference.add(delta);
                any |= delta != 0;
            }
            if (any) {
                changed.put(row.value(), List.copyOf(difference));
            }
        }
        return changed;
    }

    /** The channel's counts per month, after minus before. */
    public static List<Long> channel(FigureSection before, FigureSection after) {
        long[] was = before.channel().perMonth();
        long[] is = after.channel().perMonth();
        List<Long> difference = new ArrayList<>();
        for (int month = 0; month < is.length; month++) {
            difference.add(is[month] - was[month]);
        }
        return difference;
    }

    /** The count in a row (by its label) and column; zero when the table has no such row. */
    public static long count(FigureTable table, Label row, int column) {
        int index = table.rows().indexOf(row);
        return index < 0 ? 0 : table.count(index, column);
    }

    /** A row of counts, one per column ({@code row(0, 2, 0, 1)}). */
    public static List<Long> row(long... counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
