package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.MemberException;
import nl.xenia.portal.members.boundary.Members;

/**
 * {@code /{lang}/members/leave}: asks once more (a page of its own), then deletes the account; the session ends with it
 * (the cookie expired, the site's data cleared) and the sign-in page says the account is gone.
 */
@Named
@RequestScoped
public class MemberLeaveBacking {

    @Inject
    Members members;

    @Inject
    CurrentMember current;

    @Inject
    Messages messages;

    private String error;

    public void handle() {
        if (!MemberPages.isPost()) {
            return;
        }
        if (!"leave".equals(MemberPages.request().getParameter("action"))) {
            error = messages.get("MemberException.Problem.CONFIRM");
            return;
        }
        try {
            members.leave(current.get());
        } catch (MemberException gone) {
            // left already (another tab): the same end
        }
        MemberPages.forget();
        MemberPages.seeOther(messages.getLang(), "/sign-in", "left");
    }

    public String getError() {
        return error;
    }
}
