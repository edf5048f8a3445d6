package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.WaitingWork;
import nl.xenia.portal.staff.entity.Role;

/** The questions' dashboard tiles: new questions, and those past the first-answer target. */
@ApplicationScoped
public class QuestionsWaiting implements WaitingWork {

    @Inject
    QuestionInbox inbox;

    @Override
    public List<Waiting> waitingFor(SignedIn member) {
        if (!member.has(Role.STAFF) && !member.has(Role.ADMIN)) {
            return List.of();
        }
        long[] counts = inbox.waiting(member);
        return List.of(new Waiting("office.dashboard.questions.overdue", counts[1], "questions", 100),
                new Waiting("office.dashboard.questions.new", counts[0], "questions", 110));
    }
}
