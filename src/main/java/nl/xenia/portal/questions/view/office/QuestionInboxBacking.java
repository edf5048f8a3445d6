package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.questions.boundary.CannedReplies;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/questions (the list, no content) and office/question?id= (one thread, opened in the
 * member's session: answer, internal note, assign to me, close or reopen).
 */
@Named
@RequestScoped
public class QuestionInboxBacking {

    @Inject
    QuestionInbox inbox;

    @Inject
    OfficeSession session;

    @Inject
    InfoPages info;

    @Inject
    CannedReplies cannedReplies;

    @Inject
    Messages messages;

    private List<QuestionInbox.Row> rows;
    private Long id;
    private QuestionInbox.StaffThread thread;
    private String answer;
    private String note;
    private Map<Long, String> municipalities;
    private List<CannedReplies.Reply> canned;
    private boolean confirmDelete;

    public List<QuestionInbox.Row> getRows() {
        if (rows == null) {
            rows = inbox.threads(session.getSignedIn());
        }
        return rows;
    }

    /**
     * The view action of office/question (also on postback): the thread, or 404. A thread is opened
     * (and audited) once per request: here on a first view, after the action on a postback.
     */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && getThread() == null) {
            NotFound.answer();
        }
    }

    public void sendAnswer() {
        try {
            inbox.answer(session.getSignedIn(), id, answer);
            answer = null;
            thread = null; // shown as it is after the change
            OfficePages.info(messages, "office.questions.message.answered");
        } catch (QuestionException refused) {
            OfficePages.errorText(messages.format("QuestionException.Problem." + refused.getProblem().name(), "max",
                    Questions.MAX_TEXT));
        }
    }

    public void addNote() {
        try {
            inbox.note(session.getSignedIn(), id, note);
            note = null;
            thread = null; // shown as it is after the change
            OfficePages.info(messages, "office.questions.message.noted");
        } catch (QuestionException refused) {
            OfficePages.errorText(messages.format("QuestionException.Problem." + refused.getProblem().name(), "max",
                    Questions.MAX_TEXT));
        }
    }

    /** Puts the chosen canned reply into the answer field (after what was typed there), to adapt before sending. */
    public void useCanned() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("canned");
        getCanned().stream().filter(reply -> String.valueOf(reply.id()).equals(chosen)).findFirst()
                .ifPresent(reply -> {
                    answer = answer == null || answer.isBlank()
                            ? reply.body()
                            : answer.stripTrailing() + "\n\n"
                                    + reply.body();
                    OfficePages.info(messages, "office.questions.message.canned");
                });
    }

    /** The canned replies in the thread's language, for its topic or every topic. */
    public List<CannedReplies.Reply> getCanned() {
        QuestionInbox.StaffThread shown = getThread();
        if (shown == null) {
            return List.of(); // not known yet while a postback is decoded (the view parameter comes later)
        }
        if (canned == null) {
            canned = cannedReplies.forThread(session.getSignedIn(), shown.row().language(), shown.row().topic());
        }
        return canned;
    }

    /** Deletes the thread now (ticked confirmation needed); the list is shown after. */
    public String delete() {
        if (!confirmDelete) {
            OfficePages.error(messages, "office.questions.message.confirm");
            return null;
        }
        inbox.delete(session.getSignedIn(), id);
        thread = null;
        id = null;
        OfficePages.info(messages, "office.questions.message.deleted");
        return "questions";
    }

    public void assignToMe() {
        inbox.assignToMe(session.getSignedIn(), id);
        thread = null;
    }

    public void close() {
        inbox.close(session.getSignedIn(), id);
        thread = null;
    }

    public void reopen() {
        inbox.reopen(session.getSignedIn(), id);
        thread = null;
    }

    /** Municipality names by id, for the list (read once per request, not once per row). */
    public Map<Long, String> getMunicipalities() {
        if (municipalities == null) {
            municipalities = info.municipalities(messages.getLang()).stream()
                    .collect(Collectors.toMap(InfoPages.MunicipalityRow::id, InfoPages.MunicipalityRow::name));
        }
        return municipalities;
    }

    /** A moment the office's way (Europe/Amsterdam). */
    public String when(java.time.Instant at) {
        return Languages.dateTime(messages.getLang(), at);
    }

    /** The thread, opened in the member's session on first use in this request (so after any action). */
    public QuestionInbox.StaffThread getThread() {
        if (thread == null && id != null) {
            thread = inbox.open(session.getSignedIn(), id).orElse(null);
        }
        return thread;
    }

    public boolean isConfirmDelete() {
        return confirmDelete;
    }

    public void setConfirmDelete(boolean confirmDelete) {
        this.confirmDelete = confirmDelete;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
