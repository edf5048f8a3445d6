package nl.xenia.portal.members.entity;

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
 * An invitation to join the sounding board, or (with a member) to choose a new password for an existing account. Only
 * the code's hash is kept; an invitation works once, until it expires, and is deleted when taken up.
 */
@Entity
@Table(name = "member_invitation")
@NamedQuery(name = MemberInvitation.BY_HASH, query = "SELECT i FROM MemberInvitation i WHERE i.codeHash = :hash")
@NamedQuery(name = MemberInvitation.OF_MEMBER, query = "SELECT i FROM MemberInvitation i WHERE i.memberId = :member")
@NamedQuery(name = MemberInvitation.OPEN_NEW, query = "SELECT COUNT(i) FROM MemberInvitation i"
        + " WHERE i.memberId IS NULL AND i.expiresAt > :now")
@NamedQuery(name = MemberInvitation.DELETE_OF_MEMBER, query = "DELETE FROM MemberInvitation i"
        + " WHERE i.memberId = :member")
@NamedQuery(name = MemberInvitation.DELETE_EXPIRED, query = "DELETE FROM MemberInvitation i WHERE i.expiresAt <= :now")
public class MemberInvitation {

    public static final String BY_HASH = "MemberInvitation.byHash";
    public static final String OF_MEMBER = "MemberInvitation.ofMember";
    public static final String OPEN_NEW = "MemberInvitation.openNew";
    public static final String DELETE_OF_MEMBER = "MemberInvitation.deleteOfMember";
    public static final String DELETE_EXPIRED = "MemberInvitation.deleteExpired";

    @Id
    @SequenceGenerator(name = "member_invitation", sequenceName = "member_invitation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_invitation")
    private Long id;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    /** The member a re-invitation is for; null for a new member. */
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MemberInvitation() {
    }

    public MemberInvitation(String codeHash, Long memberId, Instant createdAt, Instant expiresAt) {
        this.codeHash = Objects.requireNonNull(codeHash);
        this.memberId = memberId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invitation expires after it was made");
        }
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
