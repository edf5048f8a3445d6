package nl.xenia.portal.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who (a staff account's name, or "anonymous" for a failed login of an
 * unknown name — the typed name itself is never stored), what, which item (type and id), when.
 * Immutable once written.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.PURGE, query = "DELETE FROM AuditEntry e WHERE e.occurredAt < :before")
@NamedQuery(name = AuditEntry.ACTIONS, query = "SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action")
@NamedQuery(name = AuditEntry.ACTORS, query = "SELECT DISTINCT e.actor FROM AuditEntry e ORDER BY e.actor")
@NamedQuery(name = AuditEntry.SINCE, query = "SELECT COUNT(e) FROM AuditEntry e WHERE e.actor = :actor"
        + " AND e.occurredAt > :since AND e.action = :action AND e.subjectType = :subjectType"
        + " AND e.subjectId = :subjectId")
public class AuditEntry {

    public static final String PURGE = "AuditEntry.purge";
    /** How many entries of an actor, action and item there are since a moment (parameters named so). */
    public static final String SINCE = "AuditEntry.since";
    public static final String ACTIONS = "AuditEntry.actions";
    public static final String ACTORS = "AuditEntry.actors";

    @Id
    @SequenceGenerator(name = "audit_entry", sequenceName = "audit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    /** An {@code AuditAction}'s name. */
    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject_type", updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", updatable = false, length = 64)
    private String subjectId;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }
}
