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
import nl.xenia.portal.privacy.boundary.Clients;

/**
 * {@code /{lang}/members/second-step}: the code from the app, for a sign-in half-way (the guard lets no one else here).
 * Right: a new session (a new cookie) and home; the fifth wrong code ends the sign-in (back to signing in).
 */
@Named
@RequestScoped
public class MemberSecondStepBacking {

    @Inject
    Members members;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    private String error;

    public void handle() {
        if (!MemberPages.isPost()) {
            return;
        }
        Optional<SessionStarted> started;
        try {
            started = members.secondStep(clients.of(MemberPages.request()),
                    MemberCookie.token(MemberPages.request()).orElse(null), MemberPages.request().getParameter("code"));
        } catch (MemberException refused) {
            if (refused.getProblem() == MemberException.Problem.WAIT) {
                error = MemberPages.error(messages, refused);
                return;
            }
            MemberCookie.expire(MemberPages.response());
            MemberPages.seeOther(messages.getLang(), "/sign-in", "ended");
            return;
        }
        if (started.isEmpty()) {
            error = messages.get("MemberException.Problem.SECOND_STEP_WRONG");
            return;
        }
        MemberCookie.set(MemberPages.response(), started.get().token());
        MemberPages.seeOther(messages.getLang(), "", null);
    }

    public String getError() {
        return error;
    }
}
