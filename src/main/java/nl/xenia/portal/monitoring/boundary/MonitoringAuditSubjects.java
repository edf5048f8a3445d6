package nl.xenia.portal.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.monitoring.control.LabelText;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * Monitoring's audit items, named for the office: an export by its period and file ("Monitoring K3 2026 (PDF NL)"),
 * linked to the monitoring page of that period.
 */
@ApplicationScoped
public class MonitoringAuditSubjects implements AuditSubjects {

    /** What {@link Monitoring#export} records: the period's slug ("2026", "2026-q3") and the file ("pdf-nl"). */
    private static final Pattern EXPORTED = Pattern.compile("([0-9]{4})(?:-q([1-4]))? ([a-z]{2,4}(?:-[a-z]{2})?)");

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of(Monitoring.EXPORT);
    }

    @Override
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        Matcher exported = subjectId == null ? null : EXPORTED.matcher(subjectId);
        if (!Monitoring.EXPORT.equals(subjectType) || exported == null || !exported.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(exported.group(1));
        int quarter = exported.group(2) == null ? 0 : Integer.parseInt(exported.group(2));
        LabelText text = new LabelText(language, languages::format);
        String name = text.format("office.audit.subject.monitoring", "period", text.period(new Period(year, quarter)),
                "format", exported.group(3).replace('-', ' ').toUpperCase(Locale.ROOT));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("year", String.valueOf(year));
        query.put("quarter", String.valueOf(quarter));
        return Optional.of(AuditSubject.linked(name, "monitoring", query));
    }
}
