package nl.xenia.portal.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A random key of this installation, made at first use when none is configured (e.g. the receipt
 * lookup key). Production should configure it outside the database instead (see the README).
 */
@Entity
@Table(name = "installation_key")
public class InstallationKey {

    @Id
    @Column(length = 40)
    private String name;

    @Column(nullable = false)
    private byte[] secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InstallationKey() {
    }

    public InstallationKey(String name, byte[] secret, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.secret = secret.clone();
        this.createdAt = now;
    }

    public String getName() {
        return name;
    }

    public byte[] getSecret() {
        return secret.clone();
    }
}
