package nl.xenia.portal.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A member signed up for a session; staff record whether the member came. */
@Entity
@Table(name = "consultation_signup")
@IdClass(MemberKey.class)
@NamedQuery(name = SessionSignup.OF_SESSIONS, query = "SELECT s FROM SessionSignup s WHERE s.owner IN :sessions")
@NamedQuery(name = SessionSignup.ATTENDED_BETWEEN, query = "SELECT s.memberId, COUNT(s) FROM SessionSignup s,"
        + " ConsultationSession cs WHERE cs.id = s.owner AND s.attended = TRUE AND cs.startsAt >= :from"
        + " AND cs.startsAt < :until GROUP BY s.memberId")
@NamedQuery(name = SessionSignup.ATTENDANCE_BETWEEN, query = "SELECT cs.startsAt, COUNT(s) FROM SessionSignup s,"
        + " ConsultationSession cs, Consultation c WHERE cs.id = s.owner AND c.id = cs.consultationId"
        + " AND c.published = TRUE AND s.attended = TRUE AND cs.startsAt >= :start AND cs.startsAt < :end"
        + " GROUP BY cs.id, cs.startsAt")
public class SessionSignup {

    public static final String OF_SESSIONS = "SessionSignup.ofSessions";
    public static final String ATTENDED_BETWEEN = "SessionSignup.attendedBetween";
    /**
     * Per session of a published consultation starting from {@code start} (included) to {@code end} (excluded): its
     * starting time and how many members came.
     */
    public static final String ATTENDANCE_BETWEEN = "SessionSignup.attendanceBetween";

    @Id
    @Column(name = "session_id")
    private long owner;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(nullable = false)
    private boolean attended;

    protected SessionSignup() {
    }

    public SessionSignup(long sessionId, long memberId) {
        this.owner = sessionId;
        this.memberId = memberId;
    }

    public void attended(boolean came) {
        attended = came;
    }

    public long getSessionId() {
        return owner;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isAttended() {
        return attended;
    }
}
