package nl.xenia.portal.staff.view.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.AuditSubject;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * office/audit (admins): the activity log, newest first, a page at a time from the database, filtered
 * by member, action and a range of days (Europe/Amsterdam, both days included). The filter is in the
 * address ({@code audit?action=LOGIN&actor=anna&from=2026-11-01}), so a filtered log can be bookmarked
 * and shared. Each item is named and linked as its component says ({@code staff.boundary.AuditSubjects}).
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private List<String> actors;

    /**
     * One line as shown: when, who (with the address of the log filtered on them), what, and the item
     * named with the address of its office page (null when it has none).
     */
    public record Line(String id, String when, String actor, String actorHref, String action, String subject,
            String subjectHref) implements Serializable {
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

    /** Who the log names, for the filter. */
    public List<String> getActors() {
        if (actors == null) {
            actors = auditLog.recordedActors(session.getSignedIn());
        }
        return actors;
    }

    /** An action's label. */
    public String label(String name) {
        return messages.get(AuditAction.labelKey(name));
    }

    /** Whether any filter is set (the page then offers to show everything again). */
    public boolean isFiltered() {
        return actor != null || action != null || from != null || until != null;
    }

    /** The log without a filter. */
    public String getAllHref() {
        return OfficePages.request().getContextPath() + OfficePaths.url(messages.getLang(), "audit");
    }

    private AuditLog.Filter filter() {
        AuditAction chosen = action == null ? null : new AuditAction(action);
        Instant start = from == null ? null : from.atStartOfDay(Languages.LOCAL_TIME).toInstant();
        Instant end = until == null ? null : until.plusDays(1).atStartOfDay(Languages.LOCAL_TIME).toInstant();
        return new AuditLog.Filter(start, end, actor, chosen, null);
    }

    private Line line(AuditLog.Entry entry) {
        String language = messages.getLang();
        AuditSubject subject = auditLog.subject(entry, language).orElseGet(() -> AuditSubject.named(
                entry.subjectType() == null
                        ? ""
                        : entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId())));
        return new Line(String.valueOf(entry.id()), Languages.dateTime(language, entry.occurredAt()), entry.actor(),
                href("audit", Map.of("actor", entry.actor())), label(entry.action()), subject.name(),
                subject.page() == null ? null : href(subject.page(), subject.query()));
    }

    private String href(String page, Map<String, String> query) {
        String base = OfficePages.request().getContextPath() + OfficePaths.url(messages.getLang(), page);
        return query.isEmpty()
                ? base
                : base + "?" + new TreeMap<>(query).entrySet().stream()
                        .map(pair -> pair.getKey() + "=" + URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    public String getActor() {
        return actor;
    }

    /** A member's name (usernames are lower case); empty filters nothing. */
    public void setActor(String actor) {
        this.actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
    }

    public String getAction() {
        return action;
    }

    /** An action the log holds; anything else filters nothing. */
    public void setAction(String action) {
        this.action = action == null || !getActions().contains(action) ? null : action;
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
