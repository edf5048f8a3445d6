package nl.xenia.portal.info.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import nl.xenia.portal.info.boundary.InfoEditing;
import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.info.control.Markdown;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/page?id=&amp;lang=: one page's text in one language, Markdown with an on-demand preview
 * (rendered and cleaned exactly as readers get it), the source text beside a translation, saved as
 * draft or published. What was typed survives every refusal.
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
        }
    }

    public void preview() {
        preview = Markdown.toSafeHtml(body);
    }

    public void saveDraft() {
        save(false);
    }

    public void publish() {
        save(true);
    }

    private void save(boolean publish) {
        try {
            editing.save(session.getSignedIn(), id, lang, title, body == null ? "" : body, lastChecked, publish);
            InfoOffice.info(messages, publish ? "office.info.message.published" : "office.info.message.saved");
            draft = editing.draft(session.getSignedIn(), id, lang).orElseThrow();
        } catch (InfoException refused) {
            InfoOffice.refused(messages, refused);
        }
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
