package nl.xenia.portal.meetups.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/meetups: the occurrences of eight weeks without anyone's data (counts only): those to come (from now, or from
 * {@code &from=}), those full or with people waiting (every one to come: the dashboard links here), or those past (the
 * most recent first, to record how many came). Everything it shows comes from the address ({@code ?view=&from=}).
 */
@Named
@RequestScoped
public class MeetupListBacking {

    /** The length of the window a view shows, with links to the one before and after. */
    static final int WEEKS = 8;
    /** How far ahead the view of full meetups looks: as far as a monthly series of the most days can reach. */
    static final int FULL_AHEAD_DAYS = 3700;

    /** The views of the list, as in the address. */
    public enum View {

        UPCOMING, FULL, PAST;

        String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One occurrence in the list, in the office's language. */
    public record Row(long id, String when, String title, String area, String host, String languages,
            String places, String waiting, String status, boolean attention, boolean cancelled) {
    }

    /** A link to another view or window of the list. */
    public record ViewLink(String id, String label, String href, boolean current) {
    }

    @Inject
    MeetupPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String view;
    private String from;
    private List<Row> rows;

    /** The rows of the page's view. */
    public List<Row> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            List<MeetupPlanning.Entry> entries = switch (getCurrent()) {
                case FULL -> planning.list(session.getSignedIn(), now, now.plus(java.time.Duration.ofDays(
                        FULL_AHEAD_DAYS)), messages.getLang()).stream()
                        .filter(entry -> !entry.cancelled() && (entry.isFull() || entry.waiting() > 0)).toList();
                case UPCOMING -> planning.list(session.getSignedIn(), getFromDay() == null ? now : start(getFromDay()),
                        start(getWindowStart().plusWeeks(WEEKS)), messages.getLang());
                case PAST -> {
                    Instant until = start(getWindowStart().plusWeeks(WEEKS));
                    List<MeetupPlanning.Entry> past = new ArrayList<>(planning.list(session.getSignedIn(),
                            start(getWindowStart()), until.isAfter(now) ? now : until, messages.getLang()));
                    Collections.reverse(past);
                    yield past;
                }
            };
            rows = entries.stream().map(entry -> row(entry, now)).toList();
        }
        return rows;
    }

    private Row row(MeetupPlanning.Entry entry, Instant now) {
        String lang = messages.getLang();
        return new Row(entry.id(), MeetupOffice.when(lang, entry.start(), entry.end()), entry.title(),
                MeetupOffice.area(messages, entry), MeetupOffice.host(messages, entry),
                MeetupOffice.languageNames(entry.languages(), lang),
                messages.format("office.meetups.places", "coming", entry.coming(), "capacity", entry.capacity()),
                entry.waitingList() ? String.valueOf(entry.waiting()) : messages.get("office.meetups.noWaitingList"),
                MeetupOffice.status(messages, entry, now),
                !entry.cancelled() && entry.start().isAfter(now) && (entry.isFull() || entry.waiting() > 0),
                entry.cancelled());
    }

    /** The view in the address; upcoming when none or an unknown one. */
    public View getCurrent() {
        for (View known : View.values()) {
            if (known.param().equals(view)) {
                return known;
            }
        }
        return View.UPCOMING;
    }

    /** Whether the view shows a window of weeks (with earlier and later). */
    public boolean isWindowed() {
        return getCurrent() != View.FULL;
    }

    /** The first day of the window shown: {@code &from=}, else today (to come) or eight weeks back (past). */
    public LocalDate getWindowStart() {
        LocalDate chosen = getFromDay();
        if (chosen != null) {
            return chosen;
        }
        return getCurrent() == View.PAST ? lastPastStart() : today();
    }

    /** The first day of the most recent window of the past (it ends with today). */
    private LocalDate lastPastStart() {
        return today().minusWeeks(WEEKS).plusDays(1);
    }

    /** The window in words: "dinsdag 2 juni – maandag 27 juli". */
    public String getWindow() {
        String lang = messages.getLang();
        LocalDate last = getWindowStart().plusWeeks(WEEKS).minusDays(1);
        if (getCurrent() == View.PAST && last.isAfter(today())) {
            last = today();
        }
        return messages.format("office.meetups.window", "from", Languages.day(lang, getWindowStart()), "until",
                Languages.day(lang, last));
    }

    /** The views of the list, the current one marked. */
    public List<ViewLink> getViews() {
        return java.util.Arrays.stream(View.values())
                .map(shown -> new ViewLink(shown.param(), messages.get("office.meetups.view." + shown.name()),
                        href(shown, null), shown == getCurrent()))
                .toList();
    }

    /** The window before this one and the one after, when there are. */
    public List<ViewLink> getWindows() {
        if (getCurrent() == View.FULL) {
            return List.of();
        }
        LocalDate start = getWindowStart();
        LocalDate earlier = start.minusWeeks(WEEKS);
        LocalDate later = start.plusWeeks(WEEKS);
        List<ViewLink> links = new ArrayList<>();
        if (getCurrent() == View.PAST || start.isAfter(today())) {
            boolean latest = getCurrent() == View.UPCOMING && !earlier.isAfter(today());
            links.add(new ViewLink("earlier", messages.get("office.meetups.earlier"),
                    href(getCurrent(), latest ? null : earlier), false));
        }
        if (getCurrent() == View.UPCOMING || !later.isAfter(today())) {
            boolean latest = getCurrent() == View.PAST && !later.isBefore(lastPastStart());
            links.add(new ViewLink("later", messages.get("office.meetups.later"),
                    href(getCurrent(), latest ? null : later), false));
        }
        return links;
    }

    private String href(View shown, LocalDate day) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("view", List.of(shown.param()));
        if (day != null) {
            query.put("from", List.of(day.toString()));
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context, "/office/meetups/meetups.xhtml",
                query, false);
    }

    private LocalDate getFromDay() {
        try {
            return from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(Languages.LOCAL_TIME).toLocalDate();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Languages.LOCAL_TIME).toInstant();
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
