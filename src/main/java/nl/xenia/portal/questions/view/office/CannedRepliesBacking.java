package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.questions.boundary.CannedReplies;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/replies (every canned reply, by language and topic) and office/reply (a new one, or ?id=
 * to change or delete one). A refused save keeps everything typed.
 */
@Named
@RequestScoped
public class CannedRepliesBacking {

    @Inject
    CannedReplies replies;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private List<CannedReplies.Reply> all;
    private Long id;
    private String language;
    private Topic topic;
    private String title;
    private String body;

    public List<CannedReplies.Reply> getAll() {
        if (all == null) {
            all = replies.all(session.getSignedIn());
        }
        return all;
    }

    /** The view action of office/reply: the reply's fields on a first view, or 404 for an unknown id. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            language = messages.getLang();
            return;
        }
        replies.find(session.getSignedIn(), id).ifPresentOrElse(reply -> {
            language = reply.language();
            topic = reply.topic();
            title = reply.title();
            body = reply.body();
        }, NotFound::answer);
    }

    public void save() {
        try {
            id = replies.save(session.getSignedIn(), id, language, topic, title, body);
            all = null;
            OfficePages.info(messages, "office.replies.message.saved");
        } catch (QuestionException refused) {
            OfficePages.errorText(messages.format("QuestionException.Problem." + refused.getProblem().name(), "max",
                    Questions.MAX_TEXT));
        }
    }

    public String delete() {
        replies.delete(session.getSignedIn(), id);
        all = null;
        OfficePages.info(messages, "office.replies.message.deleted");
        return "replies";
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
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
}
