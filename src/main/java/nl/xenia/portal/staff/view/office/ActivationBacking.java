package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffOnboarding;

/** office/activate: an invited member chooses a password with the activation code. */
@Named
@RequestScoped
public class ActivationBacking {

    @Inject
    StaffOnboarding onboarding;

    @Inject
    Messages messages;

    private String code;
    private String password;
    private String activatedUsername;

    public void activate() {
        try {
            activatedUsername = onboarding.activate(code, OfficePages.chars(password));
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        } finally {
            password = null;
        }
    }

    public String getDoneMessage() {
        return messages.format("office.activate.message.done", "username", activatedUsername);
    }

    public String getActivatedUsername() {
        return activatedUsername;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Never shown again. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
