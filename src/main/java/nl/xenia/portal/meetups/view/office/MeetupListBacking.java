package nl.xenia.portal.meetups.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    /** How far ahead the view of full meetups looks. */
    static final int FULL_AHEAD_DAYS = 800;

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
        String status;
        if (entry.cancelled()) {
            status = messages.get("office.meetups.status.cancelled");
        } else if (!entry.start().isAfter(now)) {
            status = entry.came() == null
                    ? messages.get("office.meetups.status.notCounted")
                    : messages.format("office.meetups.status.came", "count", entry.came());
        } else if (entry.isFull()) {
            status = messages.get("office.meetups.status.full");
        } else {
            status = messages.get("office.meetups.status.planned");
        }
        String area = entry.online()
                ? messages.format("office.meetups.online", "area", entry.area())
                : entry.area();
        String host = messages.format("office.meetups.host", "kind",
                messages.get("HostKind." + entry.hostKind().name()),
                "name", entry.hostName());
        return new Row(entry.id(), MeetupOffice.when(lang, entry.start(), entry.end()), entry.title(), area, host,
                MeetupOffice.languageNames(entry.languages(), lang),
                messages.format("office.meetups.places", "coming", entry.coming(), "capacity", entry.capacity()),
                entry.waitingList() ? String.valueOf(entry.waiting()) : messages.get("office.meetups.noWaitingList"),
                status, !entry.cancelled() && entry.start().isAfter(now) && (entry.isFull() || entry.waiting() > 0),
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
        LocalDate today = today();
        return getCurrent() == View.PAST ? today.minusWeeks(WEEKS) : today;
    }

    /** The window in words: "dinsdag 2 juni – maandag 27 juli". */
    public String getWindow() {
        String lang = messages.getLang();
        LocalDate last = getWindowStart().plusWeeks(WEEKS).minusDays(1);
        if (getCurrent() == View.PAST && !last.isBefore(today())) {
            last = today();
        }
        return messages.format("office.meetups.window", "from", Languages.day(lang, getWindowStart()), "until",
                Languages.day(lang, last));
    }

    /** {@code from} of the window before this one. */
    public String getEarlier() {
        LocalDate earlier = getWindowStart().minusWeeks(WEEKS);
        return getCurrent() == View.UPCOMING && !earlier.isAfter(today()) ? "" : earlier.toString();
    }

    /** Whether the upcoming view can go back (it starts after today). */
    public boolean isEarlierShown() {
        return getCurrent() == View.PAST || getWindowStart().isAfter(today());
    }

    /** {@code from} of the window after this one. */
    public String getLater() {
        LocalDate later = getWindowStart().plusWeeks(WEEKS);
        return getCurrent() == View.PAST && !later.isBefore(today().minusWeeks(WEEKS)) ? "" : later.toString();
    }

    /** Whether the past view can go forward (it ends before today). */
    public boolean isLaterShown() {
        return getCurrent() == View.UPCOMING || getWindowStart().plusWeeks(WEEKS).isBefore(today());
    }

    public View[] getViews() {
        return View.values();
    }

    /** A view's value in the address. */
    public String param(View shown) {
        return shown.param();
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
