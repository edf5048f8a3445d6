package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.staff.boundary.OfficeRegistry;
import nl.xenia.portal.staff.boundary.PasswordAccepted;
import nl.xenia.portal.staff.boundary.SignIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;

/** office/login: the first step (username and password). */
@Named
@RequestScoped
public class OfficeLoginBacking {

    @Inject
    SignIn login;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    @Inject
    OfficeRegistry registry;

    private String username;
    private String password;

    public void next() {
        Optional<PasswordAccepted> accepted;
        try {
            accepted = login.checkPassword(username, OfficePages.chars(password), clients.of(OfficePages.request()));
        } catch (StaffAccountException refused) {
            long seconds = Math.max(1, (refused.getWait().toMillis() + 999) / 1000);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.format("StaffAccountException.Problem." + refused.getProblem().name(), "seconds", seconds),
                    null));
            return;
        } finally {
            password = null;
        }
        if (accepted.isEmpty()) {
            OfficePages.error(messages, "office.login.message.error.failed");
            return;
        }
        OfficePages.renewSessionId();
        session.passwordAccepted(accepted.get());
        session.returnTo(getNext());
        OfficePages.redirect(accepted.get().secondFactorEnrolled() ? "second-factor" : "enrol");
    }

    /**
     * The page a shared or bookmarked address asked for ({@code ?next=question%3Fid%3D2}), when it is an office
     * page for signed-in members; null otherwise. Carried through the form in a hidden field.
     */
    public String getNext() {
        return registry.returnPath(OfficePages.request().getParameter("next")).orElse(null);
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
}
