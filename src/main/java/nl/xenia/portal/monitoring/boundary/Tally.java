package nl.xenia.portal.monitoring.boundary;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for one table over a period's time columns, row by row, for a {@link MonitoringSource} to fill from its
 * count table and from what it still holds. Rows named up front keep their order and appear even when nothing was
 * counted in them; rows met later are added after them. Anything outside the period is left out.
 */
public final class Tally {

    private final Period period;
    private final Map<Label, long[]> rows = new LinkedHashMap<>();

    public Tally(Period period, List<Label> rowsUpFront) {
        this.period = period;
        rowsUpFront.forEach(row -> rows.put(row, new long[period.timeColumns().size()]));
    }

    public Tally(Period period) {
        this(period, List.of());
    }

    /** Adds {@code count} to the row in the month's time column; a month outside the period is left out. */
    public Tally add(Label row, YearMonth month, long count) {
        int column = period.timeColumn(month);
        if (column >= 0) {
            rows.computeIfAbsent(row, r -> new long[period.timeColumns().size()])[column] += count;
        }
        return this;
    }

    public Tally add(Label row, Instant when, long count) {
        return add(row, YearMonth.from(when.atZone(Period.ZONE)), count);
    }

    /** The table, over the period's time columns, with row and column totals, drawn as stacked bars. */
    public FigureTable table(String id, String titleKey, String rowsKey) {
        return table(id, titleKey, rowsKey, true, FigureTable.Chart.STACKED_BARS);
    }

    /** The table over the period's time columns; {@code rowsAddUp} whether the column totals mean something. */
    public FigureTable table(String id, String titleKey, String rowsKey, boolean rowsAddUp, FigureTable.Chart chart) {
        return new FigureTable(id, titleKey, rowsKey, List.copyOf(rows.keySet()), period.timeColumns(),
                rows.values().toArray(long[][]::new), true, rowsAddUp, chart);
    }
}
