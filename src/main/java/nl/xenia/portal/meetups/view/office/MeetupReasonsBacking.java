package nl.xenia.portal.meetups.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.meetups.boundary.MeetupException;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/meetup-reasons: the reasons Xenia gives when it cancels or moves a meetup people come to (they read it in
 * their language, else English, else Dutch), a new one, and with {@code ?id=} one reason's text in every language (one
 * plain text area per language, a blank one removes the language) and whether staff are offered it. A refused save
 * keeps everything typed and names the language.
 */
@Named
@RequestScoped
public class MeetupReasonsBacking {

    @Inject
    MeetupPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private List<MeetupPlanning.Reason> reasons;
    private Long id;
    private MeetupPlanning.Reason chosen;
    private String language;
    private String text;
    private boolean active;
    private final Map<String, String> texts = new HashMap<>();

    /** The view action (also on postback): with {@code ?id=}, that reason or 404. */
    public void load() {
        if (MeetupOffice.forged("id")) {
            NotFound.answer();
            return;
        }
        if (getId() == null) {
            return;
        }
        if (getChosen() == null) {
            NotFound.answer();
            return;
        }
        if (!MeetupOffice.posted("reason")) {
            texts.putAll(chosen.texts());
            active = chosen.active();
        }
    }

    public void create() {
        try {
            Map<String, String> typed = new HashMap<>();
            typed.put(getLanguage(), text == null ? "" : text);
            long created = planning.saveReason(session.getSignedIn(), null, typed);
            OfficePages.info(messages, "office.meetupreasons.message.created");
            OfficePages.done("meetup-reasons", Map.of("id", String.valueOf(created)));
        } catch (MeetupException refused) {
            refuse(refused);
        }
    }

    /** Every language's text (text areas named reason-{code}) and the state. */
    public void save() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        languages.codes().forEach(code -> texts.put(code, form.get("reason-" + code)));
        try {
            Map<String, String> typed = new HashMap<>();
            texts.forEach((code, value) -> typed.put(code, value == null ? "" : value));
            planning.saveReason(session.getSignedIn(), id, typed);
            if (active != getChosen().active()) {
                planning.activateReason(session.getSignedIn(), id, active);
            }
            OfficePages.info(messages, "office.meetupreasons.message.saved");
            OfficePages.done();
        } catch (MeetupException refused) {
            refuse(refused);
        }
    }

    /** A reason too long names its language; one without any text says so. */
    private void refuse(MeetupException refused) {
        if (refused.getProblem() == MeetupException.Problem.REASON) {
            OfficePages.error(messages, "office.meetupreasons.message.empty");
        } else if (refused.getField() != null && languages.isSupported(refused.getField())) {
            MeetupOffice.refused(messages, refused, Languages.name(refused.getField(), messages.getLang()));
        } else {
            MeetupOffice.refused(messages, refused);
        }
    }

    public List<MeetupPlanning.Reason> getReasons() {
        if (reasons == null) {
            reasons = planning.reasons(session.getSignedIn(), messages.getLang());
        }
        return reasons;
    }

    /** The languages a reason is written in, by their names in the office's language. */
    public String languagesOf(MeetupPlanning.Reason reason) {
        return MeetupOffice.languageNames(reason.texts().keySet().stream().sorted().toList(), messages.getLang());
    }

    /** A language's name in the office's language ("Engels"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    /** The reason named by the id in the address or, on a post, the form's hidden field. */
    public MeetupPlanning.Reason getChosen() {
        if (chosen == null && getId() != null) {
            chosen = getReasons().stream().filter(reason -> reason.id() == id).findFirst().orElse(null);
        }
        return chosen;
    }

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
