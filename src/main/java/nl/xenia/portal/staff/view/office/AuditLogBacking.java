package nl.xenia.portal.staff.view.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * office/audit (admins): the audit log, newest first, a page at a time from the database, filtered
 * by user, action and a range of days (Europe/Amsterdam, both days included).
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Languages.LOCAL_TIME);

    @Inject
    AuditLog auditLog;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate until;
    private final Entries entries = new Entries();
    private List<String> actions;

    /** One line as shown. */
    public record Line(String id, String when, String actor, String action, String subject) implements Serializable {
    }

    /** The entries, loaded a page at a time with the current filter. */
    public final class Entries extends LazyDataModel<Line> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count(session.getSignedIn(), filter()));
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return auditLog.search(session.getSignedIn(), filter(), first, pageSize).stream()
                    .map(AuditLogBacking.this::line).toList();
        }

        @Override
        public String getRowKey(Line line) {
            return line.id();
        }
    }

    public Entries getEntries() {
        return entries;
    }

    /** The actions the log holds (each component adds its own), as names; labelled by {@link #label(String)}. */
    public List<String> getActions() {
        if (actions == null) {
            actions = auditLog.recordedActions(session.getSignedIn());
        }
        return actions;
    }

    /** An action's label. */
    public String label(String name) {
        return messages.get(AuditAction.labelKey(name));
    }

    private AuditLog.Filter filter() {
        AuditAction chosen = action == null || action.isBlank() ? null : new AuditAction(action);
        String who = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        Instant start = from == null ? null : from.atStartOfDay(Languages.LOCAL_TIME).toInstant();
        Instant end = until == null ? null : until.plusDays(1).atStartOfDay(Languages.LOCAL_TIME).toInstant();
        return new AuditLog.Filter(start, end, who, chosen, null);
    }

    private Line line(AuditLog.Entry entry) {
        return new Line(String.valueOf(entry.id()), WHEN.format(entry.occurredAt()), entry.actor(),
                label(entry.action()),
                entry.subjectType() == null
                        ? ""
                        : entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId()));
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null || getActions().contains(action) ? action : null;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
