package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffOnboarding;

/** office/setup: the first admin account from the bootstrap token; the recovery key is shown once. */
@Named
@RequestScoped
public class OfficeSetupBacking {

    @Inject
    StaffOnboarding onboarding;

    @Inject
    Messages messages;

    private String token;
    private String username;
    private String password;
    private String recoveryKey;

    public void create() {
        try {
            recoveryKey = onboarding.createFirstAdmin(token, username, OfficePages.chars(password));
            OfficePages.renewSessionId();
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        } finally {
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public String getRecoveryKey() {
        return recoveryKey;
    }
}
