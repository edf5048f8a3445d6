package nl.xenia.portal.monitoring.boundary;

import java.util.List;

/**
 * The figures of a period as anyone may see them: every component's section (tables suppressed, statistics hidden
 * when they rest on fewer than five items) and the contact channels' overview first.
 */
public record Report(Period period, List<Section> sections) {

    /**
     * One section as published.
     *
     * @param statistics each with its value, or hidden (empty) when it rests on fewer than five items
     */
    public record Section(String id, String titleKey, List<PublishedTable> tables,
            List<PublishedStatistic> statistics) {

        public Section {
            tables = List.copyOf(tables);
            statistics = List.copyOf(statistics);
        }
    }

    /**
     * A statistic as published.
     *
     * @param value the figure, or null when fewer than five items make it up
     */
    public record PublishedStatistic(String id, String labelKey, Double value, Statistic.Unit unit) {
    }

    public Report {
        sections = List.copyOf(sections);
    }
}
