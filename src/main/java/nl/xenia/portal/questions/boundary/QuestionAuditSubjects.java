package nl.xenia.portal.questions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.questions.entity.CannedReply;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The questions component's audit items, named for the office: a thread by its number ("Vraag 12",
 * linked to the question while it exists), its contact address, a canned reply by its title. Never a
 * word of what was written.
 */
@ApplicationScoped
public class QuestionAuditSubjects implements AuditSubjects {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("question", "question-key", "question-contact", "canned-reply");
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        Optional<Long> id = id(subjectId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> query = Map.of("id", String.valueOf(id.get()));
        if (subjectType.equals("canned-reply")) {
            CannedReply reply = em.find(CannedReply.class, id.get());
            return Optional.of(reply == null
                    ? AuditSubject.named(languages.format(language, "office.audit.subject.cannedReplyGone",
                            Map.of("id", id.get())))
                    : AuditSubject.linked(languages.format(language, "office.audit.subject.cannedReply",
                            Map.of("title", reply.getTitle())), "reply", query));
        }
        String name = languages.format(language, subjectType.equals("question-contact")
                ? "office.audit.subject.questionContact"
                : "office.audit.subject.question", Map.of("id", id.get()));
        return Optional.of(em.find(QuestionThread.class, id.get()) == null
                ? AuditSubject.named(name)
                : AuditSubject.linked(name, "question", query));
    }

    private static Optional<Long> id(String subjectId) {
        try {
            return Optional.of(Long.parseLong(subjectId));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
