package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.xenia.portal.localization.view.Messages;

/** {@code /{lang}/members}: the members' home, signed in as the pseudonym (the guard lets only members here). */
@Named
@RequestScoped
public class MemberHomeBacking {

    @Inject
    CurrentMember current;

    @Inject
    Messages messages;

    private String notice;

    public void handle() {
        notice = MemberPages.notice(messages);
    }

    public String getNotice() {
        return notice;
    }

    public String getSignedInAs() {
        return current.isSignedIn()
                ? messages.format("members.signedInAs", "pseudonym", current.get().pseudonym())
                : "";
    }
}
