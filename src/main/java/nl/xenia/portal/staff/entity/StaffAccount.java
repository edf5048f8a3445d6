package nl.xenia.portal.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A staff member's account: a username (no real name needed), roles, the password hash, the salt of
 * the password-derived key, and the second factor's secret encrypted under that key.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "SELECT a FROM StaffAccount a WHERE a.username = :username")
@NamedQuery(name = StaffAccount.BY_INVITATION, query = "SELECT a FROM StaffAccount a WHERE a.invitationHash = :hash")
@NamedQuery(name = StaffAccount.ACTIVE, query = "SELECT a FROM StaffAccount a WHERE a.status = :status")
@NamedQuery(name = StaffAccount.ALL, query = "SELECT a FROM StaffAccount a ORDER BY a.username")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String BY_INVITATION = "StaffAccount.byInvitation";
    public static final String ACTIVE = "StaffAccount.active";
    public static final String ALL = "StaffAccount.all";

    @Id
    @SequenceGenerator(name = "staff_account", sequenceName = "staff_account_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account")
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffStatus status;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "key_salt")
    private byte[] keySalt;

    @Column(name = "totp_secret_wrapped")
    private byte[] totpSecretWrapped;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "invitation_hash", length = 64)
    private String invitationHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected StaffAccount() {
    }

    /** An active account with a password from the start (the first admin). */
    public static StaffAccount active(String username, Set<Role> roles, String passwordHash, byte[] keySalt,
            Instant now) {
        StaffAccount account = new StaffAccount(username, roles, now);
        account.activate(passwordHash, keySalt, now);
        return account;
    }

    /** An invited account, waiting for its activation code. */
    public static StaffAccount invited(String username, Set<Role> roles, String invitationHash, Instant expiresAt,
            Instant now) {
        StaffAccount account = new StaffAccount(username, roles, now);
        account.status = StaffStatus.INVITED;
        account.invitationHash = Objects.requireNonNull(invitationHash);
        account.invitationExpiresAt = Objects.requireNonNull(expiresAt);
        return account;
    }

    private StaffAccount(String username, Set<Role> roles, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    /**
     * A new activation code for an invitation not taken up yet (pending or expired): the old code stops
     * working at once.
     */
    public void renewInvitation(String newInvitationHash, Instant expiresAt) {
        if (status != StaffStatus.INVITED) {
            throw new IllegalStateException("Only an invitation not taken up yet gets a new code");
        }
        invitationHash = Objects.requireNonNull(newInvitationHash);
        invitationExpiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isInvitationValidAt(Instant now) {
        return status == StaffStatus.INVITED && invitationExpiresAt != null && now.isBefore(invitationExpiresAt);
    }

    public final void activate(String newPasswordHash, byte[] newKeySalt, Instant now) {
        if (status == StaffStatus.DEACTIVATED) {
            throw new IllegalStateException("A deactivated account cannot be activated");
        }
        status = StaffStatus.ACTIVE;
        passwordHash = Objects.requireNonNull(newPasswordHash);
        keySalt = newKeySalt.clone();
        invitationHash = null;
        invitationExpiresAt = null;
        activatedAt = now;
    }

    public void changePassword(String newPasswordHash, byte[] newKeySalt, byte[] rewrappedTotpSecret) {
        passwordHash = Objects.requireNonNull(newPasswordHash);
        keySalt = newKeySalt.clone();
        totpSecretWrapped = rewrappedTotpSecret == null ? null : rewrappedTotpSecret.clone();
    }

    public void enrolSecondFactor(byte[] wrappedSecret, long acceptedStep) {
        totpSecretWrapped = wrappedSecret.clone();
        totpLastStep = acceptedStep;
    }

    /** Forgets the second factor (the phone is lost): the member sets it up again at the next sign-in. */
    public void resetSecondFactor() {
        totpSecretWrapped = null;
    }

    /** Records the time step of an accepted code, so it cannot be used again. */
    public void acceptedStep(long step) {
        if (step <= totpLastStep) {
            throw new IllegalStateException("A code can be used once");
        }
        totpLastStep = step;
    }

    public void deactivate(Instant now) {
        status = StaffStatus.DEACTIVATED;
        deactivatedAt = now;
        totpSecretWrapped = null;
        invitationHash = null;
    }

    public void changeRoles(Set<Role> newRoles) {
        roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public StaffStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public byte[] getKeySalt() {
        return keySalt == null ? null : keySalt.clone();
    }

    public byte[] getTotpSecretWrapped() {
        return totpSecretWrapped == null ? null : totpSecretWrapped.clone();
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public boolean isSecondFactorEnrolled() {
        return totpSecretWrapped != null;
    }
}
