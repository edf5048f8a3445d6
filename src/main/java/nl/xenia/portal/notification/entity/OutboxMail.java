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
 * A mail waiting to be sent, being sent, or recently sent. Claimed by one server at a time for a
 * short lease; on failure it waits longer after each attempt; sent mail is purged soon after.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.DUE, query = "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.gaveUpAt IS NULL"
        + " AND m.nextAttemptAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt")
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.claimedUntil = :until WHERE m.id = :id"
        + " AND m.sentAt IS NULL AND m.gaveUpAt IS NULL AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(name = OutboxMail.PURGE_SENT, query = "DELETE FROM OutboxMail m WHERE m.sentAt < :before")
@NamedQuery(name = OutboxMail.PURGE_GIVEN_UP, query = "DELETE FROM OutboxMail m WHERE m.gaveUpAt < :before")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String CLAIM = "OutboxMail.claim";
    public static final String PURGE_SENT = "OutboxMail.purgeSent";
    public static final String PURGE_GIVEN_UP = "OutboxMail.purgeGivenUp";

    @Id
    @SequenceGenerator(name = "mail_outbox", sequenceName = "mail_outbox_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox")
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

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

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Delivered: kept only until the purge. */
    public void sent(Instant now) {
        sentAt = now;
        claimedUntil = null;
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
            return;
        }
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 30));
        nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
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
