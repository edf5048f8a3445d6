package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.MemberCookie;
import nl.xenia.portal.members.boundary.MemberException;
import nl.xenia.portal.members.boundary.Members;
import nl.xenia.portal.members.boundary.SessionStarted;
import nl.xenia.portal.members.entity.Member;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.boundary.PasswordPolicy;
import nl.xenia.portal.privacy.view.Typed;

/**
 * {@code /{lang}/members/join}: the invitation's code, a pseudonym and a password; joined, the person is signed in (the
 * session's cookie is the first cookie this site sets) and sent to the members' home. A refusal shows the form again
 * with the code and pseudonym typed (never the password).
 */
@Named
@RequestScoped
public class MemberJoinBacking {

    @Inject
    Members members;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    private String error;
    private String errorField;

    public void handle() {
        if (!MemberPages.isPost()) {
            return;
        }
        try {
            SessionStarted started = members.join(clients.of(MemberPages.request()),
                    MemberPages.request().getParameter("code"), MemberPages.request().getParameter("pseudonym"),
                    MemberPages.chars(MemberPages.request().getParameter("password")), messages.getLang());
            MemberCookie.set(MemberPages.response(), started.token());
            MemberPages.seeOther(messages.getLang(), "", "joined");
        } catch (MemberException refused) {
            error = MemberPages.error(messages, refused);
            errorField = switch (refused.getProblem()) {
                case CODE -> "code";
                case PSEUDONYM_SHORT, PSEUDONYM_LONG, PSEUDONYM_CHARACTERS, PSEUDONYM_TAKEN -> "pseudonym";
                case PASSWORD_SHORT, PASSWORD_LONG, PASSWORD_COMMON -> "password";
                default -> null;
            };
        }
    }

    public String getError() {
        return error;
    }

    /** The field the error is about ({@code code}, {@code pseudonym}, {@code password}), or null. */
    public String getErrorField() {
        return errorField;
    }

    /** What was typed in the code or pseudonym field, after a refusal. */
    public String typed(String field) {
        String value = MemberPages.isPost() && ("code".equals(field) || "pseudonym".equals(field))
                ? MemberPages.request().getParameter(field)
                : null;
        return Typed.cut(value, "code".equals(field) ? 40 : Member.PSEUDONYM_MAX);
    }

    public int getPseudonymMax() {
        return Member.PSEUDONYM_MAX;
    }

    public int getPasswordMin() {
        return PasswordPolicy.MINIMUM;
    }

    public int getPasswordMax() {
        return PasswordPolicy.MAXIMUM;
    }
}
