package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffOnboarding;

/**
 * office/recover: when no admin can sign in, the recovery key creates a new admin account; a new
 * recovery key replaces the used one and is shown once.
 */
@Named
@RequestScoped
public class RecoveryBacking {

    @Inject
    StaffOnboarding onboarding;

    @Inject
    Messages messages;

    private String recoveryKey;
    private String username;
    private String password;
    private String newRecoveryKey;

    public void recover() {
        try {
            newRecoveryKey = onboarding.recoverWithKey(recoveryKey, username, OfficePages.chars(password));
            recoveryKey = null;
            OfficePages.renewSessionId();
        } catch (StaffAccountException refused) {
            if (refused.getProblem() == StaffAccountException.Problem.RECOVERY_INVALID) {
            }
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        } finally {
            password = null;
        }
    }

    /** Never shown again. */
    public String getRecoveryKey() {
        return null;
    }

    public void setRecoveryKey(String recoveryKey) {
        this.recoveryKey = recoveryKey;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Never shown again. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewRecoveryKey() {
        return newRecoveryKey;
    }
}
