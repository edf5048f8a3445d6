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

/** The organisation's key pair: only the public part is stored as such; it can seal, not open. */
@Entity
@Table(name = "organisation_key")
@NamedQuery(name = OrganisationKey.CURRENT, query = "SELECT k FROM OrganisationKey k ORDER BY k.id DESC")
public class OrganisationKey {

    public static final String CURRENT = "OrganisationKey.current";

    @Id
    @SequenceGenerator(name = "organisation_key", sequenceName = "organisation_key_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_key")
    private Long id;

    @Column(name = "public_keyset", nullable = false)
    private byte[] publicKeyset;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrganisationKey() {
    }

    public OrganisationKey(byte[] publicKeyset, Instant createdAt) {
        this.publicKeyset = publicKeyset.clone();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public byte[] getPublicKeyset() {
        return publicKeyset.clone();
    }
}
