package nl.xenia.portal.staff.boundary;

import java.time.Instant;
import java.util.Set;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.StaffStatus;

/** A member as the staff list shows it: never a hash, key or secret; whether they hold the organisation's key. */
public record Member(long staffId, String username, Set<Role> roles, StaffStatus status,
        Instant invitationExpiresAt, boolean secondFactorEnrolled, boolean keyAccess) {

    /** Active, signed up, and still waiting for an admin to give them the organisation's key. */
    public boolean waitsForAccess() {
        return status == StaffStatus.ACTIVE && !keyAccess && Role.needKey(roles);
    }
}
