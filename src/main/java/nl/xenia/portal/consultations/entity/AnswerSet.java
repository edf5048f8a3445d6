package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One response's answers as counted: a random id, the consultation, and the member only when answered under the
 * pseudonym. No time, no sequence.
 */
@Entity
@Table(name = "consultation_answer_set")
@NamedQuery(name = AnswerSet.COUNT, query = "SELECT COUNT(s) FROM AnswerSet s WHERE s.consultationId = :consultation")
@NamedQuery(name = AnswerSet.OF_MEMBER, query = "SELECT s FROM AnswerSet s WHERE s.consultationId = :consultation"
        + " AND s.memberId = :member")
@NamedQuery(name = AnswerSet.OF, query = "SELECT s FROM AnswerSet s WHERE s.consultationId = :consultation")
@NamedQuery(name = AnswerSet.COUNTS_CLOSED_BETWEEN, query = "SELECT c.closesAt, COUNT(s) FROM AnswerSet s,"
        + " Consultation c WHERE c.id = s.consultationId AND c.published = TRUE AND c.closed = TRUE"
        + " AND c.closesAt >= :start AND c.closesAt < :end GROUP BY c.id, c.closesAt")
public class AnswerSet {

    public static final String COUNT = "AnswerSet.count";
    public static final String OF_MEMBER = "AnswerSet.ofMember";
    public static final String OF = "AnswerSet.of";
    /**
     * Per published consultation closed from {@code start} (included) to {@code end} (excluded): its closing time and
     * how many answer sets it has (the anonymous ones are written at the close).
     */
    public static final String COUNTS_CLOSED_BETWEEN = "AnswerSet.countsClosedBetween";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "member_id")
    private Long memberId;

    protected AnswerSet() {
    }

    /** A new set with a random id; {@code memberId} null for an anonymous one. */
    public AnswerSet(long consultationId, Long memberId) {
        this.id = UUID.randomUUID().toString();
        this.consultationId = consultationId;
        this.memberId = memberId;
    }

    public String getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Long getMemberId() {
        return memberId;
    }
}
