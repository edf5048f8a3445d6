package nl.xenia.portal.questions.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.view.Typed;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;

/**
 * {@code /{lang}/ask}: the question form (plain POST, no cookie), the receipt code shown once with a
 * required "I have written it down" step, and the thank-you. What was typed survives every refusal
 * (the limit on asking too), given back no longer than its field allows.
 */
@Named("ask")
@RequestScoped
public class AskBacking {

    /** The longest mail address the form takes (its maxlength). */
    public static final int MAX_MAIL = 320;

    /** Where the page is. */
    public enum State {
        FORM, RECEIPT, DONE, UNAVAILABLE
    }

    @Inject
    Questions questions;

    @Inject
    InfoPages info;

    @Inject
    Secrets secrets;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    @Inject
    HttpServletRequest request;

    private State state = State.FORM;
    private String error;
    private String code;
    private String formToken;
    private String errorField;

    /** The view action: handles a posted step, or prepares a fresh form. */
    public void handle() {
        if (!questions.isOpen()) {
            state = State.UNAVAILABLE;
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            formToken = secrets.newCode(128);
            return;
        }
        if ("saved".equals(request.getParameter("step"))) {
            code = request.getParameter("code");
            boolean saved = request.getParameter("saved") != null;
            state = saved ? State.DONE : State.RECEIPT;
            error = saved ? null : messages.get("ask.receipt.message.confirm");
            return;
        }
        formToken = request.getParameter("token");
        try {
            code = questions.ask(clients.of(request), topic(), messages.getLang(), municipality(),
                    request.getParameter("question"),
                    request.getParameter("mail"), formToken);
            state = State.RECEIPT;
        } catch (QuestionException refused) {
            errorField = switch (refused.getProblem()) {
                case EMPTY, LONG, CHARACTERS -> "question";
                case MAIL -> "mail";
                default -> null;
            };
            error = messages.format("QuestionException.Problem." + refused.getProblem().name(),
                    "max", Questions.MAX_TEXT);
        }
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    /** The form field the error is about ({@code question}, {@code mail}), or null for the form as a whole. */
    public String getErrorField() {
        return errorField;
    }

    /** The receipt code, shown once (and again only if the "written down" box was not ticked). */
    public String getCode() {
        return code;
    }

    /**
     * The receipt's "come back to the page …" sentence in three parts: before the inbox's name, the
     * name (shown as a link to the inbox), and after it; the name is added at the end when the
     * sentence does not hold it.
     */
    public List<String> getWhere() {
        String where = messages.get("ask.receipt.where");
        String inbox = messages.get("inbox.title");
        int at = where.indexOf(inbox);
        return at < 0
                ? List.of(where + " ", inbox, "")
                : List.of(where.substring(0, at), inbox, where.substring(at + inbox.length()));
    }

    public String getFormToken() {
        return formToken;
    }

    /** What was typed, given back after a refusal: never more than the field takes. */
    public String typed(String field) {
        String value = "POST".equals(request.getMethod()) && state == State.FORM ? request.getParameter(field) : null;
        return Typed.cut(value, "question".equals(field) ? Questions.MAX_TEXT : "mail".equals(field) ? MAX_MAIL : 100);
    }

    public List<String> getTopics() {
        return Arrays.stream(Topic.values()).map(Enum::name).toList();
    }

    public List<InfoPages.MunicipalityRow> getMunicipalities() {
        return info.municipalities(messages.getLang());
    }

    public int getMaxMail() {
        return MAX_MAIL;
    }

    public int getMaxLength() {
        return Questions.MAX_TEXT;
    }

    public long getRetentionDays() {
        return questions.retentionDays();
    }

    private Topic topic() {
        String chosen = request.getParameter("topic");
        return getTopics().contains(chosen) ? Topic.valueOf(chosen) : Topic.OTHER;
    }

    private Long municipality() {
        String chosen = request.getParameter("municipality");
        return getMunicipalities().stream().filter(row -> String.valueOf(row.id()).equals(chosen)).findFirst()
                .map(InfoPages.MunicipalityRow::id).orElse(null);
    }
}
