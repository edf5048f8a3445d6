package nl.xenia.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The organisation's keyset (every generation, the newest primary) sealed to one holder's public key;
 * {@code keyId} is the newest generation it holds. One per holder: a new one replaces the old.
 */
@Entity
@Table(name = "key_wrapper")
@NamedQuery(name = KeyWrapper.OF_HOLDER, query = "SELECT w FROM KeyWrapper w WHERE w.holderId = :holder")
@NamedQuery(name = KeyWrapper.DELETE_OF_HOLDER, query = "DELETE FROM KeyWrapper w WHERE w.holderId = :holder")
@NamedQuery(name = KeyWrapper.HOLDERS, query = "SELECT w.holderId FROM KeyWrapper w")
public class KeyWrapper {

    public static final String OF_HOLDER = "KeyWrapper.ofHolder";
    public static final String DELETE_OF_HOLDER = "KeyWrapper.deleteOfHolder";
    public static final String HOLDERS = "KeyWrapper.holders";

    @Id
    @SequenceGenerator(name = "key_wrapper", sequenceName = "key_wrapper_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_wrapper")
    private Long id;

    @Column(name = "holder_id", nullable = false)
    private Long holderId;

    @Column(name = "key_id", nullable = false)
    private Long keyId;

    @Column(nullable = false)
    private byte[] wrapped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected KeyWrapper() {
    }

    public KeyWrapper(Long holderId, Long keyId, byte[] wrapped, Instant createdAt) {
        this.holderId = holderId;
        this.keyId = keyId;
        this.wrapped = wrapped.clone();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public byte[] getWrapped() {
        return wrapped.clone();
    }
}
