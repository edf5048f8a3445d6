package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/consultation-outcome?id=: what was done with the members' input, per language in three parts (what you said,
 * what we did, what we did not do and why; Markdown), in one form with the choices for publishing (also on the public
 * site; tell members who left an address, by a mail without content): Save, or Save and publish. The texts are plain
 * fields named by part and language ({@code said-nl}, {@code did-nl}, {@code notdid-nl}).
 */
@Named
@RequestScoped
public class OfficeConsultationOutcomeBacking extends ConsultationPage {

    static final String PAGE = "consultation-outcome";
    static final String FORM = "outcome";

    @Inject
    ConsultationDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private StaffViews.Outcome outcome;
    private StaffViews.Row row;
    private boolean fetched;
    private final Map<String, StaffViews.OutcomeTexts> texts = new LinkedHashMap<>();
    private boolean textsRead;
    private boolean shownPublicly;
    private boolean tellMembers;
    private List<Languages.Language> written;

    /** The view action (also on postback): the outcome or 404; the form not posted shows what is saved. */
    public void load() {
        if (ConsultationOffice.forged("id") || getOutcome() == null) {
            NotFound.answer();
            return;
        }
        if (!ConsultationOffice.posted(FORM)) {
            shownPublicly = outcome.isPublic();
        }
    }

    /** Saves the texts (and whether it is public, once published). */
    public void save() {
        if (getOutcome() == null) {
            NotFound.answer();
            return;
        }
        try {
            desk.saveOutcome(session.getSignedIn(), getId(), typed());
            OfficePages.info(messages, "office.consultationoutcome.message.saved");
            OfficePages.done(PAGE, Map.of("id", String.valueOf(getId())));
        } catch (ConsultationException refused) {
            ConsultationOffice.refused(messages, refused);
        }
    }

    /**
     * Saves the texts, then publishes them to members (and the public, when ticked; members told, when ticked). When
     * the texts are saved but publishing is refused, the page says both.
     */
    public void saveAndPublish() {
        if (getOutcome() == null) {
            NotFound.answer();
            return;
        }
        try {
            desk.saveOutcome(session.getSignedIn(), getId(), typed());
        } catch (ConsultationException refused) {
            ConsultationOffice.refused(messages, refused);
            return;
        }
        try {
            desk.publishOutcome(session.getSignedIn(), getId(), shownPublicly, tellMembers);
            OfficePages.info(messages, "office.consultationoutcome.message.published");
        } catch (ConsultationException refused) {
            OfficePages.info(messages, "office.consultationoutcome.message.saved");
            OfficePages.errorText(messages.format("office.consultationoutcome.message.notPublished", "problem",
                    ConsultationOffice.problem(messages, refused)));
        }
        OfficePages.done(PAGE, Map.of("id", String.valueOf(getId())));
    }

    private StaffViews.Outcome typed() {
        Map<String, StaffViews.OutcomeTexts> written = new LinkedHashMap<>();
        getTexts().forEach((language, text) -> {
            StaffViews.OutcomeTexts stripped = new StaffViews.OutcomeTexts(strip(text.said()), strip(text.did()),
                    strip(text.notDid()));
            if (stripped.said() != null || stripped.did() != null || stripped.notDid() != null) {
                written.put(language, stripped);
            }
        });
        return new StaffViews.Outcome(written, outcome.published(), shownPublicly);
    }

    /** A text without spaces around it, or null when nothing was typed. */
    private static String strip(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    // --- what the page shows ---

    /** The saved outcome, read once; null when there is no such consultation. */
    public StaffViews.Outcome getOutcome() {
        if (!fetched) {
            fetched = true;
            if (getId() != null) {
                outcome = ConsultationOffice.unlessGone(() -> desk.outcome(session.getSignedIn(), getId()));
                if (outcome != null) {
                    row = ConsultationOffice.row(desk, session.getSignedIn(), getId(), messages.getLang()).orElse(null);
                }
            }
        }
        return outcome;
    }

    public String getTitle() {
        return getOutcome() == null || row == null ? "" : row.title();
    }

    /** Where the consultation stands, in words. */
    public String getStageName() {
        return getOutcome() == null || row == null ? "" : ConsultationOffice.stage(messages, row);
    }

    /** Whether the outcome is published, in words (and whether also publicly). */
    public String getPublishedName() {
        if (getOutcome() == null || !outcome.published()) {
            return messages.get("office.consultations.outcome.none");
        }
        return messages.get(outcome.isPublic()
                ? "office.consultationoutcome.state.public"
                : "office.consultations.outcome.published");
    }

    /**
     * The languages the consultation is written in (those with a title), in the portal's order: the outcome is kept in
     * those only.
     */
    public List<Languages.Language> getTextLanguages() {
        if (written == null) {
            Set<String> titled = getOutcome() == null
                    ? Set.of()
                    : desk.draft(session.getSignedIn(), getId()).texts().keySet();
            written = languages.all().stream().filter(language -> titled.contains(language.code())).toList();
        }
        return written;
    }

    /** The texts per language: as posted when the form was, else as saved. */
    public Map<String, StaffViews.OutcomeTexts> getTexts() {
        if (!textsRead) {
            textsRead = true;
            if (ConsultationOffice.posted(FORM)) {
                for (String code : getTextLanguages().stream().map(Languages.Language::code).toList()) {
                    texts.put(code, new StaffViews.OutcomeTexts(ConsultationOffice.param("said-" + code),
                            ConsultationOffice.param("did-" + code), ConsultationOffice.param("notdid-" + code)));
                }
            } else if (getOutcome() != null) {
                texts.putAll(outcome.texts());
            }
        }
        return texts;
    }

    public String said(String language) {
        StaffViews.OutcomeTexts text = getTexts().get(language);
        return text == null ? null : text.said();
    }

    public String did(String language) {
        StaffViews.OutcomeTexts text = getTexts().get(language);
        return text == null ? null : text.did();
    }

    public String notDid(String language) {
        StaffViews.OutcomeTexts text = getTexts().get(language);
        return text == null ? null : text.notDid();
    }

    // --- view parameters and fields ---

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public void setShownPublicly(boolean shownPublicly) {
        this.shownPublicly = shownPublicly;
    }

    public boolean isTellMembers() {
        return tellMembers;
    }

    public void setTellMembers(boolean tellMembers) {
        this.tellMembers = tellMembers;
    }
}
