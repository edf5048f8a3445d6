package nl.xenia.portal.staff.boundary;

import java.util.Set;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.staff.entity.Role;

/**
 * A signed-in staff member, for the session only and never stored: who it is, the roles at sign-in
 * (checked against the account again at every guarded call) and the member's unlocked key.
 */
public record SignedIn(long staffId, String username, Set<Role> roles, UnlockedKey key) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
