package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
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

    public List<QuestionInbox.Row> getRows() {
        if (rows == null) {
            rows = inbox.threads(session.getSignedIn());
        }
        return rows;
    }

    /** The view action of office/question (also on postback): the thread, or 404. */
    public void load() {
        thread = id == null ? null : inbox.open(session.getSignedIn(), id).orElse(null);
        if (thread == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            context.responseComplete();
        }
    }

    public void sendAnswer() {
        try {
            inbox.answer(session.getSignedIn(), id, answer);
            answer = null;
            message(FacesMessage.SEVERITY_INFO, "office.questions.message.answered");
            thread = inbox.open(session.getSignedIn(), id).orElseThrow();
        } catch (QuestionException refused) {
            message(FacesMessage.SEVERITY_ERROR, "office.questions.problem." + refused.getProblem().name());
        }
    }

    public void addNote() {
        try {
            inbox.note(session.getSignedIn(), id, note);
            note = null;
            message(FacesMessage.SEVERITY_INFO, "office.questions.message.noted");
            thread = inbox.open(session.getSignedIn(), id).orElseThrow();
        } catch (QuestionException refused) {
            message(FacesMessage.SEVERITY_ERROR, "office.questions.problem." + refused.getProblem().name());
        }
    }

    public void assignToMe() {
        inbox.assignToMe(session.getSignedIn(), id);
        thread = inbox.open(session.getSignedIn(), id).orElseThrow();
    }

    public void close() {
        inbox.close(session.getSignedIn(), id);
        thread = inbox.open(session.getSignedIn(), id).orElseThrow();
    }

    public void reopen() {
        inbox.reopen(session.getSignedIn(), id);
        thread = inbox.open(session.getSignedIn(), id).orElseThrow();
    }

    /** Municipality names by id, for the list. */
    public Map<Long, String> getMunicipalities() {
        return info.municipalities(messages.getLang()).stream()
                .collect(Collectors.toMap(InfoPages.MunicipalityRow::id, InfoPages.MunicipalityRow::name));
    }

    /** A moment the office's way (Europe/Amsterdam). */
    public String when(java.time.Instant at) {
        return Languages.dateTime(messages.getLang(), at);
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, messages.get(key), null));
    }

    public QuestionInbox.StaffThread getThread() {
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
