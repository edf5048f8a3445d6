package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.questions.control.ThreadRemoval;
import nl.xenia.portal.questions.control.WorkingDays;
import nl.xenia.portal.questions.entity.QuestionMessage;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.questions.entity.ThreadStatus;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffDirectory;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff side of anonymous questions: the list (no content, oldest unanswered first), a thread
 * opened in a staff session (recorded in the audit log), answers sealed for the person too, internal
 * notes for staff only, assignment to any colleague who may read questions (and its undo), the topic,
 * closing and reopening. Every change is one entry in the audit log; a thread deleted fires
 * {@link ThreadRemoved}.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class QuestionInbox {

    /** The audit log's entry when a thread is deleted before its time. */
    public static final AuditAction THREAD_DELETED = new AuditAction("THREAD_DELETED");
    /** The audit log's entries for what staff do with a thread: one per action. */
    public static final AuditAction QUESTION_ANSWERED = new AuditAction("QUESTION_ANSWERED");
    public static final AuditAction NOTE_ADDED = new AuditAction("NOTE_ADDED");
    /** Given to a member, to nobody, or back (an undo). */
    public static final AuditAction QUESTION_ASSIGNED = new AuditAction("QUESTION_ASSIGNED");
    /** Filed under another topic. */
    public static final AuditAction QUESTION_TOPIC_CHANGED = new AuditAction("QUESTION_TOPIC_CHANGED");
    public static final AuditAction QUESTION_CLOSED = new AuditAction("QUESTION_CLOSED");
    public static final AuditAction QUESTION_REOPENED = new AuditAction("QUESTION_REOPENED");

    private static final String SUBJECT = "question";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrganisationKeys keys;

    @Inject
    StaffDirectory directory;

    @Inject
    Event<QuestionAnswered> answered;

    @Inject
    Event<ThreadRemoved> removed;

    @Inject
    ThreadRemoval removal;

    @Inject
    AuditLog auditLog;

    /** The first answer is due by the end of this many working days after the day a question came in. */
    @Inject
    @ConfigProperty(name = "xenia.questions.first-answer-days", defaultValue = "2")
    int firstAnswerDays;

    /**
     * A thread in the list: no content. {@code due} is when the first answer is due (null once
     * answered); {@code assignee} the member's username or null.
     */
    public record Row(long id, ThreadStatus status, String language, Topic topic, Long municipalityId,
            Instant createdAt, Instant lastActivityAt, Long assigneeId, String assignee, Instant due,
            boolean overdue) {
    }

    /**
     * A thread opened by staff. {@code previousAssignee} is whom an undo gives it back to (null:
     * nobody), offered when {@code undoable}.
     */
    public record StaffThread(Row row, List<StaffMessage> messages, Long previousAssigneeId, String previousAssignee,
            boolean undoable) {
    }

    /**
     * One message as staff read it; {@code authorName} is the staff member who wrote an answer or note
     * (null for the person's messages, or for a member no longer known). The person never sees it.
     */
    public record StaffMessage(QuestionMessage.Author author, String authorName, String text, Instant at) {
    }

    /** A member a thread can be assigned to. */
    public record Colleague(long id, String username) {
    }

    /** Every thread: new and open ones first, oldest first; then waiting; then closed. */
    @Transactional(TxType.SUPPORTS)
    public List<Row> threads(SignedIn member) {
        Instant now = clock.instant();
        Map<Long, String> names = directory.usernames(member);
        return em.createNamedQuery(QuestionThread.ALL, QuestionThread.class).getResultStream()
                .map(thread -> row(thread, now, names))
                .sorted(Comparator.comparingInt((Row row) -> switch (row.status()) {
                    case NEW, OPEN -> 0;
                    case WAITING -> 1;
                    case CLOSED -> 2;
                }).thenComparing(Row::createdAt)).toList();
    }

    /** How many threads wait for a first answer, and how many of them are past the target. */
    @Transactional(TxType.SUPPORTS)
    public long[] waiting(SignedIn member) {
        Instant now = clock.instant();
        List<QuestionThread> unanswered = em.createNamedQuery(QuestionThread.UNANSWERED, QuestionThread.class)
                .getResultList();
        return new long[]{unanswered.stream().filter(thread -> thread.getStatus() == ThreadStatus.NEW).count(),
                unanswered.stream().filter(thread -> !now.isBefore(due(thread))).count()};
    }

    /** A thread's messages, opened with the member's session key; empty when there is no such thread. */
    @Transactional
    public Optional<StaffThread> open(SignedIn member, long threadId) {
        QuestionThread thread = em.find(QuestionThread.class, threadId);
        if (thread == null) {
            return Optional.empty();
        }
        List<QuestionMessage> messages = messagesOf(thread);
        List<Sealed> sealed = messages.stream().map(message -> new Sealed(message.getCiphertext(),
                message.getForOrganisation(), message.getForPerson())).toList();
        try {
            List<String> texts = keys.openAll(sealed, messages.stream().map(QuestionMessage::sealContext).toList(),
                    member.key(), member.username(), Questions.threadItem(thread));
            Map<Long, String> names = directory.usernames(member);
            List<StaffMessage> shown = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                QuestionMessage message = messages.get(i);
                shown.add(new StaffMessage(message.getAuthor(),
                        message.getStaffId() == null ? null : names.get(message.getStaffId()), texts.get(i),
                        message.getCreatedAt()));
            }
            thread.seen();
            Long previous = thread.getPreviousAssigneeId();
            return Optional.of(new StaffThread(row(thread, clock.instant(), names), shown, previous,
                    previous == null ? null : names.get(previous), thread.canUndoAssignment()));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("A thread did not open with the organisation's key", unreadable);
        }
    }

    /**
     * An answer for the person: sealed to the organisation and to the person's key; fires
     * {@link QuestionAnswered} in this transaction (a person who left an address is told by
     * {@link ReaderNotices}).
     */
    @Transactional
    public void answer(SignedIn member, long threadId, String text) {
        QuestionThread thread = found(threadId);
        String answer = Questions.checkedText(text);
        byte[] personKey = personKey(member, thread);
        Instant now = clock.instant();
        Questions.addMessage(em, keys, new QuestionMessage(thread.getId(), QuestionMessage.Author.STAFF,
                member.staffId(), now), answer, Optional.of(personKey));
        thread.answered(now);
        answered.fire(new QuestionAnswered(thread.getId(), thread.getLanguage(), member));
        auditLog.record(member.username(), QUESTION_ANSWERED, SUBJECT, threadId);
    }

    /** An answer, and the thread closed, in one step (nothing happens when the answer is refused). */
    @Transactional
    public void answerAndClose(SignedIn member, long threadId, String text) {
        answer(member, threadId, text);
        close(member, threadId);
    }

    /** An internal note: sealed to the organisation only, never shown to the person. */
    @Transactional
    public void note(SignedIn member, long threadId, String text) {
        QuestionThread thread = found(threadId);
        Questions.addMessage(em, keys, new QuestionMessage(thread.getId(), QuestionMessage.Author.NOTE,
                member.staffId(), clock.instant()), Questions.checkedText(text), Optional.empty());
        auditLog.record(member.username(), NOTE_ADDED, SUBJECT, threadId);
    }

    /**
     * The active members a thread can be assigned to: a role that reads questions (STAFF or ADMIN)
     * and the organisation's key (without it they could not open it); by name.
     */
    @Transactional(TxType.SUPPORTS)
    public List<Colleague> colleagues(SignedIn member) {
        Map<Long, String> names = directory.usernames(member);
        return assignable().stream().filter(names::containsKey).map(id -> new Colleague(id, names.get(id)))
                .sorted(Comparator.comparing(Colleague::username)).toList();
    }

    @Transactional
    public void assignToMe(SignedIn member, long threadId) {
        assign(member, threadId, member.staffId());
    }

    /**
     * Gives the thread to a colleague (null: to nobody).
     *
     * @throws QuestionException ASSIGNEE when that member is not active, has no role that reads
     *         questions, or does not hold the organisation's key
     */
    @Transactional
    public void assign(SignedIn member, long threadId, Long staffId) {
        QuestionThread thread = found(threadId);
        if (staffId != null && !assignable().contains(staffId)) {
            throw new QuestionException(QuestionException.Problem.ASSIGNEE);
        }
        if (!Objects.equals(thread.getAssigneeId(), staffId)) {
            thread.assignTo(staffId);
            auditLog.record(member.username(), QUESTION_ASSIGNED, SUBJECT, threadId);
        }
    }

    /**
     * Back to the assignee before the last change (refused with ASSIGNEE when that member may no
     * longer have it; nothing to undo is no change).
     */
    @Transactional
    public void undoAssignment(SignedIn member, long threadId) {
        QuestionThread thread = found(threadId);
        if (!thread.canUndoAssignment()) {
            return;
        }
        Long previous = thread.getPreviousAssigneeId();
        if (previous != null && !assignable().contains(previous)) {
            throw new QuestionException(QuestionException.Problem.ASSIGNEE);
        }
        thread.undoAssignment();
        auditLog.record(member.username(), QUESTION_ASSIGNED, SUBJECT, threadId);
    }

    /** Files the thread under another topic. */
    @Transactional
    public void changeTopic(SignedIn member, long threadId, Topic topic) {
        QuestionThread thread = found(threadId);
        if (topic != null && topic != thread.getTopic()) {
            thread.changeTopic(topic);
            auditLog.record(member.username(), QUESTION_TOPIC_CHANGED, SUBJECT, threadId);
        }
    }

    @Transactional
    public void close(SignedIn member, long threadId) {
        QuestionThread thread = found(threadId);
        if (thread.getStatus() != ThreadStatus.CLOSED) {
            thread.close();
            auditLog.record(member.username(), QUESTION_CLOSED, SUBJECT, threadId);
        }
    }

    @Transactional
    public void reopen(SignedIn member, long threadId) {
        QuestionThread thread = found(threadId);
        if (thread.getStatus() == ThreadStatus.CLOSED) {
            thread.reopen();
            auditLog.record(member.username(), QUESTION_REOPENED, SUBJECT, threadId);
        }
    }

    /** Active members with a role that reads questions who hold the organisation's key. */
    private Set<Long> assignable() {
        Set<Long> members = new HashSet<>(directory.activeMembersWith(Role.STAFF, Role.ADMIN));
        members.retainAll(keys.withAccess());
        return members;
    }

    private byte[] personKey(SignedIn member, QuestionThread thread) {
        try {
            // recorded as an opening of the thread (once an hour with the reading of it), not of a key
            String encoded = keys.openAll(
                    List.of(new Sealed(thread.getPersonKeyText(), thread.getPersonKeySealed(), null)),
                    List.of(Questions.keyContext(thread)), member.key(), member.username(),
                    Questions.threadItem(thread))
                    .get(0);
            return Base64.getDecoder().decode(encoded);
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("A thread's key did not open with the organisation's key", unreadable);
        }
    }

    private QuestionThread found(long threadId) {
        QuestionThread thread = em.find(QuestionThread.class, threadId);
        if (thread == null) {
            throw new IllegalArgumentException("No such thread");
        }
        return thread;
    }

    private List<QuestionMessage> messagesOf(QuestionThread thread) {
        return em.createNamedQuery(QuestionMessage.OF_THREAD, QuestionMessage.class)
                .setParameter("thread", thread.getId()).getResultList();
    }

    /** Deletes a thread now (a question that must not stay, e.g. one with a name in it); counted first. */
    @Transactional
    public void delete(SignedIn member, long threadId) {
        removal.remove(found(threadId));
        auditLog.record(member.username(), THREAD_DELETED, SUBJECT, threadId);
        removed.fire(new ThreadRemoved(threadId));
    }

    private Instant due(QuestionThread thread) {
        return WorkingDays.due(thread.getCreatedAt(), firstAnswerDays, Languages.LOCAL_TIME);
    }

    private Row row(QuestionThread thread, Instant now, Map<Long, String> names) {
        boolean unanswered = thread.getFirstAnswerAt() == null && thread.getStatus() != ThreadStatus.CLOSED;
        Instant due = unanswered ? due(thread) : null;
        return new Row(thread.getId(), thread.getStatus(), thread.getLanguage(), thread.getTopic(),
                thread.getMunicipalityId(), thread.getCreatedAt(), thread.getLastActivityAt(), thread.getAssigneeId(),
                thread.getAssigneeId() == null ? null : names.get(thread.getAssigneeId()), due,
                unanswered && !now.isBefore(due));
    }
}
