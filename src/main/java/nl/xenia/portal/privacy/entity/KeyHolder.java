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
 * Someone who can hold the organisation's key: a staff member, the printed recovery key (no staff
 * member), or — until the first admin signs up — the bootstrap token ({@code bootstrap}). The holder's own key pair: the public half in the clear with its pin, the private half only
 * wrapped under the holder's secret (a password-derived key, the recovery key, a key derived from the
 * bootstrap token). The organisation's
 * keyset reaches a holder sealed to the public half ({@link KeyWrapper}).
 */
@Entity
@Table(name = "key_holder")
@NamedQuery(name = KeyHolder.OF_STAFF, query = "SELECT h FROM KeyHolder h WHERE h.staffId = :staff")
@NamedQuery(name = KeyHolder.RECOVERY, query = "SELECT h FROM KeyHolder h WHERE h.staffId IS NULL AND h.bootstrap = FALSE ORDER BY h.id DESC")
@NamedQuery(name = KeyHolder.BOOTSTRAP, query = "SELECT h FROM KeyHolder h WHERE h.bootstrap = TRUE ORDER BY h.id DESC")
@NamedQuery(name = KeyHolder.ALL, query = "SELECT h FROM KeyHolder h ORDER BY h.id")
public class KeyHolder {

    public static final String OF_STAFF = "KeyHolder.ofStaff";
    public static final String RECOVERY = "KeyHolder.recovery";
    public static final String ALL = "KeyHolder.all";
    public static final String BOOTSTRAP = "KeyHolder.bootstrap";

    @Id
    @SequenceGenerator(name = "key_holder", sequenceName = "key_holder_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_holder")
    private Long id;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "public_keyset", nullable = false)
    private byte[] publicKeyset;

    @Column(name = "private_wrapped", nullable = false)
    private byte[] privateWrapped;

    @Column(nullable = false)
    private byte[] pin;

    @Column(nullable = false)
    private boolean bootstrap;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected KeyHolder() {
    }

    /** A holder whose pin is set once its id is known ({@link #pinned}). */
    public KeyHolder(Long staffId, byte[] publicKeyset, byte[] privateWrapped, Instant createdAt) {
        this.staffId = staffId;
        this.publicKeyset = publicKeyset.clone();
        this.privateWrapped = privateWrapped.clone();
        this.pin = new byte[0];
        this.createdAt = createdAt;
    }

    /** A holder for the bootstrap token: no staff member; deleted when the first admin has signed up. */
    public static KeyHolder forBootstrap(byte[] publicKeyset, byte[] privateWrapped, Instant createdAt) {
        KeyHolder holder = new KeyHolder(null, publicKeyset, privateWrapped, createdAt);
        holder.bootstrap = true;
        return holder;
    }

    public void pinned(byte[] pin) {
        this.pin = pin.clone();
    }

    /** The private half wrapped anew (the holder's secret changed, e.g. a new password). */
    public void rewrapped(byte[] privateWrapped) {
        this.privateWrapped = privateWrapped.clone();
    }

    public Long getId() {
        return id;
    }

    public Long getStaffId() {
        return staffId;
    }

    public byte[] getPublicKeyset() {
        return publicKeyset.clone();
    }

    public byte[] getPrivateWrapped() {
        return privateWrapped.clone();
    }

    public boolean isBootstrap() {
        return bootstrap;
    }

    public byte[] getPin() {
        return pin.clone();
    }
}
