package nl.xenia.portal.questions.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.Questions;

/**
 * {@code /{lang}/inbox}: the code (always in the POST body, never in an address) opens the thread;
 * the person reads, replies and can delete it all. Wrong codes are slowed down, then refused, by
 * {@link Questions}; this page only says so, keeping what was typed (cut to the fields' lengths).
 */
@Named("inbox")
@RequestScoped
public class InboxBacking {

    /** The longest code the form takes (its maxlength). */
    public static final int MAX_CODE = 40;

    /** Where the page is. */
    public enum State {
        CODE, THREAD, DELETED
    }

    @Inject
    Questions questions;

    @Inject
    Clients clients;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private State state = State.CODE;
    private String error;
    private String notice;
    private String code;
    private String typedReply = "";
    private Questions.PersonThread thread;
    private Client client;

    /** The view action: a posted code opens the thread, then a reply or the deletion is carried out. */
    public void handle() {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        code = request.getParameter("code");
        client = clients.of(request);
        Optional<Questions.PersonThread> found;
        try {
            found = questions.read(client, code);
        } catch (QuestionException limited) {
            // the guess limit: nothing opened; the code and a reply stay in the form to send again
            typedReply = AskBacking.cut(request.getParameter("reply"), Questions.MAX_TEXT);
            error = messages.get("QuestionException.Problem." + limited.getProblem().name());
            return;
        }
        if (found.isEmpty()) {
            error = messages.get("inbox.message.error.wrong");
            return;
        }
        state = State.THREAD;
        thread = found.get();
        String action = request.getParameter("action");
        if ("reply".equals(action)) {
            reply();
        } else if ("delete".equals(action)) {
            delete();
        }
    }

    private void reply() {
        try {
            questions.reply(client, code, request.getParameter("reply"));
            notice = messages.get("inbox.message.replied");
            thread = questions.read(client, code).orElseThrow();
        } catch (QuestionException refused) {
            typedReply = AskBacking.cut(request.getParameter("reply"), Questions.MAX_TEXT);
            error = messages.format("QuestionException.Problem." + refused.getProblem().name(), "max",
                    Questions.MAX_TEXT);
        }
    }

    private void delete() {
        if (request.getParameter("confirm") == null) {
            error = messages.get("inbox.message.error.confirm");
            return;
        }
        questions.delete(client, code);
        state = State.DELETED;
        thread = null;
        code = null;
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    /** The code, for the hidden field of the reply and delete forms (a POST body only), at most the field's length. */
    public String getCode() {
        return code == null ? null : AskBacking.cut(code, MAX_CODE);
    }

    /** The action being carried out when the guess limit stopped it (reply or delete), to send again. */
    public String getPendingAction() {
        String action = request.getParameter("action");
        return state == State.CODE && ("reply".equals(action) || "delete".equals(action)) ? action : null;
    }

    public String getTypedReply() {
        return typedReply;
    }

    public Questions.PersonThread getThread() {
        return thread;
    }

    /** The thread's language by its own name. */
    public String getThreadLanguage() {
        return languages.all().stream().filter(language -> language.code().equals(thread.language()))
                .map(Languages.Language::endonym).findFirst().orElse(thread.language());
    }

    /** When a message was written, the reader's way (Europe/Amsterdam). */
    public String when(java.time.Instant at) {
        return Languages.dateTime(messages.getLang(), at);
    }

    /** Whether Xenia has not answered yet. */
    public boolean isWaiting() {
        return thread != null && thread.messages().stream().allMatch(Questions.PersonMessage::fromPerson);
    }

    public int getMaxCode() {
        return MAX_CODE;
    }

    public int getMaxLength() {
        return Questions.MAX_TEXT;
    }
}
