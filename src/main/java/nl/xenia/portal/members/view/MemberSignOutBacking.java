package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.MemberCookie;
import nl.xenia.portal.members.boundary.Members;

/**
 * {@code /{lang}/members/sign-out} (the button in the members' navigation, a POST): the session's row is deleted, its
 * cookie expired and the browser told to clear the site's data; then to the sign-in page. A GET only leads home.
 */
@Named
@RequestScoped
public class MemberSignOutBacking {

    @Inject
    Members members;

    @Inject
    Messages messages;

    public void handle() {
        if (!MemberPages.isPost()) {
            MemberPages.seeOther(messages.getLang(), "", null);
            return;
        }
        MemberCookie.token(MemberPages.request()).ifPresent(members::signOut);
        MemberPages.forget();
        MemberPages.seeOther(messages.getLang(), "/sign-in", "signedOut");
    }
}
