package nl.xenia.portal.info.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.xenia.portal.info.boundary.InfoEditing;
import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.info.boundary.Pictograms;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/pages: the translation overview (every page × every language: missing, draft, outdated or
 * current, each linking to the editor), the order of pages, and new pages.
 */
@Named
@RequestScoped
public class PagesBacking {

    @Inject
    InfoEditing editing;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private List<InfoEditing.Row> rows;
    private String slug;
    private Long parentId;
    private String pictogram = "page";
    private String kind = InfoPage.Kind.TEXT.name();

    public List<InfoEditing.Row> getRows() {
        if (rows == null) {
            rows = editing.overview(session.getSignedIn());
        }
        return rows;
    }

    public List<String> getLanguages() {
        return languages.codes();
    }

    /** The states a translation can be in, as the legend explains them (most wanted first). */
    public List<String> getStates() {
        return List.of(InfoEditing.State.CURRENT, InfoEditing.State.OUTDATED, InfoEditing.State.DRAFT,
                InfoEditing.State.MISSING).stream().map(Enum::name).toList();
    }

    /** A language's name in the office's language ("Engels"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    public List<InfoEditing.TopicChoice> getTopics() {
        return editing.topics(session.getSignedIn());
    }

    public List<String> getPictograms() {
        return Pictograms.NAMES;
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(InfoPage.Kind.values()).map(Enum::name).toList();
    }

    public void create() {
        try {
            editing.create(session.getSignedIn(), slug, parentId, pictogram,
                    getKinds().contains(kind) ? InfoPage.Kind.valueOf(kind) : InfoPage.Kind.TEXT);
            OfficePages.info(messages, "office.info.message.created");
            OfficePages.done();
        } catch (InfoException refused) {
            InfoOffice.refused(messages, refused);
        }
    }

    public void up(long pageId) {
        move(pageId, true);
    }

    public void down(long pageId) {
        move(pageId, false);
    }

    private void move(long pageId, boolean up) {
        try {
            editing.move(session.getSignedIn(), pageId, up);
            OfficePages.info(messages, "office.info.message.moved");
            OfficePages.done();
        } catch (InfoException refused) {
            InfoOffice.refused(messages, refused);
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPictogram() {
        return pictogram;
    }

    public void setPictogram(String pictogram) {
        this.pictogram = pictogram;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
