package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.boundary.MyAccount;
import nl.xenia.portal.staff.boundary.PasswordAccepted;
import nl.xenia.portal.staff.boundary.SignIn;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;

/** office/second-factor: a code from the app, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorBacking {

    @Inject
    SignIn login;

    @Inject
    MyAccount myAccount;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private String code;
    private String recoveryCode;

    public void signIn() {
        PasswordAccepted pending = session.getPending();
        if (pending == null) {
            OfficePages.redirect("login");
            return;
        }
        Optional<SignedIn> member;
        try {
            member = recoveryCode != null && !recoveryCode.isBlank()
                    ? login.completeLoginWithRecoveryCode(pending, recoveryCode)
                    : login.completeLogin(pending, code);
        } catch (StaffAccountException ended) {
            session.loginEnded();
            OfficePages.error(messages, "StaffAccountException.Problem." + ended.getProblem().name());
            return;
        }
        if (member.isEmpty()) {
            OfficePages.error(messages, "office.secondfactor.message.error.wrong");
            return;
        }
        OfficePages.renewSessionId();
        session.signedIn(member.get(), myAccount.hasAccess(member.get()));
        OfficePages.redirect(session.takeReturnTo());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRecoveryCode() {
        return recoveryCode;
    }

    public void setRecoveryCode(String recoveryCode) {
        this.recoveryCode = recoveryCode;
    }
}
