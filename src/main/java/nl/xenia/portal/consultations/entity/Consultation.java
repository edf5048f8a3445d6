package nl.xenia.portal.consultations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A consultation of the sounding board: open for answers between two times, answered anonymously or under the
 * pseudonym (fixed once someone answered), visible to members once published, closed once (the close writes the
 * anonymous responses unlinked), with an outcome published to members and, when staff choose, to everyone.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = Consultation.ALL, query = "SELECT c FROM Consultation c ORDER BY c.opensAt DESC, c.id DESC")
@NamedQuery(name = Consultation.PUBLISHED, query = "SELECT c FROM Consultation c WHERE c.published = TRUE"
        + " ORDER BY c.closesAt DESC, c.id DESC")
@NamedQuery(name = Consultation.PUBLIC_OUTCOMES, query = "SELECT c FROM Consultation c WHERE c.outcomePublished = TRUE"
        + " AND c.outcomePublic = TRUE ORDER BY c.closesAt DESC, c.id DESC")
@NamedQuery(name = Consultation.DUE_TO_CLOSE, query = "SELECT c.id FROM Consultation c WHERE c.closed = FALSE"
        + " AND c.closesAt <= :now ORDER BY c.id")
@NamedQuery(name = Consultation.AWAITING_OUTCOME, query = "SELECT COUNT(c) FROM Consultation c WHERE c.published = TRUE"
        + " AND c.outcomePublished = FALSE AND (c.closed = TRUE OR c.closesAt <= :now)")
@NamedQuery(name = Consultation.CLOSED_BETWEEN, query = "SELECT c.closesAt FROM Consultation c WHERE c.published = TRUE"
        + " AND c.closed = TRUE AND c.closesAt >= :start AND c.closesAt < :end")
public class Consultation {

    public static final String ALL = "Consultation.all";
    public static final String PUBLISHED = "Consultation.published";
    public static final String PUBLIC_OUTCOMES = "Consultation.publicOutcomes";
    public static final String DUE_TO_CLOSE = "Consultation.dueToClose";
    public static final String AWAITING_OUTCOME = "Consultation.awaitingOutcome";
    /**
     * The closing times of the published consultations closed from {@code start} (included) to {@code end} (excluded)
     * (one never published is closed when its time is up too, but was never held).
     */
    public static final String CLOSED_BETWEEN = "Consultation.closedBetween";

    @Id
    @SequenceGenerator(name = "consultation", sequenceName = "consultation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation")
    private Long id;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "outcome_published", nullable = false)
    private boolean outcomePublished;

    @Column(name = "outcome_public", nullable = false)
    private boolean outcomePublic;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, ConsultationText> texts = new HashMap<>();

    protected Consultation() {
    }

    public Consultation(boolean anonymous, Instant opensAt, Instant closesAt, Instant now) {
        this.anonymous = anonymous;
        this.createdAt = Objects.requireNonNull(now);
        times(opensAt, closesAt);
    }

    /** Sets the times; the close must be after the opening. */
    public void times(Instant opens, Instant closes) {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("A consultation closes after it opens");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    public void anonymous(boolean value) {
        this.anonymous = value;
    }

    public void texts(Map<String, ConsultationText> byLanguage) {
        texts.clear();
        texts.putAll(byLanguage);
    }

    public void publish() {
        published = true;
    }

    /** Closes now (an early close moves the closing time to now). */
    public void close(Instant now) {
        if (closesAt.isAfter(now)) {
            closesAt = now.isAfter(opensAt) ? now : opensAt.plusSeconds(1);
        }
        closed = true;
    }

    public void publishOutcome(boolean isPublic) {
        outcomePublished = true;
        outcomePublic = isPublic;
    }

    /** Whether answers may be sent at this moment. */
    public boolean isOpenAt(Instant now) {
        return published && !closed && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean hasEndedAt(Instant now) {
        return closed || !now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isOutcomePublished() {
        return outcomePublished;
    }

    public boolean isOutcomePublic() {
        return outcomePublic;
    }

    public Map<String, ConsultationText> getTexts() {
        return texts;
    }
}
