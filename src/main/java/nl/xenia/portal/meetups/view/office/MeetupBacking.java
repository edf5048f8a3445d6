package nl.xenia.portal.meetups.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.LanguageChoices;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.meetups.boundary.MeetupException;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.meetups.entity.Repetition;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/meetup: a new meetup (without an id: once, or a weekly or monthly series until a day or for a number of
 * times; after saving, the days skipped for a holiday are named), or with {@code ?id=} one occurrence: its counts, and
 * while it is to come the same form to change it (for an occurrence of a series: this one, or this and the later
 * ones), a reason when it moves while people come, and cancelling, which asks first ({@code &step=cancel}). Once it
 * has begun: how many came. Each action answers with a redirect and its message; a refusal names the field and keeps
 * everything typed (the texts per language are plain fields named as the boundary names them: {@code title-nl}).
 */
@Named
@RequestScoped
public class MeetupBacking {

    /** The page's name, and the id of its form (its fields: {@code meetup:area}, …). */
    static final String PAGE = "meetup";
    static final String FORM = "meetup";
    static final String CANCEL_STEP = "cancel";

    /** The label of each field a refusal can name (the texts per language apart). */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "office.meetup.texts.title"),
            Map.entry("texts", "office.meetup.texts.title"), Map.entry("host", "office.meetup.input.host.label"),
            Map.entry("hostKind", "office.meetup.input.hostKind.label"),
            Map.entry("languages", "office.meetup.input.languages.label"),
            Map.entry("area", "office.meetup.input.area.label"),
            Map.entry("address", "office.meetup.input.address.label"),
            Map.entry("capacity", "office.meetup.input.capacity.label"),
            Map.entry("start", "office.meetup.input.start.label"), Map.entry("end", "office.meetup.input.end.label"),
            Map.entry("repeat", "office.meetup.input.repeat.label"),
            Map.entry("reason", "office.meetup.input.reason.label"),
            Map.entry("came", "office.meetup.input.came.label"));

    @Inject
    MeetupPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long id;
    private String step;
    private MeetupPlanning.Detail detail;
    private boolean looked;
    private List<MeetupPlanning.Reason> reasons;
    /** The field the last refusal was about (marked as invalid), or null. */
    private String invalid;

    // the plan
    private final Map<String, MeetupPlanning.Text> texts = new LinkedHashMap<>();
    private boolean textsRead;
    private HostKind hostKind = HostKind.PEER;
    private String hostName;
    private List<String> spoken = new ArrayList<>();
    private List<String> moreSpoken = new ArrayList<>();
    private LocalDate day;
    private LocalTime startTime;
    private LocalTime endTime;
    private String area;
    private boolean online;
    private String address;
    private Integer capacity = 10;
    private boolean waitingList = true;
    // a new one's repetition
    private String repeat = "NONE";
    private LocalDate until;
    private Integer count;
    // a change or cancellation
    private String scope = MeetupPlanning.Scope.ONE.name();
    private String reason;
    // after it began
    private Integer came;

    /**
     * The view action (also on postback): with an id, the occurrence or 404. The form not posted shows what is saved;
     * the one posted keeps what was typed.
     */
    public void load() {
        if (MeetupOffice.forged("id")) {
            NotFound.answer();
            return;
        }
        if (getId() == null) {
            return;
        }
        if (getDetail() == null) {
            NotFound.answer();
            return;
        }
        if (!MeetupOffice.posted(FORM)) {
            MeetupPlanning.Plan plan = detail.plan();
            hostKind = plan.hostKind();
            hostName = plan.hostName();
            List<String> portal = languages.codes();
            spoken = new ArrayList<>(plan.languages().stream().filter(portal::contains).toList());
            moreSpoken = new ArrayList<>(plan.languages().stream().filter(code -> !portal.contains(code)).toList());
            day = plan.start().toLocalDate();
            startTime = plan.start().toLocalTime();
            endTime = plan.end().toLocalTime();
            area = plan.area();
            online = plan.online();
            address = plan.address();
            capacity = plan.capacity();
            waitingList = plan.waitingList();
        }
        if (!MeetupOffice.posted("came")) {
            came = detail.entry().came();
        }
    }

    /** Plans a new meetup, or saves the changes to this one (and, when asked, the later ones of its series). */
    public void save() {
        try {
            if (getId() == null) {
                planNew();
            } else {
                MeetupPlanning.Scope chosen = chosenScope();
                planning.change(session.getSignedIn(), id, typedPlan(), chosen, reasonId());
                OfficePages.info(messages, chosen == MeetupPlanning.Scope.REST
                        ? "office.meetup.message.savedRest"
                        : "office.meetup.message.saved");
                OfficePages.done(PAGE, Map.of("id", String.valueOf(id)));
            }
        } catch (MeetupException refused) {
            refuse(refused);
        }
    }

    private void planNew() {
        MeetupPlanning.Repeat repetition = repeat == null || "NONE".equals(repeat)
                ? null
                : new MeetupPlanning.Repeat(repetition(repeat), until, count);
        MeetupPlanning.Planned planned = planning.plan(session.getSignedIn(), typedPlan(), repetition);
        MeetupOffice.say(FacesMessage.SEVERITY_INFO,
                messages.format("office.meetup.message.planned", "count", planned.ids().size()));
        if (!planned.skipped().isEmpty()) {
            String lang = messages.getLang();
            MeetupOffice
                    .say(FacesMessage.SEVERITY_WARN,
                            messages.format("office.meetup.message.skipped", "days", MeetupOffice.list(
                                    planned.skipped().stream().map(skipped -> Languages.day(lang, skipped)).toList(),
                                    lang)));
        }
        if (repetition == null) {
            OfficePages.done(PAGE, Map.of("id", String.valueOf(planned.ids().get(0))));
        } else {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("view", "upcoming");
            query.put("from", day.toString());
            OfficePages.done("meetups", query);
        }
    }

    /** Cancels this occurrence (or it and the later ones), after the question; a reason when people come. */
    public void cancelMeetup() {
        try {
            MeetupPlanning.Scope chosen = chosenScope();
            planning.cancel(session.getSignedIn(), getId() == null ? -1 : id, chosen, reasonId());
            OfficePages.info(messages, chosen == MeetupPlanning.Scope.REST
                    ? "office.meetup.message.cancelledRest"
                    : "office.meetup.message.cancelled");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(id)));
        } catch (MeetupException refused) {
            refuse(refused);
        }
    }

    /** How many came, once it has begun. */
    public void recordCame() {
        try {
            planning.recordCame(session.getSignedIn(), getId() == null ? -1 : id, came == null ? -1 : came);
            OfficePages.info(messages, "office.meetup.message.came");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(id)));
        } catch (MeetupException refused) {
            refuse(refused);
        }
    }

    /** The repetition chosen, or null for a forged one (the boundary then refuses the series). */
    private static Repetition repetition(String chosen) {
        for (Repetition known : Repetition.values()) {
            if (known.name().equals(chosen)) {
                return known;
            }
        }
        return null;
    }

    private MeetupPlanning.Plan typedPlan() {
        LocalDateTime start = day == null || startTime == null ? null : day.atTime(startTime);
        LocalDateTime end = day == null || endTime == null ? null : day.atTime(endTime);
        List<String> all = new ArrayList<>(spoken);
        all.addAll(moreSpoken);
        return new MeetupPlanning.Plan(getTexts(), hostKind, hostName, all, area, online, address,
                capacity == null ? 0 : capacity, waitingList, start, end);
    }

    private MeetupPlanning.Scope chosenScope() {
        return MeetupPlanning.Scope.REST.name().equals(scope) && isSeries()
                ? MeetupPlanning.Scope.REST
                : MeetupPlanning.Scope.ONE;
    }

    private Long reasonId() {
        try {
            return reason == null || reason.isBlank() ? null : Long.valueOf(reason);
        } catch (NumberFormatException forged) {
            return -1L;
        }
    }

    /** The refusal above the form, naming its field, which is marked; everything typed stays. */
    private void refuse(MeetupException refused) {
        invalid = refused.getField() != null ? refused.getField() : fieldOf(refused.getProblem());
        MeetupOffice.refused(messages, refused, fieldLabel(invalid));
    }

    /** The field a problem is about when the boundary names none. */
    private static String fieldOf(MeetupException.Problem problem) {
        return switch (problem) {
            case BELOW_COMING -> "capacity";
            case SERIES_END, SERIES_EMPTY -> "repeat";
            case REASON -> "reason";
            case DATE_PAST -> "start";
            case CAME, NOT_YET -> "came";
            default -> null;
        };
    }

    /** A field's name as the form labels it ("Titel (Engels)"), or null. */
    String fieldLabel(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("title-") || field.startsWith("description-")) {
            String code = field.substring(field.indexOf('-') + 1);
            return messages.format(
                    field.startsWith("title-") ? "office.meetup.field.title" : "office.meetup.field.description",
                    "language", Languages.name(code, messages.getLang()));
        }
        String key = LABELS.get(field);
        return key == null ? null : messages.get(key);
    }

    /** Whether the refusal was about this field (aria-invalid). */
    public boolean invalid(String field) {
        return (field.equals(invalid) || "start".equals(invalid) && "day".equals(field)
                || ("title".equals(invalid) || "texts".equals(invalid)) && field.startsWith("title-")
                || "repeat".equals(invalid) && ("until".equals(field) || "count".equals(field)));
    }

    // --- what the page shows ---

    /** The occurrence named by the id in the address or, on a post, the form's hidden field; null for a new one. */
    public MeetupPlanning.Detail getDetail() {
        if (!looked && getId() != null) {
            looked = true;
            detail = planning.detail(session.getSignedIn(), id, messages.getLang()).orElse(null);
        }
        return detail;
    }

    /** Whether this is a new meetup (no id). */
    public boolean isCreating() {
        return getId() == null;
    }

    /** Whether the occurrence can still be changed or cancelled: planned, not begun. */
    public boolean isEditable() {
        return getDetail() != null && !detail.entry().cancelled() && detail.entry().start().isAfter(clock.instant());
    }

    /** Whether it has begun (how many came can be recorded), and was not cancelled. */
    public boolean isBegun() {
        return getDetail() != null && !detail.entry().cancelled() && !detail.entry().start().isAfter(clock.instant());
    }

    /** Whether the page asks first whether to cancel ({@code &step=cancel}). */
    public boolean isCancelStep() {
        return CANCEL_STEP.equals(getStep()) && isEditable();
    }

    /** Whether it is an occurrence of a series (this one or the later ones can be changed). */
    public boolean isSeries() {
        return getDetail() != null && detail.entry().seriesId() != null;
    }

    /** Whether anyone comes or waits (a move or a cancellation then needs a reason). */
    public boolean isAnyone() {
        return getDetail() != null && detail.entry().coming() + detail.entry().waiting() > 0;
    }

    public String getWhen() {
        return getDetail() == null
                ? ""
                : MeetupOffice.when(messages.getLang(), detail.entry().start(), detail.entry().end());
    }

    public String getStatusName() {
        return getDetail() == null ? "" : MeetupOffice.status(messages, detail.entry(), clock.instant());
    }

    /** The reason it was cancelled, in the office's language, or null. */
    public String getReasonText() {
        if (getDetail() == null || detail.reasonId() == null) {
            return null;
        }
        return planning.reasons(session.getSignedIn(), messages.getLang()).stream()
                .filter(known -> known.id() == detail.reasonId()).map(MeetupPlanning.Reason::text).findFirst()
                .orElse(null);
    }

    public String getPlaces() {
        return getDetail() == null
                ? ""
                : messages.format("office.meetups.places", "coming", detail.entry().coming(), "capacity",
                        detail.entry().capacity());
    }

    public String getRepetitionName() {
        return getDetail() == null || detail.repetition() == null
                ? null
                : messages.get("Repetition." + detail.repetition().name());
    }

    /** The active reasons to choose from, in the office's language. */
    public List<MeetupPlanning.Reason> getReasons() {
        if (reasons == null) {
            reasons = planning.reasons(session.getSignedIn(), messages.getLang()).stream()
                    .filter(MeetupPlanning.Reason::active).toList();
        }
        return reasons;
    }

    /** The languages a meetup's texts are written in (the portal's). */
    public List<Languages.Language> getTextLanguages() {
        return languages.all();
    }

    /** The portal's languages, to tick as spoken there. */
    public List<LanguageChoices.Choice> getSpokenChoices() {
        return LanguageChoices.of(languages.codes(), messages.getLang()).stream()
                .filter(choice -> languages.isSupported(choice.code())).toList();
    }

    /** Other languages people often speak, to tick as spoken there. */
    public List<LanguageChoices.Choice> getMoreSpokenChoices() {
        return LanguageChoices.of(languages.codes(), messages.getLang()).stream()
                .filter(choice -> !languages.isSupported(choice.code())).toList();
    }

    /** A language's name in the office's language ("Roemeens"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    public HostKind[] getHostKinds() {
        return HostKind.values();
    }

    public Repetition[] getRepetitions() {
        return Repetition.values();
    }

    /**
     * The texts per language: as posted (fields {@code title-xx}, {@code description-xx}) when the form was, else as
     * saved.
     */
    public Map<String, MeetupPlanning.Text> getTexts() {
        if (!textsRead) {
            textsRead = true;
            if (MeetupOffice.posted(FORM)) {
                Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext()
                        .getRequestParameterMap();
                for (String code : languages.codes()) {
                    texts.put(code, new MeetupPlanning.Text(form.get("title-" + code),
                            form.get("description-" + code)));
                }
            } else if (getDetail() != null) {
                texts.putAll(detail.plan().texts());
            }
        }
        return texts;
    }

    public String title(String language) {
        MeetupPlanning.Text text = getTexts().get(language);
        return text == null ? null : text.title();
    }

    public String description(String language) {
        MeetupPlanning.Text text = getTexts().get(language);
        return text == null ? null : text.description();
    }

    /** The heading's title: the title in the office's language (else English, Dutch, any). */
    public String getTitle() {
        return getDetail() == null ? "" : detail.entry().title();
    }

    // --- view parameters and fields ---

    public Long getId() {
        if (id == null) {
            id = MeetupOffice.number("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The id as the address has it (a view parameter as text: anything but a number answers 404). */
    public String getIdParam() {
        return getId() == null ? null : String.valueOf(getId());
    }

    public void setIdParam(String typed) {
        setId(MeetupOffice.parse(typed));
    }

    public String getStep() {
        if (step == null) {
            step = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("step");
        }
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public HostKind getHostKind() {
        return hostKind;
    }

    public void setHostKind(HostKind hostKind) {
        this.hostKind = hostKind;
    }

    public String getHostName() {
        return hostName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public List<String> getSpoken() {
        return spoken;
    }

    public void setSpoken(List<String> spoken) {
        this.spoken = spoken == null ? new ArrayList<>() : new ArrayList<>(spoken);
    }

    public List<String> getMoreSpoken() {
        return moreSpoken;
    }

    public void setMoreSpoken(List<String> moreSpoken) {
        this.moreSpoken = moreSpoken == null ? new ArrayList<>() : new ArrayList<>(moreSpoken);
    }

    /** The other languages ticked, by name (shown on the closed list of them), or "". */
    public String getMoreSpokenNames() {
        return moreSpoken.isEmpty() ? "" : MeetupOffice.languageNames(moreSpoken, messages.getLang());
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isWaitingList() {
        return waitingList;
    }

    public void setWaitingList(boolean waitingList) {
        this.waitingList = waitingList;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getCame() {
        return came;
    }

    public void setCame(Integer came) {
        this.came = came;
    }
}
