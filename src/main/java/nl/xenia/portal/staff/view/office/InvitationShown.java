package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import nl.xenia.portal.staff.boundary.Invitation;

/**
 * The admin's last invitation or new code, carried across the redirect to the member's page and shown
 * there while it is valid in this office session: in memory only (transient, never written with the
 * session), never in an address. Gone at sign-out, or when another invitation is made.
 */
@SessionScoped
public class InvitationShown implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Invitation invitation;

    void keep(Invitation made) {
        invitation = made;
    }

    /** The invitation of this account made in this session, while it is still valid. */
    Optional<Invitation> of(long staffId, Instant now) {
        Invitation kept = invitation;
        return kept != null && kept.staffId() == staffId && now.isBefore(kept.expiresAt())
                ? Optional.of(kept)
                : Optional.empty();
    }
}
