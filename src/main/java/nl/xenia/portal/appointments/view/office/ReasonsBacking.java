package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/reasons: the reasons Xenia gives when it cancels an appointment (the person reads it in their language, else
 * English, else Dutch), a new one, and with {@code ?id=} one reason's text in every language (one plain text area per
 * language) and whether staff are offered it. A refused save keeps everything typed.
 */
@Named
@RequestScoped
public class ReasonsBacking {

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private List<AppointmentPlanning.Reason> reasons;
    private Long id;
    private AppointmentPlanning.Reason chosen;
    private String language;
    private String text;
    private boolean active;
    private final Map<String, String> texts = new HashMap<>();

    /** The view action (also on postback): with {@code ?id=}, that reason or 404. */
    public void load() {
        if (getId() == null) {
            return;
        }
        if (getChosen() == null) {
            NotFound.answer();
            return;
        }
        if (!PlanningOffice.posted("reason")) {
            texts.putAll(chosen.texts());
            active = chosen.active();
        }
    }

    public void create() {
        try {
            long created = planning.createReason(session.getSignedIn(), getLanguage(), text);
            OfficePages.info(messages, "office.reasons.message.created");
            OfficePages.done("reasons", Map.of("id", String.valueOf(created)));
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    /** Every language's text (text areas named reason-{code}) and the state, in one transaction each. */
    public void save() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        languages.codes().forEach(code -> texts.put(code, form.get("reason-" + code)));
        try {
            Map<String, String> typed = new HashMap<>();
            texts.forEach((code, value) -> typed.put(code, value == null ? "" : value));
            planning.saveReason(session.getSignedIn(), id, typed, active);
            OfficePages.info(messages, "office.reasons.message.saved");
            OfficePages.done();
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public List<AppointmentPlanning.Reason> getReasons() {
        if (reasons == null) {
            reasons = planning.reasons(session.getSignedIn(), messages.getLang());
        }
        return reasons;
    }

    /** The languages a reason is written in, by their names in the office's language. */
    public String languagesOf(AppointmentPlanning.Reason reason) {
        return reason.texts().keySet().stream().map(code -> Languages.name(code, messages.getLang()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A language's name in the office's language ("Engels"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    /**
     * The reason named by the id in the address or, on a post, the form's hidden field: read once per request, before
     * the view action (the form is shown, so decoded, only with it).
     */
    public AppointmentPlanning.Reason getChosen() {
        if (chosen == null && getId() != null) {
            chosen = planning.reason(session.getSignedIn(), getId(), messages.getLang()).orElse(null);
        }
        return chosen;
    }

    public Long getId() {
        if (id == null) {
            id = PlanningOffice.number("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLanguage() {
        return language == null ? messages.getLang() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The texts by language, one text area each. */
    public Map<String, String> getTexts() {
        return texts;
    }
}
