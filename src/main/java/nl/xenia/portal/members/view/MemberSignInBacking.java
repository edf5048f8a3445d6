package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.MemberCookie;
import nl.xenia.portal.members.boundary.MemberException;
import nl.xenia.portal.members.boundary.Members;
import nl.xenia.portal.members.boundary.SessionStarted;
import nl.xenia.portal.members.entity.Member;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.view.Typed;

/**
 * {@code /{lang}/members/sign-in}: pseudonym and password; on to the second step when the member set one up, else home.
 * One answer for an unknown pseudonym and a wrong password; a pause after failures is said with the time left.
 */
@Named
@RequestScoped
public class MemberSignInBacking {

    @Inject
    Members members;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    private String error;
    private String notice;

    public void handle() {
        if (!MemberPages.isPost()) {
            notice = MemberPages.notice(messages);
            return;
        }
        Optional<SessionStarted> started;
        try {
            started = members.signIn(clients.of(MemberPages.request()),
                    MemberPages.request().getParameter("pseudonym"),
                    MemberPages.chars(MemberPages.request().getParameter("password")));
        } catch (MemberException refused) {
            error = MemberPages.error(messages, refused);
            return;
        }
        if (started.isEmpty()) {
            error = messages.get("members.signIn.message.error.failed");
            return;
        }
        MemberCookie.set(MemberPages.response(), started.get().token());
        MemberPages.seeOther(messages.getLang(), started.get().secondStepDue() ? "/second-step" : "", null);
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    /** The pseudonym typed, after a refusal. */
    public String getTypedPseudonym() {
        return Typed.cut(MemberPages.isPost() ? MemberPages.request().getParameter("pseudonym") : null,
                Member.PSEUDONYM_MAX);
    }

    public int getPseudonymMax() {
        return Member.PSEUDONYM_MAX;
    }
}
