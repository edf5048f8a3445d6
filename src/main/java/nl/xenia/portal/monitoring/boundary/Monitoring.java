package nl.xenia.portal.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.xenia.portal.monitoring.control.ChannelOverview;
import nl.xenia.portal.monitoring.control.TableSuppression;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * The monitoring facade for the office (ADMIN and the read-only REPORTING role): asks every component's
 * {@link MonitoringSource} for its counts of a period, adds the contact channels' overview, and publishes it all
 * suppressed. Nothing unsuppressed leaves this class.
 */
@ApplicationScoped
public class Monitoring {

    /** The first year the portal counted anything. */
    public static final int FIRST_YEAR = 2025;

    @Inject
    Instance<MonitoringSource> sources;

    @Inject
    Clock clock;

    /** The years a report can be asked for, the latest first. */
    @RequiresRole({Role.ADMIN, Role.REPORTING})
    public List<Integer> years(SignedIn member) {
        int now = Year.now(clock.withZone(Period.ZONE)).getValue();
        return IntStream.rangeClosed(FIRST_YEAR, Math.max(FIRST_YEAR, now)).map(y -> now + FIRST_YEAR - y).boxed()
                .toList();
    }

    /** The period's figures, suppressed: the contact channels first, then each component's section. */
    @RequiresRole({Role.ADMIN, Role.REPORTING})
    public Report report(SignedIn member, Period period) {
        return publish(period, collect(period));
    }

    /** Every source's raw figures, in the sections' order. Package-private: only tests see raw counts. */
    List<FigureSection> collect(Period period) {
        List<FigureSection> sections = new ArrayList<>();
        for (MonitoringSource source : sources) {
            sections.add(source.figures(period));
        }
        sections.sort(Comparator.comparingInt(FigureSection::order).thenComparing(FigureSection::id));
        return sections;
    }

    static Report publish(Period period, List<FigureSection> sections) {
        List<Report.Section> published = new ArrayList<>();
        FigureSection overview = ChannelOverview.of(period, sections);
        if (overview != null) {
            published.add(section(overview));
        }
        sections.forEach(section -> published.add(section(section)));
        return new Report(period, published);
    }

    private static Report.Section section(FigureSection section) {
        return new Report.Section(section.id(), section.titleKey(),
                section.tables().stream().map(TableSuppression::publish).toList(),
                section.statistics().stream()
                        .map(statistic -> new Report.PublishedStatistic(statistic.id(), statistic.labelKey(),
                                statistic.basis() < TableSuppression.THRESHOLD ? null : statistic.value(),
                                statistic.unit()))
                        .toList());
    }
}
