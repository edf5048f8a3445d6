package nl.xenia.portal.appointments.view.office;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.appointments.boundary.AppointmentDesk;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.appointments.entity.AppointmentStatus;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficeSession;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * office/calendar: the appointments of a week (or of today, or every request waiting for a confirmation), of one
 * place and one service when chosen, without content: a schedule (day and week, with JavaScript) and the same
 * appointments as a list that works without it, requests first. Everything it shows comes from the address
 * ({@code ?place=&service=&week=&view=}). The schedule shows the office's wall-clock time (Europe/Amsterdam) as if
 * it were UTC, so it reads the same in a browser anywhere.
 */
@Named
@ViewScoped
public class AppointmentCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back and ahead the view of requests looks. */
    private static final int REQUESTS_BACK_DAYS = 31;
    private static final int REQUESTS_AHEAD_DAYS = 400;

    @Inject
    AppointmentDesk desk;

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long place;
    private Long service;
    private LocalDate week;
    private String view;
    private transient List<Line> lines;
    private transient List<AppointmentPlanning.ServiceRow> services;
    private transient List<AppointmentPlanning.PlaceFacts> places;
    private final Schedule schedule = new Schedule();

    /** One appointment in the list, in the office's language; no content. */
    public record Line(long id, String day, String time, String service, String place, String statusName,
            String status, boolean request, String language, boolean interpreter, boolean bookedByStaff) {
    }

    /** A link to another view of the calendar. */
    public record ViewLink(String id, String label, String href, boolean current) {
    }

    /** The schedule's appointments for the range it shows (with JavaScript), with the page's place and service. */
    public final class Schedule extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Instant from = start.atZone(Languages.LOCAL_TIME).toInstant();
            Instant until = end.atZone(Languages.LOCAL_TIME).toInstant();
            for (AppointmentDesk.Entry entry : entries(from, until)) {
                addEvent(DefaultScheduleEvent.builder().id(String.valueOf(entry.id())).title(title(entry))
                        .startDate(wallClock(entry.start())).endDate(wallClock(entry.end())).url(href(entry))
                        .styleClass("appointment-" + entry.status().name().toLowerCase().replace('_', '-'))
                        .draggable(false).resizable(false).build());
            }
        }
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    /** The appointments of the page's view, requests first, then by time. */
    public List<Line> getLines() {
        if (lines == null) {
            String lang = messages.getLang();
            lines = entries(getFrom(), getUntil()).stream()
                    .filter(entry -> !"requests".equals(view) || entry.status() == AppointmentStatus.REQUESTED)
                    .sorted(Comparator
                            .comparing((AppointmentDesk.Entry entry) -> entry.status() != AppointmentStatus.REQUESTED)
                            .thenComparing(AppointmentDesk.Entry::start))
                    .map(entry -> new Line(entry.id(), Languages.date(lang, entry.start()),
                            time(entry.start()) + "–" + time(entry.end()), entry.service(), entry.place(),
                            statusName(entry.status()), entry.status().name(),
                            entry.status() == AppointmentStatus.REQUESTED, Languages.name(entry.language(), lang),
                            entry.interpreterWanted(), entry.bookedByStaff()))
                    .toList();
        }
        return lines;
    }

    private List<AppointmentDesk.Entry> entries(Instant from, Instant until) {
        return desk.calendar(session.getSignedIn(), from, until, place, service, messages.getLang());
    }

    /** The first moment of the view. */
    private Instant getFrom() {
        return getFirstDay().atStartOfDay(Languages.LOCAL_TIME).toInstant();
    }

    private Instant getUntil() {
        return getLastDay().plusDays(1).atStartOfDay(Languages.LOCAL_TIME).toInstant();
    }

    private LocalDate today() {
        return clock.instant().atZone(Languages.LOCAL_TIME).toLocalDate();
    }

    /** The first day the list shows. */
    public LocalDate getFirstDay() {
        return switch (String.valueOf(view)) {
            case "today" -> today();
            case "requests" -> today().minusDays(REQUESTS_BACK_DAYS);
            default -> getWeek();
        };
    }

    /** The last day the list shows. */
    public LocalDate getLastDay() {
        return switch (String.valueOf(view)) {
            case "today" -> today();
            case "requests" -> today().plusDays(REQUESTS_AHEAD_DAYS);
            default -> getWeek().plusDays(6);
        };
    }

    /** The Monday of the week shown. */
    public LocalDate getWeek() {
        return week == null ? today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : week;
    }

    /** The heading of the list: the week, today, or the requests. */
    public String getHeading() {
        String lang = messages.getLang();
        return switch (String.valueOf(view)) {
            case "today" -> messages.format("office.appointments.heading.today", "day",
                    Languages.date(lang, getFrom()));
            case "requests" -> messages.get("office.appointments.heading.requests");
            default -> messages.format("office.appointments.heading.week", "from", Languages.date(lang, getFrom()),
                    "until", Languages.date(lang, getLastDay().atStartOfDay(Languages.LOCAL_TIME).toInstant()));
        };
    }

    /** The schedule's first view: a day for today, otherwise the week. */
    public String getScheduleView() {
        return "today".equals(view) ? "timeGridDay" : "timeGridWeek";
    }

    /** The day the schedule opens at. */
    public LocalDate getScheduleDate() {
        return "requests".equals(view) ? today() : getFirstDay();
    }

    /** The views: this week, the weeks before and after, today, the requests (the place and service kept). */
    public List<ViewLink> getViews() {
        LocalDate monday = getWeek();
        boolean weekView = view == null;
        LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return List.of(
                new ViewLink("previous", messages.get("office.appointments.view.previous"),
                        href(monday.minusWeeks(1), null), false),
                new ViewLink("this-week", messages.get("office.appointments.view.thisWeek"), href(thisWeek, null),
                        weekView && monday.equals(thisWeek)),
                new ViewLink("next", messages.get("office.appointments.view.next"), href(monday.plusWeeks(1), null),
                        false),
                new ViewLink("today", messages.get("office.appointments.view.today"), href(null, "today"),
                        "today".equals(view)),
                new ViewLink("requests", messages.get("office.appointments.view.requests"), href(null, "requests"),
                        "requests".equals(view)));
    }

    private String href(LocalDate weekOf, String viewName) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (place != null) {
            query.put("place", List.of(String.valueOf(place)));
        }
        if (service != null) {
            query.put("service", List.of(String.valueOf(service)));
        }
        if (weekOf != null) {
            query.put("week", List.of(weekOf.toString()));
        }
        if (viewName != null) {
            query.put("view", List.of(viewName));
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context,
                "/office/appointments/calendar.xhtml", query, false);
    }

    /** The address of an appointment's page. */
    private String href(AppointmentDesk.Entry entry) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context,
                "/office/appointments/appointment.xhtml", Map.of("id", List.of(String.valueOf(entry.id()))), false);
    }

    /** The schedule's title of an appointment: state, service, language, interpreter; never what was written. */
    private String title(AppointmentDesk.Entry entry) {
        String lang = messages.getLang();
        String title = statusName(entry.status()) + " · " + entry.service() + " · "
                + Languages.name(entry.language(), lang);
        return entry.interpreterWanted() ? title + " · " + messages.get("office.appointments.interpreter") : title;
    }

    private String statusName(AppointmentStatus status) {
        return messages.get("office.appointments.status." + status.name());
    }

    /** The office's wall-clock time as the schedule reads it (see the class comment). */
    private static LocalDateTime wallClock(Instant at) {
        return at.atZone(Languages.LOCAL_TIME).toLocalDateTime();
    }

    static String time(Instant at) {
        LocalDateTime local = wallClock(at);
        return String.format("%02d:%02d", local.getHour(), local.getMinute());
    }

    /** Services to filter by. */
    public List<AppointmentPlanning.ServiceRow> getServices() {
        if (services == null) {
            services = planning.services(session.getSignedIn(), messages.getLang());
        }
        return services;
    }

    /** Places to filter by. */
    public List<AppointmentPlanning.PlaceFacts> getPlaces() {
        if (places == null) {
            places = planning.places(session.getSignedIn());
        }
        return places;
    }

    /** The schedule's time zone: the wall clock as UTC. */
    public String getZone() {
        return ZoneOffset.UTC.getId();
    }

    /** The place chosen (its id as the address has it), or null. */
    public String getPlace() {
        return place == null ? null : String.valueOf(place);
    }

    public void setPlace(String value) {
        place = id(value);
    }

    /** The service chosen (its id as the address has it), or null. */
    public String getService() {
        return service == null ? null : String.valueOf(service);
    }

    public void setService(String value) {
        service = id(value);
    }

    /** An id from the address; null for none or for anything else. */
    static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** The week as the address has it (a day of it, ISO), or null. */
    public String getWeekParam() {
        return week == null ? null : week.toString();
    }

    public void setWeekParam(String value) {
        try {
            week = value == null || value.isBlank()
                    ? null
                    : LocalDate.parse(value.strip()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeParseException notADay) {
            week = null;
        }
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = "today".equals(view) || "requests".equals(view) ? view : null;
    }
}
