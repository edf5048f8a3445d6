package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.QuestionInbox;
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
    Messages messages;

    private List<QuestionInbox.Row> rows;
    private Long id;
    private QuestionInbox.StaffThread thread;
    private String answer;
    private String note;
    private Map<Long, String> municipalities;

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
            message(FacesMessage.SEVERITY_INFO, "office.questions.message.answered");
        } catch (QuestionException refused) {
            message(FacesMessage.SEVERITY_ERROR, "office.questions.problem." + refused.getProblem().name());
        }
    }

    public void addNote() {
        try {
            inbox.note(session.getSignedIn(), id, note);
            note = null;
            thread = null; // shown as it is after the change
            message(FacesMessage.SEVERITY_INFO, "office.questions.message.noted");
        } catch (QuestionException refused) {
            message(FacesMessage.SEVERITY_ERROR, "office.questions.problem." + refused.getProblem().name());
        }
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

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, messages.get(key), null));
    }

    /** The thread, opened in the member's session on first use in this request (so after any action). */
    public QuestionInbox.StaffThread getThread() {
        if (thread == null && id != null) {
            thread = inbox.open(session.getSignedIn(), id).orElse(null);
        }
        return thread;
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
