package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting about a consultation; its place or link is encrypted (see the facade), shown only to members. */
@Entity
@Table(name = "consultation_session")
@NamedQuery(name = ConsultationSession.OF, query = "SELECT s FROM ConsultationSession s"
        + " WHERE s.consultationId = :consultation ORDER BY s.startsAt, s.id")
@NamedQuery(name = ConsultationSession.STARTS_BETWEEN, query = "SELECT s.startsAt FROM ConsultationSession s,"
        + " Consultation c WHERE c.id = s.consultationId AND c.published = TRUE AND s.startsAt >= :start"
        + " AND s.startsAt < :end")
public class ConsultationSession {

    public static final String OF = "ConsultationSession.of";
    /** The starting times of published consultations' sessions from {@code start} (included) to {@code end}. */
    public static final String STARTS_BETWEEN = "ConsultationSession.startsBetween";

    @Id
    @SequenceGenerator(name = "consultation_session", sequenceName = "consultation_session_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_session")
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false)
    private byte[] place = new byte[0];

    protected ConsultationSession() {
    }

    public ConsultationSession(long consultationId, Instant startsAt, Instant endsAt, boolean online) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        this.consultationId = consultationId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.online = online;
    }

    /** The encrypted place, set once the session has its id (the encryption is bound to it). */
    public void place(byte[] locked) {
        this.place = locked.clone();
    }

    public String placeContext() {
        return "consultation-session:" + id;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isOnline() {
        return online;
    }

    public byte[] getPlace() {
        return place.clone();
    }
}
