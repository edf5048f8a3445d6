package nl.xenia.portal.questions.view.office;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.questions.boundary.CannedReplies;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.questions.boundary.QuestionPresence;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.QuestionMessage;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/question?id= (one thread, opened in the member's session): status, assignee, language, topic
 * and due day at the top; the thread; one form for the answer, the internal note and every action, so
 * no button loses what is typed. The answer and note are kept per question in the session
 * ({@link QuestionDrafts}) at every button (and while typing, with JavaScript), and restored on
 * return. A refused action stays on the page with everything typed and the thread shown; a done one
 * answers with a redirect to the page, with its message.
 */
@Named
@ViewScoped
public class QuestionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionInbox inbox;

    @Inject
    QuestionPresence presence;

    @Inject
    QuestionDrafts drafts;

    @Inject
    OfficeSession session;

    @Inject
    CannedReplies cannedReplies;

    @Inject
    Messages messages;

    private Long id;
    private transient QuestionInbox.StaffThread thread;
    private transient List<CannedReplies.Reply> canned;
    private transient List<QuestionInbox.Colleague> colleagues;
    private List<String> others = List.of();
    private String answer;
    private String note;
    private boolean confirmDelete;
    /** The field a refusal is about ("answer" or "note"), to mark it. */
    private String invalid;

    /** The view action of a first view: the thread (or 404), the draft kept for it, who else has it open. */
    public void load() {
        if (getThread() == null) {
            NotFound.answer();
            return;
        }
        QuestionDrafts.Draft draft = drafts.of(id);
        answer = draft.answer();
        note = draft.note();
        others = presence.here(session.getSignedIn(), id);
    }

    /** While typing (JavaScript): keeps the draft, and says the member still has the question open. */
    public void keepDraft() {
        if (id != null) {
            drafts.keep(id, answer, note);
            others = presence.here(session.getSignedIn(), id);
        }
    }

    public void sendAnswer() {
        keepDraft();
        try {
            inbox.answer(session.getSignedIn(), id, answer);
            drafts.answerSent(id);
            done("office.questions.message.answered");
        } catch (QuestionException refused) {
            refused("answer", refused);
        }
    }

    public void sendAndClose() {
        keepDraft();
        try {
            inbox.answerAndClose(session.getSignedIn(), id, answer);
            drafts.answerSent(id);
            done("office.questions.message.answered_closed");
        } catch (QuestionException refused) {
            refused("answer", refused);
        }
    }

    public void addNote() {
        keepDraft();
        try {
            inbox.note(session.getSignedIn(), id, note);
            drafts.noteAdded(id);
            done("office.questions.message.noted");
        } catch (QuestionException refused) {
            refused("note", refused);
        }
    }

    /** Puts the chosen canned reply into the answer (after what was typed there), to adapt before sending. */
    public void useCanned() {
        String chosen = parameter("canned");
        getCanned().stream().filter(reply -> String.valueOf(reply.id()).equals(chosen)).findFirst()
                .ifPresentOrElse(reply -> {
                    answer = answer == null || answer.isBlank()
                            ? reply.body()
                            : answer.stripTrailing() + "\n\n" + reply.body();
                    keepDraft();
                    done("office.questions.message.canned");
                }, () -> OfficePages.error(messages, "office.questions.message.error.canned"));
    }

    public void assignToMe() {
        keepDraft();
        assignTo(session.getSignedIn().staffId());
    }

    /** Gives the thread to the colleague chosen in the list (or to nobody). */
    public void assign() {
        keepDraft();
        String chosen = parameter("assignee");
        if (chosen == null || chosen.isBlank()) {
            assignTo(null);
            return;
        }
        try {
            assignTo(Long.valueOf(chosen));
        } catch (NumberFormatException notAnId) {
            OfficePages.errorText(messages.get("QuestionException.Problem.ASSIGNEE"));
        }
    }

    private void assignTo(Long staffId) {
        try {
            inbox.assign(session.getSignedIn(), id, staffId);
            done(staffId == null ? "office.questions.message.unassigned" : "office.questions.message.assigned");
        } catch (QuestionException refused) {
            OfficePages.errorText(messages.get("QuestionException.Problem." + refused.getProblem().name()));
        }
    }

    public void undoAssignment() {
        keepDraft();
        try {
            inbox.undoAssignment(session.getSignedIn(), id);
            done("office.questions.message.undone");
        } catch (QuestionException refused) {
            OfficePages.errorText(messages.get("QuestionException.Problem." + refused.getProblem().name()));
        }
    }

    public void changeTopic() {
        keepDraft();
        Topic topic;
        try {
            topic = Topic.valueOf(String.valueOf(parameter("topic")));
        } catch (IllegalArgumentException unknown) {
            OfficePages.error(messages, "office.questions.message.error.topic");
            return;
        }
        inbox.changeTopic(session.getSignedIn(), id, topic);
        done("office.questions.message.topic");
    }

    public void close() {
        keepDraft();
        inbox.close(session.getSignedIn(), id);
        done("office.questions.message.closed");
    }

    public void reopen() {
        keepDraft();
        inbox.reopen(session.getSignedIn(), id);
        done("office.questions.message.reopened");
    }

    /** Deletes the thread now (ticked confirmation needed); the list is shown after. */
    public void delete() {
        keepDraft();
        if (!confirmDelete) {
            OfficePages.error(messages, "office.questions.message.confirm");
            return;
        }
        inbox.delete(session.getSignedIn(), id);
        drafts.forget(id);
        OfficePages.info(messages, "office.questions.message.deleted");
        OfficePages.done("questions");
    }

    /** A refused answer or note: said with the field's name, the field marked, everything kept. */
    private void refused(String field, QuestionException refused) {
        invalid = field;
        String name = messages.get("answer".equals(field)
                ? "office.questions.field.answer"
                : "office.questions.field.note");
        String key = switch (refused.getProblem()) {
            case LONG -> "office.questions.message.error.long";
            case CHARACTERS -> "office.questions.message.error.characters";
            default -> "office.questions.message.error.empty";
        };
        OfficePages.errorText(messages.format(key, "field", name, "max", Questions.MAX_TEXT));
    }

    /** A done action: its message, then post → redirect → get to this question. */
    private void done(String key) {
        OfficePages.info(messages, key);
        OfficePages.done("question", Map.of("id", String.valueOf(id)));
    }

    private static String parameter(String name) {
        Map<String, String> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return sent.get(name);
    }

    /** The thread, opened in the member's session once per view. */
    public QuestionInbox.StaffThread getThread() {
        if (thread == null && id != null) {
            thread = inbox.open(session.getSignedIn(), id).orElse(null);
        }
        return thread;
    }

    /** The canned replies in the thread's language, for its topic or every topic. */
    public List<CannedReplies.Reply> getCanned() {
        if (canned == null) {
            QuestionInbox.StaffThread shown = getThread();
            canned = shown == null
                    ? List.of()
                    : cannedReplies.forThread(session.getSignedIn(), shown.row().language(), shown.row().topic());
        }
        return canned;
    }

    /** The canned reply editor with the thread's language and topic filled in. */
    public String getWriteCanned() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().getRequestContextPath() + OfficePaths.url(messages.getLang(), "reply")
                + "?language=" + getThread().row().language() + "&topic=" + getThread().row().topic().name();
    }

    /** Who the thread can be given to. */
    public List<QuestionInbox.Colleague> getColleagues() {
        if (colleagues == null) {
            colleagues = inbox.colleagues(session.getSignedIn());
        }
        return colleagues;
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    /** The other members who had this question open in the last two minutes. */
    public List<String> getOthers() {
        return others;
    }

    /** Their names, for the notice. */
    public String getOthersText() {
        return String.join(", ", others);
    }

    /** Whether the thread is with the signed-in member. */
    public boolean isMine() {
        return getThread() != null
                && Long.valueOf(session.getSignedIn().staffId()).equals(getThread().row().assigneeId());
    }

    /** The thread's language by name in the office's language ("Spaans"). */
    public String getLanguageName() {
        return getThread() == null ? null : Languages.name(getThread().row().language(), messages.getLang());
    }

    /** The last day of the first-answer target (the target is the start of the next day). */
    public String getDueDay() {
        Instant due = getThread() == null ? null : getThread().row().due();
        return due == null ? null : Languages.date(messages.getLang(), due.minus(Duration.ofSeconds(1)));
    }

    /**
     * Who wrote a message, as staff read it: the person, or the member who wrote an answer or a note
     * (the person reads "Xenia", never a name).
     */
    public String author(QuestionInbox.StaffMessage message) {
        if (message.authorName() == null) {
            return messages.get("QuestionMessage.Author." + message.author().name());
        }
        return messages.format(message.author() == QuestionMessage.Author.NOTE
                ? "office.questions.author.note"
                : "office.questions.author.answer", "name", message.authorName());
    }

    /** A moment the office's way (Europe/Amsterdam). */
    public String when(Instant at) {
        return Languages.dateTime(messages.getLang(), at);
    }

    public boolean isInvalid(String field) {
        return field.equals(invalid);
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
        if (this.id == null) {
            this.id = id; // a view keeps the question it was opened for
        }
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
