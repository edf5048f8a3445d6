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
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.control.LoginThrottle;
import nl.xenia.portal.staff.control.PasswordPolicy;
import nl.xenia.portal.staff.control.SecondStepAttempts;
import nl.xenia.portal.staff.control.Totp;
import nl.xenia.portal.staff.entity.RecoveryCode;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;

/**
 * Staff accounts: the first admin (with the bootstrap token), invitations and activation, the
 * two-step login (password, then a TOTP code or a recovery code), password change, roles and
 * deactivation. A login unlocks the organisation's key for that session only.
 */
@ApplicationScoped
public class StaffAccounts {

    /** The invitation to a new member: where to activate, the one-time code and until when. Arguments: link, code, until. */
    public static final MailTemplate STAFF_INVITATION = MailTemplate.toReaders("staff_invitation");

    static final Duration INVITATION_VALIDITY = Duration.ofHours(72);
    static final int RECOVERY_CODES = 10;
    private static final String TOTP_CONTEXT = "staff totp secret ";
    private static final byte[] THROTTLE_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(THROTTLE_KEY);
    }

    /**
     * After the password: who it is, the key derived from the password (held only during login) and
     * this sign-in's own random id, by which its second-step attempts are counted.
     */
    public record PasswordAccepted(long staffId, String username, boolean secondFactorEnrolled, byte[] key,
            String attempt) {
    }

    /** A signed-in staff member: for the session only, never stored. */
    public record SignedIn(long staffId, String username, Set<Role> roles, UnlockedKey key) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** A started second-factor enrolment: the secret (kept in the session until confirmed) and its QR code. */
    public record Enrolment(byte[] secret, String secretText, String qrSvg) {
    }

    /** A confirmed enrolment: the recovery codes to show once, and the member, now signed in. */
    public record Enrolled(List<String> recoveryCodes, SignedIn signedIn) {
    }

    /** An invitation: the code to hand over (null when it went by mail), and until when it works. */
    public record Invitation(long staffId, String code, Instant expiresAt, boolean mailed) {
    }

    /** A member as the staff list shows it: never a hash, key or secret; whether they hold the organisation's key. */
    public record Member(long staffId, String username, Set<Role> roles, StaffStatus status,
            Instant invitationExpiresAt, boolean secondFactorEnrolled, boolean keyAccess) {

        /** Active, signed up, and still waiting for an admin to give them the organisation's key. */
        public boolean waitsForAccess() {
            return status == StaffStatus.ACTIVE && !keyAccess;
        }
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
    StaffBootstrap bootstrap;

    @Inject
    AuditLog auditLog;

    @Inject
    Notifications notifications;

    @Inject
    jakarta.enterprise.event.Event<StaffDeactivated> deactivated;

    private final Totp totp = new Totp();
    private final LoginThrottle throttle = new LoginThrottle();
    private final SecondStepAttempts secondSteps = new SecondStepAttempts();
    /** Checked for unknown names, so that they take as long as known ones. */
    private volatile String decoyHash;

    /** Creates the first admin with the bootstrap token; returns the recovery key to show once. */
    @Transactional(TxType.REQUIRED)
    public String createFirstAdmin(String bootstrapToken, String username, char[] password) {
        // the token first: without it, nothing (not whether a username is taken, nor the policy) is told
        if (!bootstrap.isUsable(bootstrapToken)) {
            throw new StaffAccountException(Problem.BOOTSTRAP_INVALID);
        }
        String name = validUsername(username);
        checkPassword(password, name);
        if (!bootstrap.redeem(bootstrapToken)) {
            throw new StaffAccountException(Problem.BOOTSTRAP_INVALID);
        }
        byte[] salt = secrets.newSalt();
        StaffAccount admin = StaffAccount.active(name, EnumSet.of(Role.ADMIN), secrets.hashPassword(password), salt,
                clock.instant());
        em.persist(admin);
        em.flush();
        byte[] recoveryKey = organisationKeys.create(admin.getId(), secrets.passwordKey(password, salt));
        auditLog.record(name, AuditAction.ACCOUNT_CREATED, "staff", admin.getId());
        return Base64.getEncoder().withoutPadding().encodeToString(recoveryKey);
    }

    /**
     * When no admin can sign in any more: the recovery key (shown once at setup) creates a new admin
     * account, and is then replaced by a new recovery key, returned to show once. Refused
     * (RECOVERY_INVALID) for a key that does not open the organisation's key.
     */
    @Transactional(TxType.REQUIRED)
    public String recoverWithKey(String recoveryKey, String username, char[] password) {
        // the key first: without it, nothing (not even whether a username is taken) is told
        Optional<UnlockedKey> recovered = decodeKey(recoveryKey).flatMap(organisationKeys::recover);
        if (recovered.isEmpty()) {
            auditLog.recordAlone("unknown", AuditAction.LOGIN_FAILED, "recovery", null);
            throw new StaffAccountException(Problem.RECOVERY_INVALID);
        }
        UnlockedKey key = recovered.get();
        String name = validUsername(username);
        checkPassword(password, name);
        byte[] salt = secrets.newSalt();
        StaffAccount admin = StaffAccount.active(name, EnumSet.of(Role.ADMIN), secrets.hashPassword(password), salt,
                clock.instant());
        em.persist(admin);
        em.flush();
        organisationKeys.enrol(admin.getId(), secrets.passwordKey(password, salt));
        organisationKeys.give(key, admin.getId());
        auditLog.record(name, AuditAction.RECOVERY_KEY_USED, "staff", admin.getId());
        auditLog.record(name, AuditAction.ACCOUNT_CREATED, "staff", admin.getId());
        return Base64.getEncoder().withoutPadding().encodeToString(organisationKeys.renewRecovery(key));
    }

    private static Optional<byte[]> decodeKey(String typed) {
        try {
            return Optional.of(Base64.getDecoder().decode(typed == null ? "" : typed.replaceAll("\\s", "")));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * The first step of a login, from one client (its address, kept only inside a keyed hash in
     * memory). Unknown names, wrong passwords, inactive accounts and a name tried too often from this
     * client all give the same empty answer, in about the same time. Failures count per name and
     * client, so someone failing on purpose delays only themselves, never the owner elsewhere.
     */
    @Transactional(TxType.REQUIRED)
    public Optional<PasswordAccepted> checkPassword(String username, char[] password, Client client) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String throttleKey = client.keyedHash(THROTTLE_KEY, name);
        Instant now = clock.instant();
        Optional<StaffAccount> account = byUsername(name).filter(a -> a.getStatus() == StaffStatus.ACTIVE);
        boolean matches = secrets.verifyPassword(password, account.map(StaffAccount::getPasswordHash)
                .orElseGet(this::decoyHash));
        if (throttle.isRefused(throttleKey, now)) {
            // an attempt while the delay runs counts too: a client that keeps trying keeps itself waiting
            throttle.failed(throttleKey, now);
            auditLog.recordAlone(account.isPresent() ? name : "unknown", AuditAction.LOGIN_FAILED, "staff",
                    account.map(StaffAccount::getId).orElse(null));
            return Optional.empty();
        }
        if (account.isEmpty() || !matches) {
            throttle.failed(throttleKey, now);
            auditLog.recordAlone(account.isPresent() ? name : "unknown", AuditAction.LOGIN_FAILED, "staff",
                    account.map(StaffAccount::getId).orElse(null));
            return Optional.empty();
        }
        throttle.succeeded(throttleKey);
        StaffAccount found = account.get();
        return Optional.of(new PasswordAccepted(found.getId(), found.getUsername(), found.isSecondFactorEnrolled(),
                secrets.passwordKey(password, found.getKeySalt()), secrets.newCode(80)));
    }

    /**
     * A new second-factor secret and its QR code, for a first login: only for an account that has no
     * second factor (refused NOT_ALLOWED otherwise, so enrolling cannot replace the second step).
     */
    @Transactional(TxType.SUPPORTS)
    public Enrolment startEnrolment(PasswordAccepted who) {
        requireNotEnded(who);
        if (active(who.staffId()).isSecondFactorEnrolled()) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        byte[] secret = Totp.newSecret();
        String uri = Totp.enrolmentUri("Xenia", who.username(), secret);
        return new Enrolment(secret, Totp.base32(secret), Totp.qrSvg(uri));
    }

    /**
     * Confirms the enrolment with a code from the app, which also completes this login (the code
     * proved the second factor); returns the recovery codes to show once. Refused (CODE_WRONG) when
     * the code does not fit the secret.
     */
    @Transactional(TxType.REQUIRED)
    public Enrolled confirmEnrolment(PasswordAccepted who, byte[] secret, String code) {
        requireNotEnded(who);
        StaffAccount account = active(who.staffId());
        if (account.isSecondFactorEnrolled()) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        OptionalLong step = totp.accept(secret, code, clock.instant(), account.getTotpLastStep());
        if (step.isEmpty()) {
            failedSecondFactor(account, who);
            throw new StaffAccountException(Problem.CODE_WRONG);
        }
        account.enrolSecondFactor(secrets.protect(secret, who.key(), TOTP_CONTEXT + account.getId()),
                step.getAsLong());
        em.createNamedQuery(RecoveryCode.DELETE_OF_STAFF).setParameter("staff", account.getId()).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recoveryCode = secrets.newCode(80);
            em.persist(new RecoveryCode(account.getId(), secrets.codeHash(recoveryCode).orElseThrow()));
            codes.add(recoveryCode);
        }
        auditLog.record(account.getUsername(), AuditAction.SECOND_FACTOR_ENROLLED, "staff", account.getId());
        return new Enrolled(List.copyOf(codes), signIn(account, who)
                .orElseThrow(() -> new StaffAccountException(Problem.NOT_ALLOWED)));
    }

    /**
     * The second step: a TOTP code, once; unlocks the member's key for the session. The fifth wrong
     * code (with recovery codes counted too) ends this sign-in: LOGIN_ENDED, its key is dropped.
     */
    @Transactional(TxType.REQUIRED)
    public Optional<SignedIn> completeLogin(PasswordAccepted who, String code) {
        requireNotEnded(who);
        StaffAccount account = active(who.staffId());
        Optional<byte[]> secret = Optional.ofNullable(account.getTotpSecretWrapped())
                .flatMap(wrapped -> secrets.unprotect(wrapped, who.key(), TOTP_CONTEXT + account.getId()));
        OptionalLong step = secret.isEmpty()
                ? OptionalLong.empty()
                : totp.accept(secret.get(), code, clock.instant(), account.getTotpLastStep());
        if (step.isEmpty()) {
            return failedSecondFactor(account, who);
        }
        account.acceptedStep(step.getAsLong());
        return signIn(account, who);
    }

    /** The second step with a recovery code instead (the phone is lost): each code works once. */
    @Transactional(TxType.REQUIRED)
    public Optional<SignedIn> completeLoginWithRecoveryCode(PasswordAccepted who, String recoveryCode) {
        requireNotEnded(who);
        StaffAccount account = active(who.staffId());
        Optional<RecoveryCode> unused = secrets.codeHash(recoveryCode)
                .flatMap(hash -> em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class)
                        .setParameter("staff", account.getId()).setParameter("hash", hash).getResultStream()
                        .findFirst());
        if (unused.isEmpty() || !account.isSecondFactorEnrolled()) {
            return failedSecondFactor(account, who);
        }
        unused.get().use(clock.instant());
        auditLog.record(account.getUsername(), AuditAction.RECOVERY_CODE_USED, "staff", account.getId());
        return signIn(account, who);
    }

    /**
     * An admin invites a staff member. The invitation's code opens nothing but the activation: the
     * organisation's key is given by an admin after the member has signed up. With a mail address the code goes by mail (in {@code language}, through the outbox, the address
     * kept only there until sent) and is not returned; without one it is returned to hand over.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public Invitation invite(SignedIn admin, String username, Set<Role> roles, String mailTo, String language) {
        String name = validUsername(username);
        requireSomeRole(roles);
        String address = mailTo == null ? "" : mailTo.strip();
        if (!address.isEmpty() && !Notifications.isAddress(address)) {
            throw new StaffAccountException(Problem.MAIL_INVALID);
        }
        String code = secrets.newCode(160);
        Instant expires = clock.instant().plus(INVITATION_VALIDITY);
        StaffAccount invited = StaffAccount.invited(name, roles, secrets.codeHash(code).orElseThrow(), expires,
                clock.instant());
        em.persist(invited);
        em.flush();
        auditLog.record(admin.username(), AuditAction.ACCOUNT_CREATED, "staff", invited.getId());
        if (address.isEmpty()) {
            return new Invitation(invited.getId(), code, expires, false);
        }
        notifications.queue(address, language, STAFF_INVITATION,
                Map.of("link", notifications.officeLink(language, "activate"), "code", code, "until",
                        Languages.dateTime(language, expires)));
        return new Invitation(invited.getId(), null, expires, true);
    }

    /** Every account, by username, for the admins' staff list. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public List<Member> members(SignedIn admin) {
        Set<Long> holding = organisationKeys.withAccess();
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultStream()
                .map(account -> member(account, holding)).toList();
    }

    /** Every account's username by id, for lists that name who does what (an assignee). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public Map<Long, String> usernames(SignedIn member) {
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultStream()
                .collect(java.util.stream.Collectors.toMap(StaffAccount::getId, StaffAccount::getUsername));
    }

    /** One account, for an admin; empty when there is none with that id. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public Optional<Member> member(SignedIn admin, long staffId) {
        return Optional.ofNullable(em.find(StaffAccount.class, staffId))
                .map(account -> member(account, organisationKeys.withAccess()));
    }

    /** How many invitations still wait for activation (and have not expired). */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public long openInvitations(SignedIn admin) {
        Instant now = clock.instant();
        return em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class).setParameter("status", StaffStatus.INVITED)
                .getResultStream().filter(account -> account.isInvitationValidAt(now)).count();
    }

    /** The invitee sets a password with the invitation's code; returns the username to sign in with. */
    @Transactional(TxType.REQUIRED)
    public String activate(String invitationCode, char[] password) {
        StaffAccount account = secrets.codeHash(invitationCode)
                .flatMap(hash -> em.createNamedQuery(StaffAccount.BY_INVITATION, StaffAccount.class)
                        .setParameter("hash", hash).getResultStream().findFirst())
                .filter(found -> found.isInvitationValidAt(clock.instant()))
                .orElseThrow(() -> new StaffAccountException(Problem.INVITATION_INVALID));
        checkPassword(password, account.getUsername());
        byte[] salt = secrets.newSalt();
        organisationKeys.enrol(account.getId(), secrets.passwordKey(password, salt));
        account.activate(secrets.hashPassword(password), salt, clock.instant());
        auditLog.record(account.getUsername(), AuditAction.ACCOUNT_ACTIVATED, "staff", account.getId());
        return account.getUsername();
    }

    /** Records a sign-out in the audit log (the session itself is ended by the web layer). */
    @Transactional(TxType.REQUIRED)
    public void signedOut(SignedIn member) {
        auditLog.record(member.username(), AuditAction.LOGOUT, "staff", member.staffId());
    }

    /** Changes the signed-in member's own password; the key and second factor are wrapped anew. */
    @Transactional(TxType.REQUIRED)
    public void changePassword(SignedIn me, char[] current, char[] replacement) {
        StaffAccount account = active(me.staffId());
        if (!secrets.verifyPassword(current, account.getPasswordHash())) {
            throw new StaffAccountException(Problem.PASSWORD_WRONG);
        }
        checkPassword(replacement, account.getUsername());
        byte[] oldKey = secrets.passwordKey(current, account.getKeySalt());
        byte[] salt = secrets.newSalt();
        byte[] newKey = secrets.passwordKey(replacement, salt);
        byte[] rewrapped = Optional.ofNullable(account.getTotpSecretWrapped())
                .flatMap(wrapped -> secrets.unprotect(wrapped, oldKey, TOTP_CONTEXT + account.getId()))
                .map(secret -> secrets.protect(secret, newKey, TOTP_CONTEXT + account.getId())).orElse(null);
        account.changePassword(secrets.hashPassword(replacement), salt, rewrapped);
        organisationKeys.rewrap(account.getId(), me.key(), newKey);
        auditLog.record(account.getUsername(), AuditAction.PASSWORD_CHANGED, "staff", account.getId());
    }

    /** The active members holding any of these roles (for a component's own notices, e.g. question alerts). */
    @Transactional(TxType.SUPPORTS)
    public Set<Long> activeMembersWith(Role... roles) {
        Set<Role> wanted = EnumSet.copyOf(java.util.Arrays.asList(roles));
        return em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class).setParameter("status", StaffStatus.ACTIVE)
                .getResultStream().filter(account -> account.getRoles().stream().anyMatch(wanted::contains))
                .map(StaffAccount::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** Sets an account's roles (at least one; never taking the last admin's). */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void changeRoles(SignedIn admin, long staffId, Set<Role> roles) {
        requireSomeRole(roles);
        StaffAccount account = find(staffId);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.changeRoles(roles);
        auditLog.record(admin.username(), AuditAction.ROLES_CHANGED, "staff", staffId);
    }

    /**
     * Deactivates an account: it can no longer sign in, its key and the organisation's keyset sealed
     * to it are deleted, and — when it held the keyset — the organisation's key is renewed, so what is
     * sealed from now on is out of reach of anything the member may have kept.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void deactivate(SignedIn admin, long staffId) {
        StaffAccount account = find(staffId);
        if (account.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        boolean held = organisationKeys.withAccess().contains(staffId);
        account.deactivate(clock.instant());
        organisationKeys.forget(staffId);
        em.createNamedQuery(RecoveryCode.DELETE_OF_STAFF).setParameter("staff", staffId).executeUpdate();
        auditLog.record(admin.username(), AuditAction.ACCOUNT_DEACTIVATED, "staff", staffId);
        deactivated.fire(new StaffDeactivated(staffId));
        if (held) {
            renew(admin);
        }
    }

    /**
     * An admin gives a member who has signed up the organisation's key (sealed to the member's own
     * key; the member holds it from their next sign-in).
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void giveAccess(SignedIn admin, long staffId) {
        StaffAccount account = active(staffId);
        if (organisationKeys.withAccess().contains(staffId)) {
            throw new StaffAccountException(Problem.ACCESS_GIVEN_ALREADY);
        }
        try {
            organisationKeys.give(admin.key(), account.getId());
        } catch (IllegalStateException stale) {
            throw new StaffAccountException(Problem.KEY_NOT_NEWEST);
        }
        auditLog.record(admin.username(), AuditAction.KEY_GIVEN, "staff", staffId);
    }

    /** An admin renews the organisation's key: new items are sealed to a new generation. */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void renewOrganisationKey(SignedIn admin) {
        renew(admin);
    }

    /** How many active members wait for an admin to give them the organisation's key. */
    @Transactional(TxType.SUPPORTS)
    @RequiresRole(Role.ADMIN)
    public long waitingForAccess(SignedIn admin) {
        Set<Long> holding = organisationKeys.withAccess();
        return em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class).setParameter("status", StaffStatus.ACTIVE)
                .getResultStream().filter(account -> !holding.contains(account.getId())).count();
    }

    /** Whether a signed-in member holds the organisation's key (pages with sealed content need it). */
    @Transactional(TxType.SUPPORTS)
    public boolean hasAccess(SignedIn member) {
        return organisationKeys.hasAccess(member.key());
    }

    private void renew(SignedIn admin) {
        try {
            organisationKeys.rotate(admin.key());
        } catch (IllegalStateException stale) {
            throw new StaffAccountException(Problem.KEY_NOT_NEWEST);
        }
        auditLog.record(admin.username(), AuditAction.KEY_RENEWED, "organisation-key", null);
    }

    /**
     * Forgets a member's second factor and recovery codes (phone and codes lost): at the next sign-in
     * the password leads to setting up a new one.
     */
    @Transactional(TxType.REQUIRED)
    @RequiresRole(Role.ADMIN)
    public void resetSecondFactor(SignedIn admin, long staffId) {
        StaffAccount account = active(staffId);
        account.resetSecondFactor();
        em.createNamedQuery(RecoveryCode.DELETE_OF_STAFF).setParameter("staff", staffId).executeUpdate();
        auditLog.record(admin.username(), AuditAction.SECOND_FACTOR_RESET, "staff", staffId);
    }

    private Optional<SignedIn> signIn(StaffAccount account, PasswordAccepted who) {
        Optional<UnlockedKey> key = organisationKeys.unlock(account.getId(), who.key());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        secondSteps.forget(who.attempt());
        auditLog.record(account.getUsername(), AuditAction.LOGIN, "staff", account.getId());
        return Optional.of(new SignedIn(account.getId(), account.getUsername(), account.getRoles(), key.get()));
    }

    /** A wrong second step: counted for this sign-in; the last allowed one ends it and drops its key. */
    private Optional<SignedIn> failedSecondFactor(StaffAccount account, PasswordAccepted who) {
        auditLog.recordAlone(account.getUsername(), AuditAction.LOGIN_FAILED, "staff", account.getId());
        if (secondSteps.failed(who.attempt())) {
            java.util.Arrays.fill(who.key(), (byte) 0);
            throw new StaffAccountException(Problem.LOGIN_ENDED);
        }
        return Optional.empty();
    }

    private void requireNotEnded(PasswordAccepted who) {
        if (who == null || secondSteps.isEnded(who.attempt())) {
            throw new StaffAccountException(Problem.LOGIN_ENDED);
        }
    }

    private Member member(StaffAccount account, Set<Long> holding) {
        return new Member(account.getId(), account.getUsername(), account.getRoles(), account.getStatus(),
                account.getInvitationExpiresAt(), account.isSecondFactorEnrolled(), holding.contains(account.getId()));
    }

    private static void requireSomeRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new StaffAccountException(Problem.ROLES_EMPTY);
        }
    }

    private void requireAnotherAdmin(StaffAccount leaving) {
        long others = em.createNamedQuery(StaffAccount.ACTIVE, StaffAccount.class)
                .setParameter("status", StaffStatus.ACTIVE).getResultStream()
                .filter(other -> !other.getId().equals(leaving.getId()) && other.getRoles().contains(Role.ADMIN))
                .count();
        if (others == 0) {
            throw new StaffAccountException(Problem.LAST_ADMIN);
        }
    }

    private StaffAccount active(long staffId) {
        StaffAccount account = find(staffId);
        if (account.getStatus() != StaffStatus.ACTIVE) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        return account;
    }

    private StaffAccount find(long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            throw new StaffAccountException(Problem.NOT_ALLOWED);
        }
        return account;
    }

    private Optional<StaffAccount> byUsername(String name) {
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class).setParameter("username", name)
                .getResultStream().findFirst();
    }

    private String validUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw new StaffAccountException(Problem.USERNAME_INVALID);
        }
        if (byUsername(name).isPresent()) {
            throw new StaffAccountException(Problem.USERNAME_TAKEN);
        }
        return name;
    }

    private static void checkPassword(char[] password, String username) {
        PasswordPolicy.check(password, username).ifPresent(problem -> {
            throw new StaffAccountException(switch (problem) {
                case TOO_SHORT -> Problem.PASSWORD_TOO_SHORT;
                case TOO_LONG -> Problem.PASSWORD_TOO_LONG;
                case TOO_COMMON -> Problem.PASSWORD_TOO_COMMON;
            });
        });
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = secrets.hashPassword(secrets.newCode(80).toCharArray());
            decoyHash = hash;
        }
        return hash;
    }

    /** Failed logins are counted under a keyed hash of name and client, so neither is kept in memory. */
    private String throttleKey(String name) {
        return secrets.keyedHash(THROTTLE_KEY, name);
    }
}
