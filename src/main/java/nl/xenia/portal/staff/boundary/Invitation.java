package nl.xenia.portal.staff.boundary;

import java.time.Instant;

/** An invitation: the code to hand over (null when it went by mail), and until when it works. */
public record Invitation(long staffId, String code, Instant expiresAt, boolean mailed) {
}
