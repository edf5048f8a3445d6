package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.questions.entity.QuestionMessage;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.questions.entity.ThreadStatus;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.StaffAccounts.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff side of anonymous questions: the list (no content, oldest unanswered first), a thread
 * opened in a staff session (recorded in the audit log), answers sealed for the person too, internal
 * notes for staff only, assignment, closing and reopening.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class QuestionInbox {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrganisationKeys keys;

    @Inject
    @ConfigProperty(name = "xenia.questions.first-answer", defaultValue = "P2D")
    Duration firstAnswerTarget;

    /** A thread in the list: no content. */
    public record Row(long id, ThreadStatus status, String language, Topic topic, Long municipalityId,
            Instant createdAt, Instant lastActivityAt, Long assigneeId, boolean overdue) {
    }

    /** A thread opened by staff. */
    public record StaffThread(Row row, List<StaffMessage> messages) {
    }

    /** One message as staff read it. */
    public record StaffMessage(QuestionMessage.Author author, String text, Instant at) {
    }

    /** Every thread: new and open ones first, oldest first; then waiting; then closed. */
    @Transactional(TxType.SUPPORTS)
    public List<Row> threads(SignedIn member) {
        Instant now = clock.instant();
        return em.createNamedQuery(QuestionThread.ALL, QuestionThread.class).getResultStream()
                .map(thread -> row(thread, now))
                .sorted(Comparator.comparingInt((Row row) -> switch (row.status()) {
                    case NEW, OPEN -> 0;
                    case WAITING -> 1;
                    case CLOSED -> 2;
                }).thenComparing(Row::createdAt)).toList();
    }

    /** How many threads wait for a first answer, and how many of them are past the target. */
    @Transactional(TxType.SUPPORTS)
    public long[] waiting(SignedIn member) {
        List<Row> rows = threads(member);
        return new long[]{rows.stream().filter(row -> row.status() == ThreadStatus.NEW).count(),
                rows.stream().filter(Row::overdue).count()};
    }

    /** A thread's messages, opened with the member's session key; empty when there is no such thread. */
    @Transactional
    public Optional<StaffThread> open(SignedIn member, long threadId) {
        QuestionThread thread = em.find(QuestionThread.class, threadId);
        if (thread == null) {
            return Optional.empty();
        }
        List<QuestionMessage> messages = messagesOf(thread);
        List<Sealing.Sealed> sealed = messages.stream().map(message -> new Sealing.Sealed(message.getCiphertext(),
                message.getForOrganisation(), message.getForPerson())).toList();
        try {
            List<String> texts = keys.openAll(sealed, Questions.messageContext(thread), member.key(),
                    member.username());
            List<StaffMessage> shown = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                shown.add(new StaffMessage(messages.get(i).getAuthor(), texts.get(i), messages.get(i).getCreatedAt()));
            }
            thread.seen();
            return Optional.of(new StaffThread(row(thread, clock.instant()), shown));
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("A thread did not open with the organisation's key", unreadable);
        }
    }

    /** An answer for the person: sealed to the organisation and to the person's key. */
    @Transactional
    public void answer(SignedIn member, long threadId, String text) {
        QuestionThread thread = found(threadId);
        String answer = Questions.checkedText(text);
        byte[] personKey = personKey(member, thread);
        Sealing.Sealed sealed = keys.seal(answer, Questions.messageContext(thread), Optional.of(personKey));
        Instant now = clock.instant();
        em.persist(new QuestionMessage(thread.getId(), QuestionMessage.Author.STAFF, member.staffId(),
                sealed.ciphertext(), sealed.forOrganisation(), sealed.forExtraKey(), now));
        thread.answered(now);
    }

    /** An internal note: sealed to the organisation only, never shown to the person. */
    @Transactional
    public void note(SignedIn member, long threadId, String text) {
        QuestionThread thread = found(threadId);
        Sealing.Sealed sealed = keys.seal(Questions.checkedText(text), Questions.messageContext(thread),
                Optional.empty());
        em.persist(new QuestionMessage(thread.getId(), QuestionMessage.Author.NOTE, member.staffId(),
                sealed.ciphertext(), sealed.forOrganisation(), null, clock.instant()));
    }

    @Transactional
    public void assignToMe(SignedIn member, long threadId) {
        found(threadId).assignTo(member.staffId());
    }

    @Transactional
    public void close(SignedIn member, long threadId) {
        found(threadId).close();
    }

    @Transactional
    public void reopen(SignedIn member, long threadId) {
        found(threadId).reopen();
    }

    private byte[] personKey(SignedIn member, QuestionThread thread) {
        try {
            String encoded = keys.open(new Sealing.Sealed(thread.getPersonKeyText(), thread.getPersonKeySealed(), null),
                    "question-key:" + thread.getId(), member.key(), member.username());
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

    private Row row(QuestionThread thread, Instant now) {
        boolean overdue = thread.getFirstAnswerAt() == null && thread.getStatus() != ThreadStatus.CLOSED
                && thread.getCreatedAt().plus(firstAnswerTarget).isBefore(now);
        return new Row(thread.getId(), thread.getStatus(), thread.getLanguage(), thread.getTopic(),
                thread.getMunicipalityId(), thread.getCreatedAt(), thread.getLastActivityAt(), thread.getAssigneeId(),
                overdue);
    }
}
