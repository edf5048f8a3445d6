package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffAccount;

/**
 * How someone becomes a staff member: the first admin with the bootstrap token, a new admin with the
 * recovery key when no admin can sign in any more, and an invited member setting a password with the
 * invitation's code. Each of these takes a secret that was handed over outside the portal.
 */
@ApplicationScoped
public class StaffOnboarding {

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
    StaffRecords records;

    /**
     * Creates the first admin with the bootstrap token, who takes over the organisation's keyset the
     * token held (what was sealed before the sign-up); returns the recovery key to show once.
     */
    @Transactional(TxType.REQUIRED)
    public String createFirstAdmin(String bootstrapToken, String username, char[] password) {
        // the token first: without it, nothing (not whether a username is taken, nor the policy) is told
        if (!bootstrap.isUsable(bootstrapToken)) {
            throw new StaffAccountException(Problem.BOOTSTRAP_INVALID);
        }
        String name = records.newUsername(username);
        StaffRecords.checkPolicy(password, name);
        if (!bootstrap.redeem(bootstrapToken)) {
            throw new StaffAccountException(Problem.BOOTSTRAP_INVALID);
        }
        byte[] salt = secrets.newSalt();
        StaffAccount admin = StaffAccount.active(name, EnumSet.of(Role.ADMIN), secrets.hashPassword(password), salt,
                clock.instant());
        em.persist(admin);
        em.flush();
        byte[] recoveryKey = organisationKeys.handOver(bootstrapToken, admin.getId(),
                secrets.passwordKey(password, salt));
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
        String name = records.newUsername(username);
        StaffRecords.checkPolicy(password, name);
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

    /** The invitee sets a password with the invitation's code; returns the username to sign in with. */
    @Transactional(TxType.REQUIRED)
    public String activate(String invitationCode, char[] password) {
        StaffAccount account = secrets.codeHash(invitationCode)
                .flatMap(hash -> em.createNamedQuery(StaffAccount.BY_INVITATION, StaffAccount.class)
                        .setParameter("hash", hash).getResultStream().findFirst())
                .filter(found -> found.isInvitationValidAt(clock.instant()))
                .orElseThrow(() -> new StaffAccountException(Problem.INVITATION_INVALID));
        StaffRecords.checkPolicy(password, account.getUsername());
        byte[] salt = secrets.newSalt();
        organisationKeys.enrol(account.getId(), secrets.passwordKey(password, salt));
        account.activate(secrets.hashPassword(password), salt, clock.instant());
        auditLog.record(account.getUsername(), AuditAction.ACCOUNT_ACTIVATED, "staff", account.getId());
        return account.getUsername();
    }

    private static Optional<byte[]> decodeKey(String typed) {
        try {
            return Optional.of(Base64.getDecoder().decode(typed == null ? "" : typed.replaceAll("\\s", "")));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
