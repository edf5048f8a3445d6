package nl.xenia.portal.monitoring.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Shown;

/**
 * One table during suppression: its true counts and how each is going to be shown, with the table's additivity read
 * as a flow network. A source node feeds each row node through the row's total, a row node feeds each column node
 * through a cell, each column node feeds a sink node through the column's total, and the grand total flows from the
 * sink back to the source; "flow in = flow out" at a row node is "the row's cells add up to its total", and so on.
 * A total the table does not publish is an arc that may carry anything from zero up, which is the same as leaving its
 * equation out.
 *
 * <p>
 * The arcs are numbered: the cells row by row ({@code row * columns + column}), then the row totals, the column
 * totals and the grand total. Every arc's value is its true count (an unpublished total's too: the sum). What an
 * onlooker knows of an arc are its bounds: a shown value exactly, "&lt; 5" from 0 to 4, "×" 5 or more, an unpublished
 * total 0 or more.
 *
 * <p>
 * A hidden arc can be worked out exactly when it takes the same value in every table consistent with what is
 * published. It cannot when there is a <em>witness</em>: a cycle through it along which every arc has room to move by
 * one (up where it is traversed forwards, down backwards). Pushing one unit round that cycle gives a second
 * consistent table in which the arc differs by one; {@link #witness} builds that table and checks it against every
 * published bound and sum before it counts. Conversely, when there is no such cycle the arc is the same in every
 * consistent table (any two feasible flows differ by a sum of such cycles), so the search is exact; the linear
 * programme in {@link LinearAudit} confirms it for the cells it finds none for.
 */
final class CellNetwork {

    enum Kind {
        CELL, ROW_TOTAL, COLUMN_TOTAL, GRAND_TOTAL
    }

    /** How an arc is shown, with {@code null} for a total the table does not publish. */
    private final Shown[] shown;
    private final long[] values;
    private final int[] from;
    private final int[] to;
    private final Kind[] kinds;
    /** The arcs at each node, and whether the node's sum is published. */
    private final int[][] incident;
    private final boolean[] publishedSum;
    private final int rows;
    private final int columns;
    private final boolean rowTotals;
    private final boolean columnTotals;

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    /** The table after the primary step: every count and published total below the threshold as "&lt; 5". */
    CellNetwork(FigureTable table) {
        rows = table.rows().size();
        columns = table.columns().size();
        rowTotals = table.rowTotals();
        columnTotals = table.columnTotals();
        int arcs = rows * columns + rows + columns + 1;
        shown = new Shown[arcs];
        values = new long[arcs];
        from = new int[arcs];
        to = new int[arcs];
        kinds = new Kind[arcs];
        long[] rowSums = new long[rows];
        long[] columnSums = new long[columns];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long count = table.count(r, c);
                int arc = cell(r, c);
                arc(arc, Kind.CELL, rowNode(r), columnNode(c), count, true);
                rowSums[r] += count;
                columnSums[c] += count;
                grand += count;
            }
        }
        for (int r = 0; r < rows; r++) {
            arc(rowTotal(r), Kind.ROW_TOTAL, SOURCE, rowNode(r), rowSums[r], rowTotals);
        }
        for (int c = 0; c < columns; c++) {
            arc(columnTotal(c), Kind.COLUMN_TOTAL, columnNode(c), SINK, columnSums[c], columnTotals);
        }
        arc(grandTotal(), Kind.GRAND_TOTAL, SINK, SOURCE, grand, rowTotals && columnTotals);
        int nodes = 2 + rows + columns;
        publishedSum = new boolean[nodes];
        publishedSum[SOURCE] = rowTotals && columnTotals;
        publishedSum[SINK] = rowTotals && columnTotals;
        for (int r = 0; r < rows; r++) {
            publishedSum[rowNode(r)] = rowTotals;
        }
        for (int c = 0; c < columns; c++) {
            publishedSum[columnNode(c)] = columnTotals;
        }
        int[] degree = new int[nodes];
        for (int a = 0; a < arcs; a++) {
            degree[from[a]]++;
            degree[to[a]]++;
        }
        incident = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            incident[n] = new int[degree[n]];
            degree[n] = 0;
        }
        for (int a = 0; a < arcs; a++) {
            incident[from[a]][degree[from[a]]++] = a;
            incident[to[a]][degree[to[a]]++] = a;
        }
    }

    private void arc(int arc, Kind kind, int tail, int head, long value, boolean published) {
        kinds[arc] = kind;
        from[arc] = tail;
        to[arc] = head;
        values[arc] = value;
        shown[arc] = published ? (value < TableSuppression.THRESHOLD ? Shown.BELOW_FIVE : Shown.VALUE) : null;
    }

    private int rowNode(int row) {
        return 2 + row;
    }

    private int columnNode(int column) {
        return 2 + rows + column;
    }

    int cell(int row, int column) {
        return row * columns + column;
    }

    int rowTotal(int row) {
        return rows * columns + row;
    }

    int columnTotal(int column) {
        return rows * columns + rows + column;
    }

    int grandTotal() {
        return rows * columns + rows + columns;
    }

    int arcs() {
        return shown.length;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    boolean hasRowTotals() {
        return rowTotals;
    }

    boolean hasColumnTotals() {
        return columnTotals;
    }

    Kind kind(int arc) {
        return kinds[arc];
    }

    long value(int arc) {
        return values[arc];
    }

    /** How the arc is shown; null for a total the table does not publish. */
    Shown shown(int arc) {
        return shown[arc];
    }

    boolean published(int arc) {
        return shown[arc] != null;
    }

    /** Published without its value: "&lt; 5" or "×". */
    boolean concealed(int arc) {
        return shown[arc] == Shown.BELOW_FIVE || shown[arc] == Shown.HIDDEN;
    }

    boolean visible(int arc) {
        return shown[arc] == Shown.VALUE;
    }

    /** The node the arc leaves. */
    int tail(int arc) {
        return from[arc];
    }

    /** The node the arc enters. */
    int head(int arc) {
        return to[arc];
    }

    int nodes() {
        return incident.length;
    }

    int[] incident(int node) {
        return incident[node];
    }

    boolean publishedSum(int node) {
        return publishedSum[node];
    }

    /** Hides a shown count as "×" (it is at least the threshold, or it would be "&lt; 5" already). */
    void hide(int arc) {
        if (!visible(arc)) {
            throw new IllegalArgumentException("only a shown count can be hidden");
        }
        shown[arc] = Shown.HIDDEN;
    }

    /** Shows a count again that {@link #hide} hid (to try a candidate). */
    void unhide(int arc) {
        if (shown[arc] != Shown.HIDDEN) {
            throw new IllegalArgumentException("only a hidden count can be shown again");
        }
        shown[arc] = Shown.VALUE;
    }

    long lower(int arc) {
        Shown how = shown[arc];
        if (how == null) {
            return 0;
        }
        return switch (how) {
            case VALUE -> values[arc];
            case BELOW_FIVE -> 0;
            case HIDDEN -> TableSuppression.THRESHOLD;
        };
    }

    /** The upper bound, {@link Long#MAX_VALUE} for none. */
    long upper(int arc) {
        Shown how = shown[arc];
        if (how == null) {
            return Long.MAX_VALUE;
        }
        return switch (how) {
            case VALUE -> values[arc];
            case BELOW_FIVE -> TableSuppression.THRESHOLD - 1;
            case HIDDEN -> Long.MAX_VALUE;
        };
    }

    /** The arcs whose sums the given arc takes part in (its row and column, as published), without it. */
    List<Integer> neighbours(int arc) {
        List<Integer> found = new ArrayList<>();
        for (int node : new int[]{from[arc], to[arc]}) {
            if (publishedSum[node]) {
                for (int other : incident[node]) {
                    if (other != arc) {
                        found.add(other);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A second table consistent with what is published in which the arc differs from its true value by one, checked
     * against every published bound and sum; null when there is none (then the arc is worked out exactly).
     */
    long[] witness(int arc) {
        if (values[arc] < upper(arc)) {
            long[] other = pushed(arc, +1, path(to[arc], from[arc], arc));
            if (other != null) {
                return other;
            }
        }
        if (values[arc] > lower(arc)) {
            return pushed(arc, -1, path(from[arc], to[arc], arc));
        }
        return null;
    }

    /** The arc counts as worked out when there is no witness. */
    boolean determined(int arc) {
        return witness(arc) == null;
    }

    /**
     * The cheapest set of shown cells whose hiding gives the arc a witness: the shown cells on the cheapest cycle
     * through it, where a concealed arc with room to move costs nothing and a shown one costs what the caller says
     * (once hidden it is five or more: it can always go up, and down when it is above five). Empty when the arc
     * varies already; null when even hiding everything shown would not let it.
     */
    List<Integer> cheapestCycle(int arc, ToLongFunction<Integer> cost) {
        List<Integer> best = null;
        long bestCost = Long.MAX_VALUE;
        for (int direction : new int[]{+1, -1}) {
            if (direction > 0 ? values[arc] >= upper(arc) : values[arc] <= lower(arc)) {
                continue;
            }
            int start = direction > 0 ? to[arc] : from[arc];
            int goal = direction > 0 ? from[arc] : to[arc];
            long[] distance = new long[incident.length];
            int[] through = new int[incident.length];
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(through, -1);
            distance[start] = 0;
            boolean[] done = new boolean[incident.length];
            for (int round = 0; round < incident.length; round++) {
                int node = -1;
                for (int n = 0; n < incident.length; n++) {
                    if (!done[n] && distance[n] != Long.MAX_VALUE && (node < 0 || distance[n] < distance[node])) {
                        node = n;
                    }
                }
                if (node < 0) {
                    break;
                }
                done[node] = true;
                for (int a : incident[node]) {
                    boolean forwards = from[a] == node;
                    if (a == arc || !canMove(a, forwards)) {
                        continue;
                    }
                    long step = visible(a) ? cost.applyAsLong(a) : 0;
                    int next = forwards ? to[a] : from[a];
                    if (distance[node] + step < distance[next]) {
                        distance[next] = distance[node] + step;
                        through[next] = a;
                    }
                }
            }
            if (distance[goal] < bestCost) {
                bestCost = distance[goal];
                best = new ArrayList<>();
                for (int node = goal; node != start;) {
                    int a = through[node];
                    if (visible(a)) {
                        best.add(a);
                    }
                    node = to[a] == node ? from[a] : to[a];
                }
            }
        }
        return best;
    }

    /** Whether the arc has room to go up (forwards) or down, counting a shown one as it would be once hidden. */
    private boolean canMove(int a, boolean forwards) {
        if (visible(a)) {
            return forwards || values[a] > TableSuppression.THRESHOLD;
        }
        return forwards ? values[a] < upper(a) : values[a] > lower(a);
    }

    /**
     * A path from one node to another through arcs with room to move, without the given arc, as steps from the goal
     * back to the start: {@code arc + 1} for an arc traversed forwards (it goes up by one), {@code -(arc + 1)} for one
     * traversed backwards (it goes down by one); null when there is none.
     */
    private int[] path(int start, int goal, int without) {
        int nodes = incident.length;
        int[] step = new int[nodes];
        Arrays.fill(step, Integer.MIN_VALUE);
        step[start] = Integer.MAX_VALUE;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && step[goal] == Integer.MIN_VALUE) {
            int node = queue.poll();
            for (int a : incident[node]) {
                if (a == without) {
                    continue;
                }
                int next;
                int how;
                if (from[a] == node && values[a] < upper(a)) {
                    next = to[a];
                    how = a + 1;
                } else if (to[a] == node && values[a] > lower(a)) {
                    next = from[a];
                    how = -(a + 1);
                } else {
                    continue;
                }
                if (step[next] == Integer.MIN_VALUE) {
                    step[next] = how;
                    queue.add(next);
                }
            }
        }
        if (step[goal] == Integer.MIN_VALUE) {
            return null;
        }
        List<Integer> steps = new ArrayList<>();
        for (int node = goal; node != start;) {
            int how = step[node];
            steps.add(how);
            int a = Math.abs(how) - 1;
            node = how > 0 ? from[a] : to[a];
        }
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    private long[] pushed(int arc, int direction, int[] path) {
        if (path == null) {
            return null;
        }
        long[] other = values.clone();
        other[arc] += direction;
        for (int how : path) {
            other[Math.abs(how) - 1] += how > 0 ? 1 : -1;
        }
        return other[arc] != values[arc] && consistent(other) ? other : null;
    }

    /** Whether the counts (cells, then totals) are a table that what is published allows. */
    boolean consistent(long[] counts) {
        long grand = 0;
        long[] columnSums = new long[columns];
        for (int r = 0; r < rows; r++) {
            long rowSum = 0;
            for (int c = 0; c < columns; c++) {
                long count = counts[cell(r, c)];
                if (!allowed(cell(r, c), count)) {
                    return false;
                }
                rowSum += count;
                columnSums[c] += count;
            }
            if (rowTotals && (counts[rowTotal(r)] != rowSum || !allowed(rowTotal(r), rowSum))) {
                return false;
            }
            grand += rowSum;
        }
        for (int c = 0; c < columns; c++) {
            if (columnTotals && (counts[columnTotal(c)] != columnSums[c] || !allowed(columnTotal(c), columnSums[c]))) {
                return false;
            }
        }
        return !(rowTotals && columnTotals) || counts[grandTotal()] == grand && allowed(grandTotal(), grand);
    }

    private boolean allowed(int arc, long count) {
        return count >= lower(arc) && count <= upper(arc);
    }
}
