package nl.xenia.portal.appointments.view.office;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.xenia.portal.appointments.boundary.AppointmentDesk;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/book-for: booking on behalf of someone (at an outreach visit). The service, place and day come from the
 * address ({@code ?service=&place=&day=}), the free times of that day from the desk; then the nickname, the language,
 * an interpreter and a note. The new code is shown once ({@code ?shown=<appointment id>}, the code itself kept in the
 * session's memory only, {@link BookedForShown}), large and printable, until the member confirms it was written down
 * or handed over.
 */
@Named
@ViewScoped
public class AppointmentBookForBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppointmentDesk desk;

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Languages languages;

    @Inject
    BookedForShown shown;

    private Long service;
    private Long place;
    private LocalDate day;
    private Long shownId;
    private String time;
    private String nickname;
    private String language;
    private String interpreter;
    private String note;
    private boolean handedOver;
    private transient List<AppointmentPlanning.ServiceRow> services;
    private transient List<AppointmentPlanning.PlaceFacts> places;
    private transient List<Time> times;
    private transient String timesProblem;

    /** A free time to choose: its start as the form sends it (epoch seconds), and as the office reads it. */
    public record Time(String value, String label, int free) {
    }

    /** A language to choose, named in the office's language. */
    public record LanguageChoice(String code, String name) {
    }

    /** Books the chosen time; the code is shown on the next page (post → redirect → get). */
    public void book() {
        time = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("time");
        Instant start;
        try {
            start = Instant.ofEpochSecond(Long.parseLong(String.valueOf(time)));
        } catch (NumberFormatException noTime) {
            OfficePages.error(messages, "office.bookFor.message.error.time");
            return;
        }
        if (service == null || place == null) {
            OfficePages.errorText(messages.get("AppointmentException.Problem.NOT_OFFERED"));
            return;
        }
        AppointmentDesk.BookedFor booked;
        try {
            booked = desk.bookFor(session.getSignedIn(), new AppointmentDesk.OnBehalf(service, place, start, nickname,
                    language, interpreter, note, messages.getLang()));
        } catch (AppointmentException refused) {
            int max = refused.getProblem() == AppointmentException.Problem.LONG
                    && (note != null && note.length() > Appointments.MAX_NOTE)
                            ? Appointments.MAX_NOTE
                            : Appointments.MAX_NICKNAME;
            OfficePages.errorText(
                    messages.format("AppointmentException.Problem." + refused.getProblem().name(), "max", max));
            return;
        }
        AppointmentDesk.Entry entry = booked.entry();
        shown.keep(new BookedForShown.Receipt(entry.id(), booked.code(),
                Languages.date(messages.getLang(), entry.start()), AppointmentCalendarBacking.time(entry.start())
                        + "–" + AppointmentCalendarBacking.time(entry.end()),
                where(entry.placeId(), entry.kind())));
        OfficePages.info(messages, "office.appointment.message.info.bookedFor");
        OfficePages.done("book-for", Map.of("shown", String.valueOf(entry.id())));
    }

    /** The member wrote the code down or handed it over: it is no longer shown; on to the appointment. */
    public void handedOver() {
        if (!handedOver) {
            OfficePages.error(messages, "office.bookFor.message.error.handOver");
            return;
        }
        shown.forget();
        OfficePages.info(messages, "office.bookFor.message.info.handedOver");
        OfficePages.done("appointment", Map.of("id", String.valueOf(shownId)));
    }

    /** The receipt to show (code, day, time, where), while it is. */
    public BookedForShown.Receipt getReceipt() {
        return shownId == null ? null : shown.of(shownId).orElse(null);
    }

    /** The place as the person is told it: the town, or the kind (by phone, by video). */
    private String where(long placeId, nl.xenia.portal.appointments.entity.PlaceKind kind) {
        String kindName = messages.get("office.appointments.kind." + kind.name());
        return getPlaces().stream().filter(it -> it.id() == placeId).findFirst()
                .filter(it -> kind.hasTown() && it.town() != null && !it.town().isBlank())
                .map(it -> it.town() + " (" + kindName + ")").orElse(kindName);
    }

    /** The free times of the chosen day (empty until service, place and day are chosen). */
    public List<Time> getTimes() {
        if (times == null) {
            times = List.of();
            if (isChosen()) {
                try {
                    times = desk.freeTimes(session.getSignedIn(), service, place, day, day).stream()
                            .map(free -> new Time(String.valueOf(free.start().getEpochSecond()),
                                    AppointmentCalendarBacking.time(free.start()) + "–"
                                            + AppointmentCalendarBacking.time(free.end()),
                                    free.free()))
                            .toList();
                } catch (AppointmentException refused) {
                    timesProblem = messages.get("AppointmentException.Problem." + refused.getProblem().name());
                }
            }
        }
        return times;
    }

    /** Why there are no times to choose (a service not offered at the place), or null. */
    public String getTimesProblem() {
        getTimes();
        return timesProblem;
    }

    /** Whether service, place and day are chosen. */
    public boolean isChosen() {
        return service != null && place != null && day != null;
    }

    /** The day chosen, the office's way. */
    public String getDayName() {
        return day == null
                ? null
                : Languages.date(messages.getLang(), day.atStartOfDay(Languages.LOCAL_TIME)
                        .plusHours(12).toInstant());
    }

    /** The day before and the day after, as links (service and place kept). */
    public String getPreviousDay() {
        return day == null ? null : href(day.minusDays(1));
    }

    public String getNextDay() {
        return day == null ? null : href(day.plusDays(1));
    }

    private String href(LocalDate other) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("service", List.of(String.valueOf(service)));
        query.put("place", List.of(String.valueOf(place)));
        query.put("day", List.of(other.toString()));
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context,
                "/office/appointments/book-for.xhtml", query, false);
    }

    /** The active services. */
    public List<AppointmentPlanning.ServiceRow> getServices() {
        if (services == null) {
            services = planning.services(session.getSignedIn(), messages.getLang()).stream()
                    .filter(row -> row.settings().active()).toList();
        }
        return services;
    }

    /** The active places (of the chosen service, when one is). */
    public List<AppointmentPlanning.PlaceFacts> getPlaces() {
        if (places == null) {
            Optional<AppointmentPlanning.ServiceRow> chosen = getServices().stream()
                    .filter(it -> service != null && it.id() == service).findFirst();
            places = planning.places(session.getSignedIn()).stream().filter(AppointmentPlanning.PlaceFacts::active)
                    .filter(it -> chosen.isEmpty() || chosen.get().placeIds().contains(it.id())).toList();
        }
        return places;
    }

    /** The portal's languages, named in the office's language. */
    public List<LanguageChoice> getLanguages() {
        return languages.codes().stream()
                .map(code -> new LanguageChoice(code, Languages.name(code, messages.getLang()))).toList();
    }

    public String getService() {
        return service == null ? null : String.valueOf(service);
    }

    public void setService(String value) {
        service = AppointmentCalendarBacking.id(value);
    }

    public String getPlace() {
        return place == null ? null : String.valueOf(place);
    }

    public void setPlace(String value) {
        place = AppointmentCalendarBacking.id(value);
    }

    public String getDay() {
        return day == null ? null : day.toString();
    }

    public void setDay(String value) {
        try {
            day = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            day = null;
        }
    }

    public String getShown() {
        return shownId == null ? null : String.valueOf(shownId);
    }

    public void setShown(String value) {
        shownId = AppointmentCalendarBacking.id(value);
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(String interpreter) {
        this.interpreter = interpreter;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isHandedOver() {
        return handedOver;
    }

    public void setHandedOver(boolean handedOver) {
        this.handedOver = handedOver;
    }
}
