package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.Expiring;
import nl.xenia.portal.privacy.boundary.SealedItemOpened;
import nl.xenia.portal.staff.entity.AuditEntry;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The append-only audit log: logins, failed logins, second-factor and account changes, each action on
 * an item, and the opening of sealed items (once per member and item per hour, so reading a thread
 * while working on it is one line, not one per page shown). Never contents, never what someone typed.
 * Kept for {@code xenia.audit.retention} (default two years). Items are named for the office by the
 * components that record them ({@link AuditSubjects}).
 */
@ApplicationScoped
public class AuditLog implements Expiring {

    /** A filter for the office's audit view; null fields do not filter. */
    public record Filter(Instant from, Instant until, String actor, AuditAction action, String subjectType) {
    }

    /** One entry as the office shows it: the action by name ({@link AuditAction#labelKey(String)} labels it). */
    public record Entry(long id, Instant occurredAt, String actor, String action, String subjectType,
            String subjectId) {
    }

    /** An opening of the same item by the same member within this time is not recorded again. */
    public static final Duration OPENING_COUNTED_ONCE_PER = Duration.ofHours(1);

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    @Any
    Instance<AuditSubjects> subjects;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.audit.retention", defaultValue = "P730D")
    Duration retention;

    /** Records with the caller's change: written if and only if the change is. */
    @Transactional(TxType.REQUIRED)
    public void record(String actor, AuditAction action, String subjectType, Object subjectId) {
        em.persist(new AuditEntry(clock.instant(), actor, action.name(), subjectType,
                subjectId == null ? null : String.valueOf(subjectId)));
    }

    /**
     * The opening of a sealed item (fired by the privacy component) goes into the audit log, unless the
     * same member opened the same item within {@link #OPENING_COUNTED_ONCE_PER}.
     */
    @Transactional(TxType.REQUIRED)
    void onSealedItemOpened(@Observes SealedItemOpened opened) {
        int colon = opened.context().indexOf(':');
        String type = colon < 0 ? opened.context() : opened.context().substring(0, colon);
        String id = colon < 0 ? null : opened.context().substring(colon + 1);
        if (id != null && em.createNamedQuery(AuditEntry.SINCE, Long.class).setParameter("actor", opened.actor())
                .setParameter("since", clock.instant().minus(OPENING_COUNTED_ONCE_PER))
                .setParameter("action", AuditAction.SEALED_ITEM_OPENED.name()).setParameter("subjectType", type)
                .setParameter("subjectId", id).getSingleResult() > 0) {
            return;
        }
        record(opened.actor(), AuditAction.SEALED_ITEM_OPENED, type, id);
    }

    /**
     * An entry's item in the office's language with the office page that shows it, as the component
     * that recorded it names it; empty when no component names it (the office then shows type and id).
     */
    public Optional<AuditSubject> subject(Entry entry, String language) {
        if (entry.subjectType() == null) {
            return Optional.empty();
        }
        for (AuditSubjects named : subjects) {
            if (named.subjectTypes().contains(entry.subjectType())) {
                return named.subject(entry.subjectType(), entry.subjectId(), language);
            }
        }
        return Optional.empty();
    }

    /** Records on its own, kept even when the caller's work is rolled back (e.g. a failed login). */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, String subjectType, Object subjectId) {
        record(actor, action, subjectType, subjectId);
    }

    /** For the office's audit view: a page of the entries that match, newest first, for admins only. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public List<Entry> search(SignedIn admin, Filter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(where(cb, entry, filter)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> page = em.createQuery(query).setFirstResult(first).setMaxResults(max);
        return page.getResultList().stream().map(found -> new Entry(found.getId(), found.getOccurredAt(),
                found.getActor(), found.getAction(), found.getSubjectType(), found.getSubjectId())).toList();
    }

    /** For the office's audit filter: the names of the actions the log holds, for admins only. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public List<String> recordedActions(SignedIn admin) {
        return em.createNamedQuery(AuditEntry.ACTIONS, String.class).getResultList();
    }

    /** For the office's audit filter: who the log names, for admins only. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public List<String> recordedActors(SignedIn admin) {
        return em.createNamedQuery(AuditEntry.ACTORS, String.class).getResultList();
    }

    /** For the office's audit view: how many entries match, for admins only. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public long count(SignedIn admin, Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(where(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> entry, Filter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), filter.until()));
        }
        if (filter.actor() != null) {
            where.add(cb.equal(entry.get("actor"), filter.actor()));
        }
        if (filter.action() != null) {
            where.add(cb.equal(entry.get("action"), filter.action().name()));
        }
        if (filter.subjectType() != null) {
            where.add(cb.equal(entry.get("subjectType"), filter.subjectType()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Deletes what is older than the retention period at {@code now} (the retention job asks); returns how many. */
    @Override
    @Transactional(TxType.REQUIRED)
    public int deleteExpired(Instant now) {
        return em.createNamedQuery(AuditEntry.PURGE).setParameter("before", now.minus(retention)).executeUpdate();
    }
}
