package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import nl.xenia.portal.staff.boundary.StaffAccounts;
import nl.xenia.portal.staff.entity.Role;

/** office/dashboard, and the office template's signed-in line and sign-out. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    OfficeSession session;

    @Inject
    StaffAccounts accounts;

    public StaffAccounts.SignedIn getMember() {
        return session.getSignedIn();
    }

    public boolean isAdmin() {
        return session.getSignedIn() != null && session.getSignedIn().has(Role.ADMIN);
    }

    /** Sign-out (a POST): ends the session and tells the browser to forget this site's data. */
    public void signOut() {
        if (session.getSignedIn() != null) {
            accounts.signedOut(session.getSignedIn());
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ((HttpServletResponse) context.getExternalContext().getResponse()).setHeader("Clear-Site-Data",
                "\"cache\", \"cookies\", \"storage\"");
        context.getExternalContext().invalidateSession();
        OfficePages.redirect("login");
    }
}
