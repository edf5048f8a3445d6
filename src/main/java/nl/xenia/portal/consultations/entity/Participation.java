package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * That a member answered a consultation (one answer each, and the participation record): nothing about what, nor
 * when.
 */
@Entity
@Table(name = "consultation_participation")
@IdClass(MemberKey.class)
@NamedQuery(name = Participation.COUNT, query = "SELECT COUNT(p) FROM Participation p WHERE p.owner = :consultation")
@NamedQuery(name = Participation.COUNTS, query = "SELECT p.owner, COUNT(p) FROM Participation p"
        + " WHERE p.owner IN :consultations GROUP BY p.owner")
@NamedQuery(name = Participation.ANSWERED_BETWEEN, query = "SELECT p.memberId, COUNT(p) FROM Participation p,"
        + " Consultation c WHERE c.id = p.owner AND c.closesAt >= :from AND c.closesAt < :until GROUP BY p.memberId")
public class Participation {

    public static final String COUNT = "Participation.count";
    public static final String COUNTS = "Participation.counts";
    public static final String ANSWERED_BETWEEN = "Participation.answeredBetween";

    @Id
    @Column(name = "consultation_id")
    private long owner;

    @Id
    @Column(name = "member_id")
    private long memberId;

    protected Participation() {
    }

    public Participation(long consultationId, long memberId) {
        this.owner = consultationId;
        this.memberId = memberId;
    }

    public long getConsultationId() {
        return owner;
    }

    public long getMemberId() {
        return memberId;
    }
}
