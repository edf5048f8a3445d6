package nl.xenia.portal.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's session, found by the keyed hash of its cookie's token (the token itself is never stored). While
 * {@code secondStep} is true the sign-in is half-way: the password was right, the second step's code is still due.
 * It counts while it was used in the last {@link #IDLE} and began less than {@link #ABSOLUTE} ago.
 */
@Entity
@Table(name = "member_session")
@NamedQuery(name = MemberSession.DELETE_OF_MEMBER, query = "DELETE FROM MemberSession s WHERE s.memberId = :member")
@NamedQuery(name = MemberSession.DELETE_OTHERS, query = "DELETE FROM MemberSession s WHERE s.memberId = :member"
        + " AND s.tokenHash <> :keep")
@NamedQuery(name = MemberSession.DELETE_EXPIRED, query = "DELETE FROM MemberSession s WHERE s.lastSeenAt <= :idle"
        + " OR s.signedInAt <= :begun")
public class MemberSession {

    public static final String DELETE_OF_MEMBER = "MemberSession.deleteOfMember";
    public static final String DELETE_OTHERS = "MemberSession.deleteOthers";
    public static final String DELETE_EXPIRED = "MemberSession.deleteExpired";

    /** The longest pause between two requests. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** The longest a session lasts, however active. */
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** Last-seen is written again only after this long, so that not every page is a write. */
    static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

    @Id
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "second_step", nullable = false)
    private boolean secondStep;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected MemberSession() {
    }

    /** A new session: signed in, or half-way when the second step is still due. */
    public MemberSession(String tokenHash, long memberId, boolean secondStepDue, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.memberId = memberId;
        this.secondStep = secondStepDue;
        this.signedInAt = now;
        this.lastSeenAt = now;
    }

    /** Whether the session still counts at {@code now}. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(lastSeenAt.plus(IDLE)) && now.isBefore(signedInAt.plus(ABSOLUTE))
                && !now.isBefore(signedInAt.minus(Duration.ofMinutes(1)));
    }

    /** Used now; written only when a minute has passed since the last time. */
    public void seen(Instant now) {
        if (now.isAfter(lastSeenAt.plus(TOUCH_AFTER))) {
            lastSeenAt = now;
        }
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isSecondStepDue() {
        return secondStep;
    }
}
