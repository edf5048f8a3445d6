package nl.xenia.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The organisation's private key, encrypted under one holder's key: a staff member's
 * password-derived key, an invitation's code-derived key, or the printed recovery key.
 */
@Entity
@Table(name = "key_wrapper")
@NamedQuery(name = KeyWrapper.OF_STAFF, query = "SELECT w FROM KeyWrapper w WHERE w.staffId = :staff AND w.kind = :kind")
@NamedQuery(name = KeyWrapper.RECOVERY, query = "SELECT w FROM KeyWrapper w WHERE w.kind = :kind ORDER BY w.id DESC")
@NamedQuery(name = KeyWrapper.DELETE_OF_STAFF, query = "DELETE FROM KeyWrapper w WHERE w.staffId = :staff")
public class KeyWrapper {

    public static final String OF_STAFF = "KeyWrapper.ofStaff";
    public static final String RECOVERY = "KeyWrapper.recovery";
    public static final String DELETE_OF_STAFF = "KeyWrapper.deleteOfStaff";

    /** Whose key the private key is wrapped under. */
    public enum Kind {
        STAFF, INVITATION, RECOVERY
    }

    @Id
    @SequenceGenerator(name = "key_wrapper", sequenceName = "key_wrapper_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_wrapper")
    private Long id;

    @Column(name = "key_id", nullable = false)
    private Long keyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false)
    private byte[] wrapped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected KeyWrapper() {
    }

    public KeyWrapper(Long keyId, Kind kind, Long staffId, byte[] wrapped, Instant createdAt) {
        if ((kind == Kind.RECOVERY) != (staffId == null)) {
            throw new IllegalArgumentException("Only the recovery wrapper belongs to no staff member");
        }
        this.keyId = keyId;
        this.kind = kind;
        this.staffId = staffId;
        this.wrapped = wrapped.clone();
        this.createdAt = createdAt;
    }

    public byte[] getWrapped() {
        return wrapped.clone();
    }

    public Kind getKind() {
        return kind;
    }
}
