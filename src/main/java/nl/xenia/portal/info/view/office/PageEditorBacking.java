package nl.xenia.portal.info.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.info.boundary.InfoEditing;
import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.info.boundary.Markdown;
import nl.xenia.portal.info.control.SourceChanges;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/page?id=&amp;lang=: one page's text in one language, Markdown with an on-demand preview
 * (rendered and cleaned exactly as readers get it), the source text beside a translation with what changed
 * in it since the translation was saved, saved as draft or published. Saving a published text as draft
 * asks first (the boundary refuses until confirmed: a box on the page, no script). What was typed survives
 * every refusal; a save ends with a redirect to the editor.
 */
@Named
@RequestScoped
public class PageEditorBacking {

    @Inject
    InfoEditing editing;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private Long id;
    private String lang;
    private InfoEditing.Draft draft;
    private String title;
    private String body;
    private LocalDate lastChecked;
    private String preview;
    private String base;
    private boolean confirmingOffline;

    /** The view action (also on postback): the page's text, or 404; typed values are kept on postback. */
    public void load() {
        draft = id == null || lang == null ? null : editing.draft(session.getSignedIn(), id, lang).orElse(null);
        if (draft == null) {
            NotFound.answer();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            title = draft.title();
            body = draft.body();
            lastChecked = draft.lastChecked();
            base = draft.base();
        }
    }

    public void preview() {
        preview = Markdown.toSafeHtml(body);
    }

    public void saveDraft() {
        save(false, false);
    }

    /** The confirmation box's button: save as draft although that takes the published text offline. */
    public void takeOffline() {
        save(false, true);
    }

    /** The confirmation box's other button: nothing saved, the text kept as typed. */
    public void keepOnline() {
        confirmingOffline = false;
        OfficePages.info(messages, "office.info.message.kept");
    }

    public void publish() {
        save(true, false);
    }

    private void save(boolean publish, boolean takeOffline) {
        try {
            editing.save(session.getSignedIn(), id, lang, base, title, body == null ? "" : body, lastChecked, publish,
                    takeOffline);
            OfficePages.info(messages, publish
                    ? "office.info.message.published"
                    : takeOffline ? "office.info.message.offline" : "office.info.message.saved");
            OfficePages.done();
        } catch (InfoException refused) {
            switch (refused.getProblem()) {
                case TAKES_OFFLINE -> {
                    confirmingOffline = true;
                    OfficePages.warn(messages, "InfoException.Problem.TAKES_OFFLINE");
                }
                case CHANGED_MEANWHILE -> {
                    // shown the versions as they are now (the changes beside it): the next save may go ahead
                    base = draft.base();
                    InfoOffice.refused(messages, refused);
                }
                default -> InfoOffice.refused(messages, refused);
            }
        }
    }

    /**
     * Whether the box asking to confirm taking the published text offline is shown: after a refusal asking for
     * it, and (so that its buttons are in the page and their actions run) while its own post is applied.
     */
    public boolean isConfirmingOffline() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (confirmingOffline || context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return confirmingOffline;
        }
        Map<String, String> form = context.getExternalContext().getRequestParameterMap();
        return form.containsKey("editor:takeOffline") || form.containsKey("editor:keepOnline");
    }

    /** The language's name in the office's language ("Engels"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    /** The source's title the changes are shown against: as it was for the translation, else as it is. */
    public String getTitleBefore() {
        return draft.baseKept() ? draft.basedOnTitle() : draft.sourceTitle();
    }

    /** The source's body the changes are shown against: as it was for the translation, else as it is. */
    public String getBodyBefore() {
        return draft.baseKept() ? draft.basedOnBody() : draft.sourceBody();
    }

    /** Whether the source changed (more than spacing) since the translation was saved, when that is known. */
    public boolean isSourceChanged() {
        return draft.baseKept() && (SourceChanges.changed(draft.basedOnTitle(), draft.sourceTitle())
                || SourceChanges.changed(draft.basedOnBody(), draft.sourceBody()));
    }

    public boolean isTranslation() {
        return draft != null && !draft.language().equals(draft.sourceLanguage());
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    public InfoEditing.Draft getDraft() {
        return draft;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public String getPreview() {
        return preview;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getLastChecked() {
        return lastChecked;
    }

    public void setLastChecked(LocalDate lastChecked) {
        this.lastChecked = lastChecked;
    }
}
