package nl.xenia.portal.staff.entity;

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
 * A one-time token that lets the first admin sign up. Only its SHA-256 hash is stored (the token
 * carries 160 random bits, so a fast hash is enough); it is valid until it expires or the first
 * admin has signed up with any token.
 */
@Entity
@Table(name = "staff_bootstrap_token")
@NamedQuery(name = BootstrapToken.BY_HASH, query = "SELECT t FROM BootstrapToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = BootstrapToken.USED_COUNT, query = "SELECT COUNT(t) FROM BootstrapToken t WHERE t.usedAt IS NOT NULL")
@NamedQuery(name = BootstrapToken.UNUSED_COUNT, query = "SELECT COUNT(t) FROM BootstrapToken t WHERE t.usedAt IS NULL")
@NamedQuery(name = BootstrapToken.DELETE_UNUSED, query = "DELETE FROM BootstrapToken t WHERE t.usedAt IS NULL")
@NamedQuery(name = BootstrapToken.DELETE_EXPIRED, query = "DELETE FROM BootstrapToken t WHERE t.usedAt IS NULL AND t.expiresAt < :now")
public class BootstrapToken {

    public static final String BY_HASH = "BootstrapToken.byHash";
    public static final String USED_COUNT = "BootstrapToken.usedCount";
    public static final String UNUSED_COUNT = "BootstrapToken.unusedCount";
    public static final String DELETE_UNUSED = "BootstrapToken.deleteUnused";
    public static final String DELETE_EXPIRED = "BootstrapToken.deleteExpired";

    @Id
    @SequenceGenerator(name = "staff_bootstrap_token", sequenceName = "staff_bootstrap_token_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_bootstrap_token")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected BootstrapToken() {
    }

    public BootstrapToken(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A bootstrap token must expire after it is created");
        }
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("Bootstrap token " + id + " is used or expired");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

}
