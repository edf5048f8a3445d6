package nl.xenia.portal.monitoring.control;

import java.util.ArrayList;
import java.util.List;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;

/**
 * The attacks an onlooker tries first on a table too large to enumerate, written apart from the production audit: (1)
 * any published sum with exactly one unknown member gives that member away; solve it, count it as known, repeat until
 * nothing changes; (2) narrow every unknown's range on every sum ("&lt; 5" is 0 to 4, "×" 5 or more) until no range
 * narrows any more, and see whether one shrank to a single number.
 *
 * <p>
 * The unknowns are numbered like the published table reads: the cells row by row, then the row totals, the column
 * totals and the grand total. A sum is written as its members with signs, adding up to zero (cells minus total).
 */
final class SimpleAttacks {

    /** An unknown's range; {@code high} at or above this is "no upper bound". */
    private static final long UNBOUNDED = 1L << 40;

    private final int rows;
    private final int columns;
    private final Cell[] published;
    private final List<int[]> sums = new ArrayList<>();
    private final List<int[]> signs = new ArrayList<>();

    SimpleAttacks(PublishedTable table) {
        rows = table.rows().size();
        columns = table.columns().size();
        int size = rows * columns + rows + columns + 1;
        published = new Cell[size];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                published[r * columns + c] = table.cells().get(r).get(c);
            }
        }
        int rowTotal = rows * columns;
        int columnTotal = rowTotal + rows;
        int grand = columnTotal + columns;
        if (table.hasRowTotals()) {
            for (int r = 0; r < rows; r++) {
                published[rowTotal + r] = table.rowTotals().get(r);
                List<Integer> members = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    members.add(r * columns + c);
                }
                sum(members, rowTotal + r);
            }
        }
        if (table.hasColumnTotals()) {
            for (int c = 0; c < columns; c++) {
                published[columnTotal + c] = table.columnTotals().get(c);
                List<Integer> members = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    members.add(r * columns + c);
                }
                sum(members, columnTotal + c);
            }
        }
        if (table.grandTotal() != null) {
            published[grand] = table.grandTotal();
            List<Integer> ofRows = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                ofRows.add(rowTotal + r);
            }
            sum(ofRows, grand);
            List<Integer> ofColumns = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                ofColumns.add(columnTotal + c);
            }
            sum(ofColumns, grand);
        }
    }

    private void sum(List<Integer> parts, int total) {
        int[] members = new int[parts.size() + 1];
        int[] sign = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            members[i] = parts.get(i);
            sign[i] = 1;
        }
        members[parts.size()] = total;
        sign[parts.size()] = -1;
        sums.add(members);
        signs.add(sign);
    }

    /** A name for an unknown, for messages. */
    String name(int unknown) {
        if (unknown < rows * columns) {
            return "cell (" + unknown / columns + ", " + unknown % columns + ")";
        }
        if (unknown < rows * columns + rows) {
            return "total of row " + (unknown - rows * columns);
        }
        if (unknown < rows * columns + rows + columns) {
            return "total of column " + (unknown - rows * columns - rows);
        }
        return "grand total";
    }

    private boolean concealed(int unknown) {
        return published[unknown] != null && !published[unknown].visible();
    }

    /** Attack 1: the concealed unknowns that sums with a single unknown give away, to a fixed point. */
    List<Integer> solvedByLoneUnknowns() {
        boolean[] known = new boolean[published.length];
        long[] value = new long[published.length];
        for (int u = 0; u < published.length; u++) {
            known[u] = published[u] != null && published[u].visible();
            value[u] = known[u] ? published[u].value() : 0;
        }
        List<Integer> solved = new ArrayList<>();
        for (boolean changed = true; changed;) {
            changed = false;
            for (int s = 0; s < sums.size(); s++) {
                int[] members = sums.get(s);
                int[] sign = signs.get(s);
                int unknown = -1;
                int unknowns = 0;
                long rest = 0;
                for (int i = 0; i < members.length; i++) {
                    if (known[members[i]]) {
                        rest += sign[i] * value[members[i]];
                    } else {
                        unknowns++;
                        unknown = i;
                    }
                }
                if (unknowns == 1) {
                    known[members[unknown]] = true;
                    value[members[unknown]] = -rest * sign[unknown];
                    solved.add(members[unknown]);
                    changed = true;
                }
            }
        }
        return solved;
    }

    /**
     * Attack 2: every unknown's range after narrowing on every sum until nothing narrows; {@code ranges[u] = {low,
     * high}}, high {@link #UNBOUNDED} or more for none.
     */
    long[][] narrowedRanges() {
        long[][] range = new long[published.length][];
        for (int u = 0; u < published.length; u++) {
            Cell cell = published[u];
            if (cell == null) {
                range[u] = new long[]{0, UNBOUNDED};
            } else {
                range[u] = switch (cell.shown()) {
                    case VALUE -> new long[]{cell.value(), cell.value()};
                    case BELOW_FIVE -> new long[]{0, 4};
                    case HIDDEN -> new long[]{5, UNBOUNDED};
                };
            }
        }
        for (int sweep = 0; sweep < 100_000; sweep++) {
            boolean changed = false;
            for (int s = 0; s < sums.size(); s++) {
                int[] members = sums.get(s);
                int[] sign = signs.get(s);
                for (int i = 0; i < members.length; i++) {
                    // sign[i] * x[i] = - (sum of the others' sign * x)
                    long othersLow = 0;
                    long othersHigh = 0;
                    for (int j = 0; j < members.length; j++) {
                        if (j != i) {
                            long[] other = range[members[j]];
                            othersLow += sign[j] > 0 ? other[0] : -other[1];
                            othersHigh += sign[j] > 0 ? other[1] : -other[0];
                        }
                    }
                    long low = sign[i] > 0 ? -othersHigh : othersLow;
                    long high = sign[i] > 0 ? -othersLow : othersHigh;
                    long[] mine = range[members[i]];
                    if (low > mine[0] && low > -UNBOUNDED / 2) {
                        mine[0] = low;
                        changed = true;
                    }
                    if (high < mine[1] && high < UNBOUNDED / 2) {
                        mine[1] = high;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return range;
            }
        }
        throw new AssertionError("expected the ranges to stop narrowing");
    }

    /** Attack 2's findings: the concealed unknowns whose range shrank to one number. */
    List<Integer> pinnedByRanges() {
        long[][] range = narrowedRanges();
        List<Integer> pinned = new ArrayList<>();
        for (int u = 0; u < published.length; u++) {
            if (concealed(u) && range[u][0] == range[u][1]) {
                pinned.add(u);
            }
        }
        return pinned;
    }

    /** The true values in the same numbering, to check the attack itself: the truth is always within its ranges. */
    static long[] truth(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[] values = new long[rows * columns + rows + columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = counts[r][c];
                values[rows * columns + r] += counts[r][c];
                values[rows * columns + rows + c] += counts[r][c];
                values[values.length - 1] += counts[r][c];
            }
        }
        return values;
    }
}
