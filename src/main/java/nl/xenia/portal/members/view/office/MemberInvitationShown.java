package nl.xenia.portal.members.view.office;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import nl.xenia.portal.members.boundary.InvitationMade;

/**
 * The last invitation made in this office session, carried across the redirect to the invitation's page and shown
 * there while valid: in memory only (transient, never written with the session), never in an address; gone at
 * sign-out or when another one is made. With it, the language of the person it is for (the join address and the
 * printed slip are in that language).
 */
@SessionScoped
public class MemberInvitationShown implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An invitation and the language it is handed over in. */
    record Shown(InvitationMade invitation, String language) {
    }

    private transient Shown shown;

    void keep(InvitationMade invitation, String language) {
        shown = new Shown(invitation, language);
    }

    Optional<Shown> valid(Instant now) {
        Shown kept = shown;
        return kept != null && now.isBefore(kept.invitation().expiresAt()) ? Optional.of(kept) : Optional.empty();
    }
}
