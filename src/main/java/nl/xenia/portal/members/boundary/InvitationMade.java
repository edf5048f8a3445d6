package nl.xenia.portal.members.boundary;

import java.time.Instant;

/**
 * An invitation just made, to show once: the code to hand over and until when it works; for a re-invitation the
 * member's id, pseudonym and language (null for a new member).
 */
public record InvitationMade(String code, Instant expiresAt, Long memberId, String pseudonym, String language) {

    public boolean isReinvitation() {
        return memberId != null;
    }

    @Override
    public String toString() {
        return "InvitationMade[until=" + expiresAt + ", member=" + memberId + "]";
    }
}
