package nl.xenia.portal.monitoring.boundary;

import java.util.List;
import java.util.Objects;

/**
 * What one component contributes to a report: its tables and statistics, and its line in the contact channels'
 * overview.
 *
 * @param id the component ("questions"), stable (CSV, anchors)
 * @param titleKey the office bundle key of the section's title
 * @param order where the section stands in the report (lower first)
 * @param tables its tables of counts
 * @param statistics its other figures
 * @param channel its line in the contact channels' overview (people who reached Xenia this way, per month of the
 *        period), or null when it is not a contact channel
 */
public record FigureSection(String id, String titleKey, int order, List<FigureTable> tables,
        List<Statistic> statistics, Channel channel) {

    /**
     * A contact channel: how many times people reached Xenia this way in each month of the period.
     *
     * @param labelKey the office bundle key naming the channel
     * @param perMonth one count per month of {@link Period#months()}
     */
    public record Channel(String labelKey, long[] perMonth) {

        public Channel {
            Objects.requireNonNull(labelKey);
            perMonth = perMonth.clone();
        }

        @Override
        public long[] perMonth() {
            return perMonth.clone();
        }
    }

    public FigureSection {
        Objects.requireNonNull(id);
        Objects.requireNonNull(titleKey);
        tables = List.copyOf(tables);
        statistics = List.copyOf(statistics);
    }
}
