package nl.xenia.portal.questions.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.boundary.GuessLimits;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.Questions;

/**
 * {@code /{lang}/inbox}: the code (always in the POST body, never in an address) opens the thread;
 * the person reads, replies and can delete it all. Wrong codes are slowed down, then refused.
 */
@Named("inbox")
@RequestScoped
public class InboxBacking {

    /** Where the page is. */
    public enum State {
        CODE, THREAD, DELETED
    }

    @Inject
    Questions questions;

    @Inject
    GuessLimits limits;

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

    /** The view action: a posted code opens the thread, then a reply or the deletion is carried out. */
    public void handle() {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        code = request.getParameter("code");
        String address = request.getRemoteAddr();
        if (!limits.mayTry(address)) {
            error = messages.get("inbox.message.error.slow");
            return;
        }
        Optional<Questions.PersonThread> found = code == null ? Optional.empty() : questions.read(code);
        if (found.isEmpty()) {
            limits.wrong(address);
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
            questions.reply(code, request.getParameter("reply"));
            notice = messages.get("inbox.message.replied");
            thread = questions.read(code).orElseThrow();
        } catch (QuestionException refused) {
            typedReply = Optional.ofNullable(request.getParameter("reply")).orElse("");
            error = messages.format("ask.message.error." + refused.getProblem().name().toLowerCase(), "max",
                    Questions.MAX_TEXT);
        }
    }

    private void delete() {
        if (request.getParameter("confirm") == null) {
            error = messages.get("inbox.message.error.confirm");
            return;
        }
        questions.delete(code);
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

    /** The code, for the hidden field of the reply and delete forms (a POST body only). */
    public String getCode() {
        return code;
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

    public int getMaxLength() {
        return Questions.MAX_TEXT;
    }
}
