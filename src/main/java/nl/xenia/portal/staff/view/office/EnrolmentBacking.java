package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.Enrolled;
import nl.xenia.portal.staff.boundary.Enrolment;
import nl.xenia.portal.staff.boundary.MyAccount;
import nl.xenia.portal.staff.boundary.SignIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;

/** office/enrol: the second step set up at the first login; recovery codes shown once. */
@Named
@RequestScoped
public class EnrolmentBacking {

    @Inject
    SignIn login;

    @Inject
    MyAccount myAccount;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String code;
    private List<String> recoveryCodes;
    private String continueTo;

    /** The view action: an enrolment only during a sign-in of an account without a second factor. */
    public void load() {
        try {
            enrolment();
        } catch (StaffAccountException notAllowed) {
            session.loginEnded();
            OfficePages.redirect("login");
        }
    }

    private Enrolment enrolment() {
        if (session.getEnrolment() == null) {
            session.enrolmentStarted(login.startEnrolment(session.getPending()));
        }
        return session.getEnrolment();
    }

    /** The QR code as an image the office's policy allows (a data: URI), drawn by the server. */
    public String getQrDataUri() {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(enrolment().qrSvg().getBytes(StandardCharsets.UTF_8));
    }

    public String getSecretText() {
        return enrolment().secretText();
    }

    public void confirm() {
        if (session.getPending() == null) {
            OfficePages.redirect("login");
            return;
        }
        try {
            Enrolled enrolled = login.confirmEnrolment(session.getPending(), enrolment().secret(),
                    code);
            recoveryCodes = enrolled.recoveryCodes();
            OfficePages.renewSessionId();
            session.signedIn(enrolled.signedIn(), myAccount.hasAccess(enrolled.signedIn()));
        } catch (StaffAccountException refused) {
            if (refused.getProblem() != StaffAccountException.Problem.CODE_WRONG) {
                session.loginEnded();
            }
            OfficePages.error(messages, "StaffAccountException.Problem." + refused.getProblem().name());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Where "continue" leads once the recovery codes are written down: the page asked for, or the dashboard. */
    public String getContinueTo() {
        if (continueTo == null) {
            continueTo = session.takeReturnTo();
        }
        return continueTo;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
