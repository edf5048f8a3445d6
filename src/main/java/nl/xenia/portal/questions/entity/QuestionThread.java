package nl.xenia.portal.questions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A question thread. Nothing in it says who asked: the receipt code is kept only as a keyed hash,
 * the person's key only sealed to the organisation, a contact address only sealed.
 */
@Entity
@Table(name = "question_thread")
@NamedQuery(name = QuestionThread.BY_CODE, query = "SELECT t FROM QuestionThread t WHERE t.codeHash = :hash")
@NamedQuery(name = QuestionThread.BY_FORM, query = "SELECT t FROM QuestionThread t WHERE t.formTokenHash = :hash")
@NamedQuery(name = QuestionThread.ALL, query = "SELECT t FROM QuestionThread t ORDER BY t.createdAt")
@NamedQuery(name = QuestionThread.UNANSWERED, query = "SELECT t FROM QuestionThread t WHERE t.firstAnswerAt IS NULL"
        + " AND t.status <> nl.xenia.portal.questions.entity.ThreadStatus.CLOSED")
@NamedQuery(name = QuestionThread.QUIET_SINCE, query = "SELECT t FROM QuestionThread t WHERE t.lastActivityAt < :before"
        + " ORDER BY t.lastActivityAt")
@NamedQuery(name = QuestionThread.DELETE, query = "DELETE FROM QuestionThread t WHERE t.id = :id")
@NamedQuery(name = QuestionThread.FACTS_CAME_IN, query = "SELECT t.createdAt, t.topic, t.language, t.municipalityId,"
        + " t.firstAnswerAt FROM QuestionThread t WHERE t.createdAt >= :start AND t.createdAt < :end")
public class QuestionThread {

    public static final String BY_CODE = "QuestionThread.byCode";
    public static final String BY_FORM = "QuestionThread.byForm";
    public static final String ALL = "QuestionThread.all";
    public static final String UNANSWERED = "QuestionThread.unanswered";
    public static final String QUIET_SINCE = "QuestionThread.quietSince";
    /**
     * For monitoring, of the threads that came in from {@code start} (included) to {@code end}: when each came in,
     * its topic, language, municipality and first answer's time ({@code Object[]} rows), never content.
     */
    public static final String FACTS_CAME_IN = "QuestionThread.factsCameIn";
    public static final String DELETE = "QuestionThread.delete";

    @Id
    @SequenceGenerator(name = "question_thread", sequenceName = "question_thread_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_thread")
    private Long id;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "form_token_hash", nullable = false, length = 64)
    private String formTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Topic topic;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ThreadStatus status = ThreadStatus.NEW;

    @Column(name = "assignee_id")
    private Long assigneeId;

    /** Whom the thread was with before the last change of assignee (null: nobody). */
    @Column(name = "previous_assignee_id")
    private Long previousAssigneeId;

    @Column(name = "person_key_text", nullable = false)
    private byte[] personKeyText = new byte[0];

    @Column(name = "person_key_sealed", nullable = false)
    private byte[] personKeySealed = new byte[0];

    @Column(name = "contact_text")
    private byte[] contactText;

    @Column(name = "contact_sealed")
    private byte[] contactSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    protected QuestionThread() {
    }

    public QuestionThread(String codeHash, String formTokenHash, Topic topic, String language, Long municipalityId,
            Instant now) {
        this.codeHash = Objects.requireNonNull(codeHash);
        this.formTokenHash = Objects.requireNonNull(formTokenHash);
        this.topic = Objects.requireNonNull(topic);
        this.language = Objects.requireNonNull(language);
        this.municipalityId = municipalityId;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** The person's key, sealed to the organisation (staff seal answers with it). */
    public void keepPersonKey(byte[] text, byte[] sealedKey) {
        personKeyText = text.clone();
        personKeySealed = sealedKey.clone();
    }

    /** A contact address, sealed to the organisation. */
    public void keepContact(byte[] text, byte[] sealedKey) {
        contactText = text.clone();
        contactSealed = sealedKey.clone();
    }

    /** The person wrote again: staff have something to read. */
    public void personWrote(Instant now) {
        lastActivityAt = now;
        if (status == ThreadStatus.WAITING || status == ThreadStatus.CLOSED) {
            status = ThreadStatus.OPEN;
        }
    }

    /** Staff answered: now the person has something to read. */
    public void answered(Instant now) {
        lastActivityAt = now;
        status = ThreadStatus.WAITING;
        if (firstAnswerAt == null) {
            firstAnswerAt = now;
        }
    }

    /** A staff member opened a new thread: it is being handled. */
    public void seen() {
        if (status == ThreadStatus.NEW) {
            status = ThreadStatus.OPEN;
        }
    }

    /** With another member (null: nobody) from now; the one before is remembered, for an undo. */
    public void assignTo(Long staffId) {
        if (Objects.equals(assigneeId, staffId)) {
            return;
        }
        previousAssigneeId = assigneeId;
        assigneeId = staffId;
    }

    /** Whether an assignment can be undone: the assignee changed, to someone else than before. */
    public boolean canUndoAssignment() {
        return !Objects.equals(assigneeId, previousAssigneeId);
    }

    /** Back to the assignee before the last change (undone again, it goes forward once more). */
    public void undoAssignment() {
        Long undone = assigneeId;
        assigneeId = previousAssigneeId;
        previousAssigneeId = undone;
    }

    /** Staff filed the question under another topic. */
    public void changeTopic(Topic newTopic) {
        topic = Objects.requireNonNull(newTopic);
    }

    public void close() {
        status = ThreadStatus.CLOSED;
    }

    public void reopen() {
        if (status == ThreadStatus.CLOSED) {
            status = ThreadStatus.OPEN;
        }
    }

    public byte[] getPersonKeyText() {
        return personKeyText.clone();
    }

    public byte[] getPersonKeySealed() {
        return personKeySealed.clone();
    }

    /** The sealed address (null when none was left). */
    public byte[] getContactText() {
        return contactText == null ? null : contactText.clone();
    }

    public byte[] getContactSealed() {
        return contactSealed == null ? null : contactSealed.clone();
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getLanguage() {
        return language;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public ThreadStatus getStatus() {
        return status;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Long getPreviousAssigneeId() {
        return previousAssigneeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }
}
