package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.appointments.entity.DayChange;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/service?id=: one service's settings, its text in the language chosen ({@code &text=}, one link per
 * language), the places it is offered at, its weekly hours per place and its day changes from today. Each part is a
 * form of its own; a refused one is shown again as typed while the others show what is saved. Removing a block of
 * hours or a day change asks first ({@code &removeHours=}, {@code &removeChange=}), then posts.
 */
@Named
@RequestScoped
public class ServiceBacking {

    /** The units a minimum notice is typed in, by their length in minutes. */
    public enum NoticeUnit {

        MINUTES(1), HOURS(60), DAYS(1440);

        final int minutes;

        NoticeUnit(int minutes) {
            this.minutes = minutes;
        }
    }

    /** The units a horizon is typed in, by their length in days. */
    public enum HorizonUnit {

        DAYS(1), WEEKS(7);

        final int days;

        HorizonUnit(int days) {
            this.days = days;
        }
    }

    /** What a day change does: closed the whole day, closed from–until, extra hours from–until. */
    public enum ChangeKind {
        CLOSED_DAY, CLOSED, EXTRA
    }

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private Long id;
    private String text;
    private Long removeHours;
    private Long removeChange;

    private AppointmentPlanning.ServiceFacts facts;
    private List<AppointmentPlanning.PlaceFacts> places;
    private Map<Long, AppointmentPlanning.PlaceFacts> placesById;
    private List<AppointmentPlanning.HoursBlock> hours;
    private List<AppointmentPlanning.Change> changes;

    // settings
    private Integer duration;
    private Integer pause;
    private Integer notice;
    private NoticeUnit noticeUnit = NoticeUnit.HOURS;
    private Integer horizon;
    private HorizonUnit horizonUnit = HorizonUnit.DAYS;
    private Integer capacity;
    private boolean interpreter;
    private boolean confirmFirst;
    private boolean active;
    // the text in one language
    private String textName;
    private String textDescription;
    private String textBring;
    // places offered
    private List<String> offered = new ArrayList<>();
    // a block of hours
    private Long hoursPlace;
    private DayOfWeek hoursDay = DayOfWeek.MONDAY;
    private LocalTime hoursFrom;
    private LocalTime hoursUntil;
    // a day change
    private Long changePlace;
    private LocalDate changeDate;
    private ChangeKind changeKind = ChangeKind.CLOSED_DAY;
    private LocalTime changeFrom;
    private LocalTime changeUntil;

    /**
     * The view action (also on postback): the service, or 404. The forms not posted show what is saved; the one
     * posted keeps what was typed.
     */
    public void load() {
        if (facts() == null || getRemoveHours() != null && block(getRemoveHours()) == null
                || getRemoveChange() != null && change(getRemoveChange()) == null) {
            NotFound.answer();
            return;
        }
        if (!PlanningOffice.posted("settings")) {
            AppointmentPlanning.Settings settings = facts.settings();
            duration = settings.durationMinutes();
            pause = settings.pauseMinutes();
            noticeUnit = settings.minNoticeMinutes() % NoticeUnit.DAYS.minutes == 0 && settings.minNoticeMinutes() > 0
                    ? NoticeUnit.DAYS
                    : settings.minNoticeMinutes() % NoticeUnit.HOURS.minutes == 0
                            ? NoticeUnit.HOURS
                            : NoticeUnit.MINUTES;
            notice = settings.minNoticeMinutes() / noticeUnit.minutes;
            horizonUnit = settings.horizonDays() % HorizonUnit.WEEKS.days == 0 ? HorizonUnit.WEEKS : HorizonUnit.DAYS;
            horizon = settings.horizonDays() / horizonUnit.days;
            capacity = settings.capacity();
            interpreter = settings.interpreter();
            confirmFirst = settings.confirmFirst();
            active = settings.active();
        }
        if (!PlanningOffice.posted("texts")) {
            AppointmentPlanning.Text written = facts.texts().get(getText());
            textName = written == null ? null : written.name();
            textDescription = written == null ? null : written.description();
            textBring = written == null ? null : written.bring();
        }
        if (!PlanningOffice.posted("places")) {
            offered = facts.placeIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        }
    }

    public void saveSettings() {
        try {
            planning.changeService(session.getSignedIn(), id,
                    new AppointmentPlanning.Settings(number(duration), number(pause),
                            number(notice) * (noticeUnit == null ? 1 : noticeUnit.minutes),
                            number(horizon) * (horizonUnit == null ? 1 : horizonUnit.days), number(capacity),
                            interpreter, confirmFirst, active));
            OfficePages.info(messages, "office.service.message.settings");
            OfficePages.done();
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public void saveText() {
        try {
            planning.writeText(session.getSignedIn(), id, getText(),
                    new AppointmentPlanning.Text(textName, textDescription, textBring));
            OfficePages.info(messages, "office.service.message.text");
            OfficePages.done();
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public void removeText() {
        try {
            planning.removeText(session.getSignedIn(), id, getText());
            OfficePages.info(messages, "office.service.message.textRemoved");
            OfficePages.done();
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public void savePlaces() {
        try {
            Set<Long> chosen = offered.stream().map(Long::valueOf).collect(Collectors.toSet());
            planning.offerAt(session.getSignedIn(), id, chosen);
            OfficePages.info(messages, "office.service.message.places");
            OfficePages.done();
        } catch (AppointmentException | NumberFormatException refused) {
            OfficePages.error(messages, "AppointmentException.Problem.NOT_FOUND");
        }
    }

    public void addHours() {
        try {
            planning.addHours(session.getSignedIn(), id, hoursPlace == null ? -1 : hoursPlace, hoursDay, hoursFrom,
                    hoursUntil);
            OfficePages.info(messages, "office.service.message.hoursAdded");
            OfficePages.done();
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public void confirmRemoveHours() {
        try {
            planning.removeHours(session.getSignedIn(), id, getRemoveHours());
            OfficePages.info(messages, "office.service.message.hoursRemoved");
            OfficePages.done("service", query());
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public void addChange() {
        try {
            boolean wholeDay = changeKind == ChangeKind.CLOSED_DAY;
            planning.addChange(session.getSignedIn(), id, changePlace == null ? -1 : changePlace, changeDate,
                    changeKind == ChangeKind.EXTRA ? DayChange.Kind.EXTRA : DayChange.Kind.CLOSED,
                    wholeDay ? null : changeFrom, wholeDay ? null : changeUntil);
            OfficePages.info(messages, "office.service.message.changeAdded");
            OfficePages.done();
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public void confirmRemoveChange() {
        try {
            planning.removeChange(session.getSignedIn(), id, getRemoveChange());
            OfficePages.info(messages, "office.service.message.changeRemoved");
            OfficePages.done("service", query());
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    /** The service's address without a removal: its id and the language of the text shown. */
    private Map<String, String> query() {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("id", String.valueOf(id));
        query.put("text", getText());
        return query;
    }

    private static int number(Integer typed) {
        return typed == null ? -1 : typed;
    }

    // --- what the page shows ---

    public AppointmentPlanning.ServiceFacts getFacts() {
        return facts();
    }

    /**
     * The service, read once per request from the id in the address or, on a post, in the form's hidden field: the
     * forms need it (places to choose from, which parts are shown) before the view action runs.
     */
    private AppointmentPlanning.ServiceFacts facts() {
        if (facts == null) {
            if (id == null) {
                id = PlanningOffice.number("id");
            }
            if (id != null) {
                facts = planning.service(session.getSignedIn(), id, messages.getLang()).orElse(null);
            }
        }
        return facts;
    }

    /** Every place (for the places offered): active ones, and inactive ones while offered. */
    public List<AppointmentPlanning.PlaceFacts> getPlaces() {
        if (places == null) {
            Set<Long> offeredNow = facts() == null ? Set.of() : facts().placeIds();
            places = planning.places(session.getSignedIn()).stream()
                    .filter(place -> place.active() || offeredNow.contains(place.id())).toList();
        }
        return places;
    }

    /** The places the service is offered at (for its hours and changes). */
    public List<AppointmentPlanning.PlaceFacts> getOfferedPlaces() {
        Set<Long> offeredNow = facts() == null ? Set.of() : facts().placeIds();
        return getPlaces().stream().filter(place -> offeredNow.contains(place.id())).toList();
    }

    /** A place's name for staff, "?" when it is gone. */
    public String placeName(long placeId) {
        if (placesById == null) {
            placesById = planning.places(session.getSignedIn()).stream()
                    .collect(Collectors.toMap(AppointmentPlanning.PlaceFacts::id, Function.identity()));
        }
        AppointmentPlanning.PlaceFacts place = placesById.get(placeId);
        return place == null ? "?" : place.name();
    }

    public List<AppointmentPlanning.HoursBlock> getHours() {
        if (hours == null) {
            hours = facts() == null ? List.of() : planning.hours(session.getSignedIn(), id);
        }
        return hours;
    }

    public List<AppointmentPlanning.Change> getChanges() {
        if (changes == null) {
            changes = facts() == null ? List.of() : planning.changes(session.getSignedIn(), id);
        }
        return changes;
    }

    /** The block asked to be removed, or null. */
    public AppointmentPlanning.HoursBlock getBlockToRemove() {
        return getRemoveHours() == null ? null : block(getRemoveHours());
    }

    /** The change asked to be removed, or null. */
    public AppointmentPlanning.Change getChangeToRemove() {
        return getRemoveChange() == null ? null : change(getRemoveChange());
    }

    private AppointmentPlanning.HoursBlock block(long blockId) {
        return getHours().stream().filter(block -> block.id() == blockId).findFirst().orElse(null);
    }

    private AppointmentPlanning.Change change(long changeId) {
        return getChanges().stream().filter(change -> change.id() == changeId).findFirst().orElse(null);
    }

    /** A weekday in the office's language. */
    public String dayName(DayOfWeek day) {
        return PlanningOffice.dayName(day, messages.getLang());
    }

    /** A change as one line: "closed all day", "closed 12:00–13:00", "extra 18:00–20:00". */
    public String changeText(AppointmentPlanning.Change change) {
        if (change.from() == null) {
            return messages.get("office.service.change.closedDay");
        }
        return messages.format(change.kind() == DayChange.Kind.EXTRA
                ? "office.service.change.extra"
                : "office.service.change.closed", "from", change.from().toString(), "until",
                change.until().toString());
    }

    /** A language's name in the office's language ("Engels"). */
    public String languageName(String code) {
        return code == null ? "" : Languages.name(code, messages.getLang());
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    /** Whether the chosen language has a text. */
    public boolean isTextWritten() {
        return facts() != null && facts().texts().containsKey(getText());
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public NoticeUnit[] getNoticeUnits() {
        return NoticeUnit.values();
    }

    public HorizonUnit[] getHorizonUnits() {
        return HorizonUnit.values();
    }

    public ChangeKind[] getChangeKinds() {
        return ChangeKind.values();
    }

    // --- view parameters and fields ---

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The language of the text shown: {@code &text=} when the portal speaks it, else the office's language. */
    public String getText() {
        return text != null && languages.isSupported(text) ? text : messages.getLang();
    }

    public void setText(String text) {
        this.text = text;
    }

    /** {@code &removeHours=} (on the confirmation's post, its hidden field). */
    public Long getRemoveHours() {
        return removeHours != null ? removeHours : PlanningOffice.number("removeHours");
    }

    public void setRemoveHours(Long removeHours) {
        this.removeHours = removeHours;
    }

    /** {@code &removeChange=} (on the confirmation's post, its hidden field). */
    public Long getRemoveChange() {
        return removeChange != null ? removeChange : PlanningOffice.number("removeChange");
    }

    public void setRemoveChange(Long removeChange) {
        this.removeChange = removeChange;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public Integer getPause() {
        return pause;
    }

    public void setPause(Integer pause) {
        this.pause = pause;
    }

    public Integer getNotice() {
        return notice;
    }

    public void setNotice(Integer notice) {
        this.notice = notice;
    }

    public NoticeUnit getNoticeUnit() {
        return noticeUnit;
    }

    public void setNoticeUnit(NoticeUnit noticeUnit) {
        this.noticeUnit = noticeUnit;
    }

    public Integer getHorizon() {
        return horizon;
    }

    public void setHorizon(Integer horizon) {
        this.horizon = horizon;
    }

    public HorizonUnit getHorizonUnit() {
        return horizonUnit;
    }

    public void setHorizonUnit(HorizonUnit horizonUnit) {
        this.horizonUnit = horizonUnit;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }

    public boolean isConfirmFirst() {
        return confirmFirst;
    }

    public void setConfirmFirst(boolean confirmFirst) {
        this.confirmFirst = confirmFirst;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getTextName() {
        return textName;
    }

    public void setTextName(String textName) {
        this.textName = textName;
    }

    public String getTextDescription() {
        return textDescription;
    }

    public void setTextDescription(String textDescription) {
        this.textDescription = textDescription;
    }

    public String getTextBring() {
        return textBring;
    }

    public void setTextBring(String textBring) {
        this.textBring = textBring;
    }

    public List<String> getOffered() {
        return offered;
    }

    public void setOffered(List<String> offered) {
        this.offered = offered == null ? new ArrayList<>() : new ArrayList<>(offered);
    }

    public Long getHoursPlace() {
        return hoursPlace;
    }

    public void setHoursPlace(Long hoursPlace) {
        this.hoursPlace = hoursPlace;
    }

    public DayOfWeek getHoursDay() {
        return hoursDay;
    }

    public void setHoursDay(DayOfWeek hoursDay) {
        this.hoursDay = hoursDay;
    }

    public LocalTime getHoursFrom() {
        return hoursFrom;
    }

    public void setHoursFrom(LocalTime hoursFrom) {
        this.hoursFrom = hoursFrom;
    }

    public LocalTime getHoursUntil() {
        return hoursUntil;
    }

    public void setHoursUntil(LocalTime hoursUntil) {
        this.hoursUntil = hoursUntil;
    }

    public Long getChangePlace() {
        return changePlace;
    }

    public void setChangePlace(Long changePlace) {
        this.changePlace = changePlace;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public ChangeKind getChangeKind() {
        return changeKind;
    }

    public void setChangeKind(ChangeKind changeKind) {
        this.changeKind = changeKind;
    }

    public LocalTime getChangeFrom() {
        return changeFrom;
    }

    public void setChangeFrom(LocalTime changeFrom) {
        this.changeFrom = changeFrom;
    }

    public LocalTime getChangeUntil() {
        return changeUntil;
    }

    public void setChangeUntil(LocalTime changeUntil) {
        this.changeUntil = changeUntil;
    }
}
