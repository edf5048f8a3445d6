package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.WaitingWork;
import nl.xenia.portal.staff.entity.Role;

/**
 * The questions' dashboard tiles: every question waiting for the office's answer (new and opened alike),
 * and every one past the first-answer target, each linking to the list's view of them.
 */
@ApplicationScoped
public class QuestionsWaiting implements WaitingWork {

    @Inject
    QuestionQueue queue;

    @Override
    public List<Waiting> waitingFor(SignedIn member) {
        if (!member.has(Role.STAFF) && !member.has(Role.ADMIN)) {
            return List.of();
        }
        QuestionQueue.Counts counts = queue.counts(member);
        return List.of(
                new Waiting("office.dashboard.questions.overdue", counts.overdue(), "questions",
                        Map.of("view", QuestionQueue.View.OVERDUE.param()), 100),
                new Waiting("office.dashboard.questions.unanswered", counts.unanswered(), "questions",
                        Map.of("view", QuestionQueue.View.UNANSWERED.param()), 110));
    }
}
