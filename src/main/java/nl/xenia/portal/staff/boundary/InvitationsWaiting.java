package nl.xenia.portal.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.xenia.portal.staff.entity.Role;

/**
 * The staff component's own dashboard tiles: for admins, the invitations not yet activated and the
 * members who signed up and wait for the organisation's key.
 */
@ApplicationScoped
public class InvitationsWaiting implements WaitingWork {

    @Inject
    StaffAdministration administration;

    @Override
    public List<Waiting> waitingFor(SignedIn member) {
        if (!member.has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(new Waiting("office.dashboard.access", administration.waitingForAccess(member), "staff", 890),
                new Waiting("office.dashboard.invitations", administration.openInvitations(member), "staff", 900));
    }
}
