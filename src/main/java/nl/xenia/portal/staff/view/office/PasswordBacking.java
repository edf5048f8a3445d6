package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.MyAccount;
import nl.xenia.portal.staff.boundary.StaffAccountException;

/** office/password: the signed-in member changes their own password (the key is wrapped anew). */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    MyAccount myAccount;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        char[] chosen = OfficePages.chars(replacement);
        try {
            if (!Arrays.equals(chosen, OfficePages.chars(repeated))) {
                throw new StaffAccountException(StaffAccountException.Problem.PASSWORDS_DIFFER);
            }
            myAccount.changePassword(session.getSignedIn(), OfficePages.chars(current), chosen);
            OfficePages.info(messages, "office.password.message.changed");
        } catch (StaffAccountException refused) {
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        } finally {
            current = null;
            replacement = null;
            repeated = null;
        }
    }

    /** Passwords are never shown again. */
    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return null;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
