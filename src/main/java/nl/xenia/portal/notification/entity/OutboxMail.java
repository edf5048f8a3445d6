package nl.xenia.portal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail waiting to be sent, being sent, or recently sent. Recipient and body are kept only sealed
 * under the outbox key (not in the database; {@code keyRef} names it); the subject is a template's
 * text. Claimed by one server at a time for a short lease; on failure it waits longer after each
 * attempt; sent or given-up mail is blanked at once and purged soon after.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.DUE, query = "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.gaveUpAt IS NULL"
        + " AND m.keyRef = :ref AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)"
        + " ORDER BY m.nextAttemptAt")
@NamedQuery(name = OutboxMail.DROP_FOREIGN, query = "DELETE FROM OutboxMail m WHERE m.keyRef <> :ref"
        + " AND m.sentAt IS NULL AND m.gaveUpAt IS NULL")
@NamedQuery(name = OutboxMail.OF_KEY, query = "SELECT m FROM OutboxMail m WHERE m.keyRef = :ref ORDER BY m.id")
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.claimedUntil = :until WHERE m.id = :id"
        + " AND m.sentAt IS NULL AND m.gaveUpAt IS NULL AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(name = OutboxMail.PURGE_SENT, query = "DELETE FROM OutboxMail m WHERE m.sentAt < :before")
@NamedQuery(name = OutboxMail.PURGE_GIVEN_UP, query = "DELETE FROM OutboxMail m WHERE m.gaveUpAt < :before")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String CLAIM = "OutboxMail.claim";
    public static final String PURGE_SENT = "OutboxMail.purgeSent";
    public static final String PURGE_GIVEN_UP = "OutboxMail.purgeGivenUp";
    public static final String DROP_FOREIGN = "OutboxMail.dropForeign";
    public static final String OF_KEY = "OutboxMail.ofKey";

    @Id
    @SequenceGenerator(name = "mail_outbox", sequenceName = "mail_outbox_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox")
    private Long id;

    @Column(nullable = false)
    private byte[] sealed;

    @Column(name = "key_ref", nullable = false, length = 44)
    private String keyRef;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "gave_up_at")
    private Instant gaveUpAt;

    protected OutboxMail() {
    }

    /** A mail whose recipient and body are sealed under the outbox key named by keyRef. */
    public OutboxMail(byte[] sealed, String keyRef, String subject, Instant now) {
        this.sealed = sealed.clone();
        this.keyRef = Objects.requireNonNull(keyRef);
        this.subject = Objects.requireNonNull(subject);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Not to be sent before this moment (a reminder); only while it waits for its first attempt. */
    public void notBefore(Instant when) {
        if (sentAt == null && gaveUpAt == null && attempts == 0) {
            nextAttemptAt = Objects.requireNonNull(when);
        }
    }

    /** Whether it has not been sent (or given up) yet. */
    public boolean isWaiting() {
        return sentAt == null && gaveUpAt == null;
    }

    /** Delivered: blanked at once (nothing of it can be opened any more), kept only until the purge. */
    public void sent(Instant now) {
        sentAt = now;
        claimedUntil = null;
        sealed = new byte[0];
    }

    /**
     * Not delivered: the next attempt waits first × 2^(attempts − 1), at most max; after the last
     * allowed attempt the mail is given up.
     */
    public void failed(Instant now, Duration first, Duration max, int maxAttempts) {
        attempts++;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            gaveUpAt = now;
            sealed = new byte[0];
            return;
        }
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 30));
        nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
    }

    public Long getId() {
        return id;
    }

    public byte[] getSealed() {
        return sealed.clone();
    }

    public String getSubject() {
        return subject;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getGaveUpAt() {
        return gaveUpAt;
    }
}
