package nl.xenia.portal.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A member of the sounding board: a pseudonym (unique in any case: its key is the lower-case form), a password hash
 * (Argon2id), an optional second step (its TOTP secret encrypted, with the last time step accepted) and an optional
 * address for "there is a new consultation" (encrypted). Only the day of joining is kept.
 */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_KEY, query = "SELECT m FROM Member m WHERE m.pseudonymKey = :key")
@NamedQuery(name = Member.ALL, query = "SELECT m FROM Member m ORDER BY m.pseudonymKey")
@NamedQuery(name = Member.BY_IDS, query = "SELECT m FROM Member m WHERE m.id IN :ids")
@NamedQuery(name = Member.WITH_ADDRESS, query = "SELECT m FROM Member m WHERE m.address IS NOT NULL ORDER BY m.id")
public class Member {

    public static final String BY_KEY = "Member.byKey";
    public static final String ALL = "Member.all";
    public static final String BY_IDS = "Member.byIds";
    public static final String WITH_ADDRESS = "Member.withAddress";

    /** The shortest and longest pseudonym, in characters (code points). */
    public static final int PSEUDONYM_MIN = 3;
    public static final int PSEUDONYM_MAX = 40;

    @Id
    @SequenceGenerator(name = "member", sequenceName = "member_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member")
    private Long id;

    @Column(nullable = false, length = 40)
    private String pseudonym;

    @Column(name = "pseudonym_key", nullable = false, length = 40)
    private String pseudonymKey;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "totp_secret")
    private byte[] totpSecret;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(nullable = false, length = 8)
    private String language;

    @Column
    private byte[] address;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    protected Member() {
    }

    public Member(String pseudonym, String passwordHash, String language, LocalDate joinedOn) {
        this.pseudonym = Objects.requireNonNull(pseudonym);
        this.pseudonymKey = key(pseudonym);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.language = Objects.requireNonNull(language);
        this.joinedOn = Objects.requireNonNull(joinedOn);
    }

    /** The form of a pseudonym that must be unique: stripped and in lower case. */
    public static String key(String pseudonym) {
        return pseudonym == null ? "" : pseudonym.strip().toLowerCase(Locale.ROOT);
    }

    /** A new password (a re-invitation, or changed on the account page). */
    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
    }

    /** A re-invitation taken up: a new password, and the second step removed (the phone may be lost too). */
    public void startOver(String newHash) {
        changePassword(newHash);
        removeSecondStep();
    }

    public void setUpSecondStep(byte[] protectedSecret, long acceptedStep) {
        totpSecret = protectedSecret.clone();
        totpLastStep = acceptedStep;
    }

    public void removeSecondStep() {
        totpSecret = null;
        totpLastStep = 0;
    }

    /** A second-step code was accepted for this time step: it works no more. */
    public void acceptedStep(long step) {
        totpLastStep = Math.max(totpLastStep, step);
    }

    public void setAddress(byte[] protectedAddress, String mailLanguage) {
        address = protectedAddress == null ? null : protectedAddress.clone();
        if (mailLanguage != null) {
            language = mailLanguage;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasSecondStep() {
        return totpSecret != null;
    }

    public byte[] getTotpSecret() {
        return totpSecret == null ? null : totpSecret.clone();
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    public String getLanguage() {
        return language;
    }

    public boolean hasAddress() {
        return address != null;
    }

    public byte[] getAddress() {
        return address == null ? null : address.clone();
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
