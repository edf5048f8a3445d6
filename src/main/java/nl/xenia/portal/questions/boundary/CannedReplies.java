package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.questions.entity.CannedReply;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;

/**
 * Canned replies, kept per language and topic by staff: the answer form offers the ones in the
 * thread's language for its topic (and those for every topic). Changes are audited.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class CannedReplies {

    /** The longest title. */
    public static final int MAX_TITLE = 120;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Inject
    AuditLog auditLog;

    /** A canned reply as the office shows it. */
    public record Reply(long id, String language, Topic topic, String title, String body) {
    }

    @Transactional(TxType.SUPPORTS)
    public List<Reply> all(SignedIn member) {
        return em.createNamedQuery(CannedReply.ALL, CannedReply.class).getResultStream().map(CannedReplies::reply)
                .toList();
    }

    /** The replies for a thread: in its language, for its topic or every topic. */
    @Transactional(TxType.SUPPORTS)
    public List<Reply> forThread(SignedIn member, String language, Topic topic) {
        return em.createNamedQuery(CannedReply.FOR_THREAD, CannedReply.class).setParameter("language", language)
                .setParameter("topic", topic).getResultStream().map(CannedReplies::reply).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Reply> find(SignedIn member, long id) {
        return Optional.ofNullable(em.find(CannedReply.class, id)).map(CannedReplies::reply);
    }

    /** Saves a new reply (id null) or a change; returns its id. */
    @Transactional
    public long save(SignedIn member, Long id, String language, Topic topic, String title, String body) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new QuestionException(QuestionException.Problem.TITLE);
        }
        String cleanBody = Questions.checkedText(body);
        if (!languages.codes().contains(language)) {
            throw new IllegalArgumentException("Not a portal language");
        }
        CannedReply reply;
        if (id == null) {
            reply = new CannedReply(language, topic, cleanTitle, cleanBody, member.staffId(), clock.instant());
            em.persist(reply);
            em.flush();
        } else {
            reply = found(id);
            reply.change(language, topic, cleanTitle, cleanBody, member.staffId(), clock.instant());
        }
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, "canned-reply", reply.getId());
        return reply.getId();
    }

    @Transactional
    public void delete(SignedIn member, long id) {
        em.remove(found(id));
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, "canned-reply", id);
    }

    private CannedReply found(long id) {
        CannedReply reply = em.find(CannedReply.class, id);
        if (reply == null) {
            throw new IllegalArgumentException("No such canned reply");
        }
        return reply;
    }

    private static Reply reply(CannedReply reply) {
        return new Reply(reply.getId(), reply.getLanguage(), reply.getTopic(), reply.getTitle(), reply.getBody());
    }
}
