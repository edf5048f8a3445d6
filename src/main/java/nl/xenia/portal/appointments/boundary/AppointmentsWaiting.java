package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.WaitingWork;
import nl.xenia.portal.staff.entity.Role;

/**
 * The appointments' dashboard tiles: requests waiting for a confirmation, and today's open appointments, each linking
 * to the calendar's view of them.
 */
@ApplicationScoped
public class AppointmentsWaiting implements WaitingWork {

    @Inject
    AppointmentDesk desk;

    @Override
    public List<Waiting> waitingFor(SignedIn member) {
        if (!member.has(Role.STAFF) && !member.has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(
                new Waiting("office.dashboard.appointments.requests", desk.requests(member), "calendar",
                        Map.of("view", "requests"), 120),
                new Waiting("office.dashboard.appointments.today", desk.today(member), "calendar",
                        Map.of("view", "today"), 130));
    }
}
