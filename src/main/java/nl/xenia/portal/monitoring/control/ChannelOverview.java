package nl.xenia.portal.monitoring.control;

import java.util.List;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;

/** The contact channels in one overview: one row per channel a component names, one column per month. */
public final class ChannelOverview {

    public static final String ID = "channels";

    private ChannelOverview() {
    }

    /** The overview's section (one table, channels by month), or null when no component names a channel. */
    public static FigureSection of(Period period, List<FigureSection> sections) {
        List<FigureSection.Channel> channels = sections.stream().map(FigureSection::channel)
                .filter(java.util.Objects::nonNull).toList();
        if (channels.isEmpty()) {
            return null;
        }
        List<Label> months = period.months().stream().map(Label::month).toList();
        long[][] counts = channels.stream().map(FigureSection.Channel::perMonth).toArray(long[][]::new);
        FigureTable table = new FigureTable(ID, "office.monitoring.channels.table", "office.monitoring.channels.rows",
                channels.stream().map(channel -> Label.key(channel.labelKey())).toList(), months, counts, true, true,
                FigureTable.Chart.STACKED_BARS);
        return new FigureSection(ID, "office.monitoring.channels.title", 0, List.of(table), List.of(), null);
    }
}
