package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.WaitingWork;
import nl.xenia.portal.staff.entity.Role;

/** The consultations' dashboard tile: closed consultations whose outcome is not published yet. */
@ApplicationScoped
public class ConsultationsWaiting implements WaitingWork {

    @Inject
    ConsultationDesk desk;

    @Override
    public List<Waiting> waitingFor(SignedIn member) {
        if (!member.has(Role.STAFF) && !member.has(Role.ADMIN) && !member.has(Role.COORDINATOR)) {
            return List.of();
        }
        return List.of(new Waiting("office.dashboard.consultations.outcome", desk.awaitingOutcome(member),
                "consultations", 150));
    }
}
