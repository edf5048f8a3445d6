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
import nl.xenia.portal.privacy.boundary.GuessLimited;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.view.InboxViews;
import nl.xenia.portal.privacy.view.OpenedCode;
import nl.xenia.portal.privacy.view.Typed;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.Questions;

/**
 * {@code /{lang}/inbox}: the code (always in the POST body, never in an address) opens the thread;
 * the person reads, replies and can delete it all. Wrong codes are slowed down, then refused, by
 * {@link Questions}; this page only says so, keeping what was typed (cut to the fields' lengths).
 * A post that opened, answered or deleted is answered with a 303 to {@code ?view=} and a one-time
 * token of {@link InboxViews} (never the code), so Back and reload never ask to send the form again,
 * and a used or expired token shows the code form.
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

    @Inject
    InboxViews views;

    @Inject
    Receipts receipts;

    @Inject
    OpenedCode openedCode;

    private State state = State.CODE;
    private String error;
    private String notice;
    private String code;
    private String typedReply = "";
    private Questions.PersonThread thread;
    private Client client;
    private Receipts.Opened opened;
    private String noticeKey;
    private String errorKey;

    /** The view action: a posted code opens the thread, then a reply or the deletion is carried out. */
    public void handle() {
        if (!"POST".equals(request.getMethod())) {
            String token = request.getParameter("view");
            if (token != null) {
                views.redeem(token).ifPresentOrElse(this::show,
                        () -> notice = messages.get("inbox.message.info.expired"));
            }
            return;
        }
        posted();
        // a refused reply stays a plain answer to the post: what was typed is given back in it
        boolean settled = state == State.DELETED || state == State.THREAD && (error == null || errorKey != null);
        if (settled) {
            views.seeInbox(messages.getLang(), code, state == State.DELETED, noticeKey, errorKey);
        }
    }

    /** The page a one-time token holds: the thread read again with its code, or the deletion. */
    private void show(InboxViews.View view) {
        if (view.deleted()) {
            state = State.DELETED;
            return;
        }
        code = view.code();
        client = clients.of(request);
        try {
            if (!opens()) {
                code = null;
                error = messages.get("inbox.message.error.wrong");
                return;
            }
            thread = questions.read(client, code).orElse(null);
            state = State.THREAD;
            notice = view.notice() == null ? null : messages.get(view.notice());
            errorKey = view.error();
            error = errorKey == null ? null : messages.get(errorKey);
        } catch (QuestionException limited) {
            code = null;
            error = messages.get("QuestionException.Problem." + limited.getProblem().name());
        }
    }

    private void posted() {
        code = request.getParameter("code");
        client = clients.of(request);
        Optional<Questions.PersonThread> found;
        try {
            if (!opens()) {
                error = messages.get("inbox.message.error.wrong");
                return;
            }
            found = questions.read(client, code);
        } catch (QuestionException limited) {
            // the guess limit: nothing opened; the code and a reply stay in the form to send again
            typedReply = Typed.cut(request.getParameter("reply"), Questions.MAX_TEXT);
            error = messages.get("QuestionException.Problem." + limited.getProblem().name());
            return;
        }
        state = State.THREAD;
        thread = found.orElse(null);
        String action = request.getParameter("action");
        if (thread == null) {
            return; // the code holds no thread (only what other sections show): nothing to reply to or delete
        }
        if ("reply".equals(action)) {
            reply();
        } else if ("delete".equals(action)) {
            delete();
        }
    }

    /**
     * Whether the code opens anything of any component (the guess limit applies once); the sections of the page
     * read the opened code from {@link OpenedCode}.
     */
    private boolean opens() {
        try {
            opened = receipts.held(client, code).orElse(null);
            if (opened != null) {
                openedCode.open(code, client);
            }
            return opened != null;
        } catch (GuessLimited limited) {
            throw new QuestionException(
                    limited.isRefused() ? QuestionException.Problem.REFUSED : QuestionException.Problem.WAIT);
        }
    }

    private void reply() {
        try {
            questions.reply(client, code, request.getParameter("reply"));
            noticeKey = "inbox.message.replied";
            notice = messages.get(noticeKey);
            thread = questions.read(client, code).orElseThrow();
        } catch (QuestionException refused) {
            typedReply = Typed.cut(request.getParameter("reply"), Questions.MAX_TEXT);
            error = messages.format("QuestionException.Problem." + refused.getProblem().name(), "max",
                    Questions.MAX_TEXT);
        }
    }

    private void delete() {
        if (request.getParameter("confirm") == null) {
            errorKey = "inbox.message.error.confirm";
            error = messages.get(errorKey);
            return;
        }
        questions.delete(client, code);
        thread = null;
        if (receipts.stillHeld(opened)) {
            // the code holds more than the thread (appointments): it still works, the inbox shows the rest
            noticeKey = "inbox.message.deleted_question";
            notice = messages.get(noticeKey);
            return;
        }
        state = State.DELETED;
        code = null;
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    /**
     * The field the error is about: the code for a code that opens nothing (or a guess limit), the
     * reply for a refused reply, the box for an unconfirmed deletion; null without an error.
     */
    public String getErrorField() {
        if (error == null) {
            return null;
        }
        if (state == State.CODE) {
            return "code";
        }
        return "inbox.message.error.confirm".equals(errorKey) ? "confirm" : state == State.THREAD ? "reply" : null;
    }

    public String getNotice() {
        return notice;
    }

    /** The code, for the hidden field of the reply and delete forms (a POST body only), at most the field's length. */
    public String getCode() {
        return code == null ? null : Typed.cut(code, MAX_CODE);
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

    /**
     * The thread's language named the reader's way, as written mid-sentence ("Limba acestei conversații:
     * română", not the capitalised endonym "Română").
     */
    public String getThreadLanguage() {
        return thread == null ? null : Languages.name(thread.language(), messages.getLang());
    }

    /** When a message was written, the reader's way (Europe/Amsterdam). */
    public String when(java.time.Instant at) {
        return Languages.dateTime(messages.getLang(), at);
    }

    /** Whether Xenia has not answered yet. */
    public boolean isWaiting() {
        return thread != null && thread.messages().stream().allMatch(Questions.PersonMessage::fromPerson);
    }

    /** Whether the code holds a question thread (it may hold only other things: appointments). */
    public boolean isHasThread() {
        return thread != null;
    }

    public int getMaxCode() {
        return MAX_CODE;
    }

    public int getMaxLength() {
        return Questions.MAX_TEXT;
    }
}
