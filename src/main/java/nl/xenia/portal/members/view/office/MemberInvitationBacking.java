package nl.xenia.portal.members.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.members.boundary.InvitationMade;
import nl.xenia.portal.notification.boundary.Notifications;

/**
 * office/member-invitation: the invitation just made in this session, to hand over in person or print (the office's
 * header is not printed): the slip is in the language of the person it is for, with the join address in that language,
 * the code and until when it works. Shown only in the session that made it, while it is valid; after that the code is
 * nowhere (only its hash is kept).
 */
@Named
@RequestScoped
public class MemberInvitationBacking {

    @Inject
    MemberInvitationShown shown;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Inject
    Notifications notifications;

    private MemberInvitationShown.Shown current;
    private boolean loaded;

    private MemberInvitationShown.Shown current() {
        if (!loaded) {
            current = shown.valid(clock.instant()).orElse(null);
            loaded = true;
        }
        return current;
    }

    public boolean isShown() {
        return current() != null;
    }

    public InvitationMade getInvitation() {
        return current() == null ? null : current().invitation();
    }

    /** Whether the invitation shown is a new code for an existing member. */
    public boolean isReinvitation() {
        return current() != null && current().invitation().isReinvitation();
    }

    /** The slip's language (the person's). */
    public String getSlipLanguage() {
        return current() == null ? "" : current().language();
    }

    /** The join address in the person's language, on the portal's public address. */
    public String getAddress() {
        return current() == null ? "" : notifications.link(current().language(), "/members/join");
    }

    public String getSlipTitle() {
        return slip("members.invitation.title");
    }

    /** Step 1: go to the address (shown after it). */
    public String getSlipAddress() {
        return slip("members.invitation.address");
    }

    /** Step 2: type the code (shown after it). */
    public String getSlipCode() {
        return slip("members.invitation.code");
    }

    /** Step 3: a pseudonym and a password; for a re-invitation: a new password, the pseudonym stays. */
    public String getSlipChoose() {
        return slip(current() != null && current().invitation().isReinvitation()
                ? "members.invitation.again"
                : "members.invitation.choose");
    }

    public String getSlipUntil() {
        return slip("members.invitation.until");
    }

    /** A text of the slip, in the person's language. */
    private String slip(String key) {
        return current() == null
                ? ""
                : languages.format(current().language(), key,
                        Map.of("until", Languages.dateTime(current().language(), current().invitation().expiresAt()),
                                "pseudonym", current().invitation().pseudonym() == null
                                        ? ""
                                        : current().invitation().pseudonym()));
    }
}
