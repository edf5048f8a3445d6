package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.LoginThrottle;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.SecondStepAttempts;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.entity.RecoveryCode;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;

/**
 * Signing in and out: the password, then the second step (setting it up at the first sign-in, a code
 * from the app, or a recovery code); a completed sign-in unlocks the member's key for that session
 * only. Its guards are applied here, for every caller: failed passwords are throttled per name and
 * client ({@link LoginThrottle}: a refused attempt is answered at once with WAIT and the time left,
 * nobody is kept waiting), and a sign-in ends after too many wrong second steps
 * ({@link SecondStepAttempts}).
 */
@ApplicationScoped
public class SignIn {

    static final int RECOVERY_CODES = 10;
    private static final byte[] THROTTLE_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(THROTTLE_KEY);
    }

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Secrets secrets;

    @Inject
    OrganisationKeys organisationKeys;

    @Inject
    AuditLog auditLog;

    @Inject
    StaffRecords records;

    private final Totp totp = new Totp();
    private final LoginThrottle throttle = new LoginThrottle();
    private final SecondStepAttempts secondSteps = new SecondStepAttempts();
    /** Checked for unknown names, so that they take as long as known ones. */
    private volatile String decoyHash;

    /**
     * The first step, from one client (its address, kept only inside a keyed hash in memory). Unknown
     * names, wrong passwords and inactive accounts all give the same empty answer, in about the same
     * time. Failures count per name and client, so someone failing on purpose delays only themselves,
     * never the owner elsewhere; while a name's delay runs for this client, every attempt (the right
     * password too, and an unknown name alike) is refused with WAIT and the time left, and counts as a
     * failure.
     *
     * @throws StaffAccountException WAIT, with {@link StaffAccountException#getWait()}
     */
    @Transactional(TxType.REQUIRED)
    public Optional<PasswordAccepted> checkPassword(String username, char[] password, Client client) {
        String name = StaffRecords.normalised(username);
        String throttleKey = client.keyedHash(THROTTLE_KEY, name);
        Instant now = clock.instant();
        Optional<StaffAccount> account = records.byUsername(name).filter(a -> a.getStatus() == StaffStatus.ACTIVE);
        boolean matches = secrets.verifyPassword(password, account.map(StaffAccount::getPasswordHash)
                .orElseGet(this::decoyHash));
        Duration wait = throttle.waitLeft(throttleKey, now);
        if (!wait.isZero() || account.isEmpty() || !matches) {
            // an attempt while the delay runs counts too: a client that keeps trying keeps itself waiting
            throttle.failed(throttleKey, now);
            auditLog.recordAlone(account.isPresent() ? name : "unknown", AuditAction.LOGIN_FAILED, "staff",
                    account.map(StaffAccount::getId).orElse(null));
            if (!wait.isZero()) {
                throw new StaffAccountException(Problem.WAIT, throttle.waitLeft(throttleKey, now));
            }
            return Optional.empty();
        }
        throttle.succeeded(throttleKey);
        StaffAccount found = account.get();
        return Optional.of(new PasswordAccepted(found.getId(), found.getUsername(), found.isSecondFactorEnrolled(),
                secrets.passwordKey(password, found.getKeySalt()), secrets.newCode(80)));
    }

    /**
     * A new second-step secret and its QR code, for a first sign-in: only for an account that has no
     * second step (refused NOT_ALLOWED otherwise, so enrolling cannot replace the second step).
     */
    @Transactional(TxType.SUPPORTS)
    public Enrolment startEnrolment(PasswordAccepted who) {
        requireNotEnded(who);
        if (records.active(who.staffId()).isSecondFactorEnrolled()) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        byte[] secret = Totp.newSecret();
        String uri = Totp.enrolmentUri("Xenia", who.username(), secret);
        return new Enrolment(secret, Totp.base32(secret), Totp.qrSvg(uri));
    }

    /**
     * Confirms the enrolment with a code from the app, which also completes this sign-in (the code
     * proved the second step); returns the recovery codes to show once. Refused (CODE_WRONG) when the
     * code does not fit the secret.
     */
    @Transactional(TxType.REQUIRED)
    public Enrolled confirmEnrolment(PasswordAccepted who, byte[] secret, String code) {
        requireNotEnded(who);
        StaffAccount account = records.active(who.staffId());
        if (account.isSecondFactorEnrolled()) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        OptionalLong step = totp.accept(secret, code, clock.instant(), account.getTotpLastStep());
        if (step.isEmpty()) {
            failedSecondStep(account, who);
            throw new StaffAccountException(Problem.CODE_WRONG);
        }
        account.enrolSecondFactor(
                secrets.protect(secret, who.key(), StaffRecords.TOTP_CONTEXT + account.getId()), step.getAsLong());
        records.deleteRecoveryCodes(account.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recoveryCode = secrets.newCode(80);
            em.persist(new RecoveryCode(account.getId(), secrets.codeHash(recoveryCode).orElseThrow()));
            codes.add(recoveryCode);
        }
        auditLog.record(account.getUsername(), AuditAction.SECOND_FACTOR_ENROLLED, "staff", account.getId());
        return new Enrolled(List.copyOf(codes),
                signedIn(account, who).orElseThrow(() -> new StaffAccountException(Problem.NOT_ALLOWED)));
    }

    /**
     * The second step: a code from the app, once; unlocks the member's key for the session. The fifth
     * wrong code (recovery codes counted too) ends this sign-in: LOGIN_ENDED, its key is dropped.
     */
    @Transactional(TxType.REQUIRED)
    public Optional<SignedIn> completeLogin(PasswordAccepted who, String code) {
        requireNotEnded(who);
        StaffAccount account = records.active(who.staffId());
        Optional<byte[]> secret = Optional.ofNullable(account.getTotpSecretWrapped()).flatMap(
                wrapped -> secrets.unprotect(wrapped, who.key(), StaffRecords.TOTP_CONTEXT + account.getId()));
        OptionalLong step = secret.isEmpty()
                ? OptionalLong.empty()
                : totp.accept(secret.get(), code, clock.instant(), account.getTotpLastStep());
        if (step.isEmpty()) {
            return failedSecondStep(account, who);
        }
        account.acceptedStep(step.getAsLong());
        return signedIn(account, who);
    }

    /** The second step with a recovery code instead (the phone is lost): each code works once. */
    @Transactional(TxType.REQUIRED)
    public Optional<SignedIn> completeLoginWithRecoveryCode(PasswordAccepted who, String recoveryCode) {
        requireNotEnded(who);
        StaffAccount account = records.active(who.staffId());
        Optional<RecoveryCode> unused = secrets.codeHash(recoveryCode)
                .flatMap(hash -> em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class)
                        .setParameter("staff", account.getId()).setParameter("hash", hash).getResultStream()
                        .findFirst());
        if (unused.isEmpty() || !account.isSecondFactorEnrolled()) {
            return failedSecondStep(account, who);
        }
        unused.get().use(clock.instant());
        auditLog.record(account.getUsername(), AuditAction.RECOVERY_CODE_USED, "staff", account.getId());
        return signedIn(account, who);
    }

    /** Records a sign-out in the audit log (the session itself is ended by the web layer). */
    @Transactional(TxType.REQUIRED)
    public void signedOut(SignedIn member) {
        auditLog.record(member.username(), AuditAction.LOGOUT, "staff", member.staffId());
    }

    private Optional<SignedIn> signedIn(StaffAccount account, PasswordAccepted who) {
        Optional<UnlockedKey> key = organisationKeys.unlock(account.getId(), who.key());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        secondSteps.forget(who.attempt());
        auditLog.record(account.getUsername(), AuditAction.LOGIN, "staff", account.getId());
        return Optional.of(new SignedIn(account.getId(), account.getUsername(), account.getRoles(), key.get()));
    }

    /** A wrong second step: counted for this sign-in; the last allowed one ends it and drops its key. */
    private Optional<SignedIn> failedSecondStep(StaffAccount account, PasswordAccepted who) {
        auditLog.recordAlone(account.getUsername(), AuditAction.LOGIN_FAILED, "staff", account.getId());
        if (secondSteps.failed(who.attempt())) {
            Arrays.fill(who.key(), (byte) 0);
            throw new StaffAccountException(Problem.LOGIN_ENDED);
        }
        return Optional.empty();
    }

    private void requireNotEnded(PasswordAccepted who) {
        if (who == null || secondSteps.isEnded(who.attempt())) {
            throw new StaffAccountException(Problem.LOGIN_ENDED);
        }
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = secrets.hashPassword(secrets.newCode(80).toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
