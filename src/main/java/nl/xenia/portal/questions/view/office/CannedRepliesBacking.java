package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * office/reply: a new canned reply (in {@code ?language=} for {@code ?topic=} when the address names them),
 * or {@code ?id=} to change one (deleting is asked on office/replies). A refused save keeps everything typed.
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

    private Long id;
    private String language;
    private Topic topic;
    private String title;
    private String body;
    private String forLanguage;
    private String forTopic;

    /** The view action of office/reply: the reply's fields on a first view, or 404 for an unknown id. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            language = forLanguage != null && languages.isSupported(forLanguage) ? forLanguage : messages.getLang();
            topic = Arrays.stream(Topic.values()).filter(each -> each.name().equals(forTopic)).findFirst()
                    .orElse(null);
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
            OfficePages.info(messages, "office.replies.message.saved");
            OfficePages.done("reply", Map.of("id", String.valueOf(id)));
        } catch (QuestionException refused) {
            OfficePages.errorText(messages.format("QuestionException.Problem." + refused.getProblem().name(), "max",
                    Questions.MAX_TEXT));
        }
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    /** {@code ?language=}: a new reply in this language (the question page's "write one"). */
    public String getForLanguage() {
        return forLanguage;
    }

    public void setForLanguage(String forLanguage) {
        this.forLanguage = forLanguage;
    }

    /** {@code ?topic=}: a new reply for this topic. */
    public String getForTopic() {
        return forTopic;
    }

    public void setForTopic(String forTopic) {
        this.forTopic = forTopic;
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
