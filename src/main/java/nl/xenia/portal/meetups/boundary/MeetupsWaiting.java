package nl.xenia.portal.meetups.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.WaitingWork;
import nl.xenia.portal.staff.entity.Role;

/** The meetups' dashboard tile: planned meetups to come that are full or have people waiting. */
@ApplicationScoped
public class MeetupsWaiting implements WaitingWork {

    @Inject
    MeetupPlanning planning;

    @Override
    public List<Waiting> waitingFor(SignedIn member) {
        if (!member.has(Role.STAFF) && !member.has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(new Waiting("office.dashboard.meetups.full", planning.fullOrWaiting(member), "meetups",
                Map.of("view", "full"), 140));
    }
}
