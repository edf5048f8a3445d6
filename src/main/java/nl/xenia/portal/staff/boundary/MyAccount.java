package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.StaffAccountException.Problem;
import nl.xenia.portal.staff.entity.StaffAccount;

/** What signed-in members do with their own account: change the password, see whether they hold the organisation's key. */
@ApplicationScoped
public class MyAccount {

    @Inject
    Secrets secrets;

    @Inject
    OrganisationKeys organisationKeys;

    @Inject
    AuditLog auditLog;

    @Inject
    StaffRecords records;

    /** Changes the signed-in member's own password; the key and second step are wrapped anew. */
    @Transactional(TxType.REQUIRED)
    public void changePassword(SignedIn me, char[] current, char[] replacement) {
        StaffAccount account = records.active(me.staffId());
        if (!secrets.verifyPassword(current, account.getPasswordHash())) {
            throw new StaffAccountException(Problem.PASSWORD_WRONG);
        }
        StaffRecords.checkPolicy(replacement, account.getUsername());
        byte[] oldKey = secrets.passwordKey(current, account.getKeySalt());
        byte[] salt = secrets.newSalt();
        byte[] newKey = secrets.passwordKey(replacement, salt);
        String context = StaffRecords.TOTP_CONTEXT + account.getId();
        byte[] rewrapped = Optional.ofNullable(account.getTotpSecretWrapped())
                .flatMap(wrapped -> secrets.unprotect(wrapped, oldKey, context))
                .map(secret -> secrets.protect(secret, newKey, context)).orElse(null);
        account.changePassword(secrets.hashPassword(replacement), salt, rewrapped);
        organisationKeys.rewrap(account.getId(), me.key(), newKey);
        auditLog.record(account.getUsername(), AuditAction.PASSWORD_CHANGED, "staff", account.getId());
    }

    /** Whether a signed-in member holds the organisation's key (pages with sealed content need it). */
    @Transactional(TxType.SUPPORTS)
    public boolean hasAccess(SignedIn member) {
        return organisationKeys.hasAccess(member.key());
    }
}
