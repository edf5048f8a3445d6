package nl.xenia.portal.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.xenia.portal.monitoring.control.ChannelOverview;
import nl.xenia.portal.monitoring.control.TableSuppression;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
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

    /** A report taken out of the office as a file (CSV or PDF): who, which period, which file. */
    public static final AuditAction MONITORING_EXPORTED = new AuditAction("MONITORING_EXPORTED");
    /** The audit log's subject of an export: the period and the file ("2026-q3 pdf-nl"). */
    public static final String EXPORT = "monitoring";
    private static final Pattern FILE = Pattern.compile("[a-z]{2,4}(?:-[a-z]{2})?");

    @Inject
    Instance<MonitoringSource> sources;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

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

    /**
     * The period's figures, suppressed, to be written to a file: the same as {@link #report}, and recorded in the
     * audit log (the member, the period and the file, e.g. "2026-q3 pdf-nl"; never a figure).
     *
     * @param file what is written: "csv", or "pdf-" and the report's language
     */
    @RequiresRole({Role.ADMIN, Role.REPORTING})
    @Transactional
    public Report export(SignedIn member, Period period, String file) {
        if (file == null || !FILE.matcher(file).matches()) {
            throw new IllegalArgumentException("an export is named by its kind of file, such as csv or pdf-nl");
        }
        auditLog.record(member.username(), MONITORING_EXPORTED, EXPORT, period.slug() + " " + file);
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
