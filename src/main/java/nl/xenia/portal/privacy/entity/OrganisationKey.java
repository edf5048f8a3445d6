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
 * One generation of the organisation's key: its public keyset (every generation so far, this one
 * primary), pinned by a keyed hash under a key outside the database; it can seal, not open. The newest
 * generation is the one new items are sealed to.
 */
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

    @Column
    private byte[] pin;

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

    /** The pin of the public keyset (set once the id is known); empty when there is none. */
    public byte[] getPin() {
        return pin == null ? new byte[0] : pin.clone();
    }

    public void pinned(byte[] pin) {
        this.pin = pin.clone();
    }
}
