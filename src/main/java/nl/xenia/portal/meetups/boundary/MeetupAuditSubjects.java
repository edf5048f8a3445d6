package nl.xenia.portal.meetups.boundary;

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
import nl.xenia.portal.meetups.entity.Meetup;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The meetups' audit items, named for the office: a meetup by its number ("Bijeenkomst 1004", linked to it while it
 * exists; also the item under which its nicknames and contacts were opened) and a reason (linked to the reasons).
 */
@ApplicationScoped
public class MeetupAuditSubjects implements AuditSubjects {

    private static final Map<String, String> NAMES = Map.of(MeetupPlanning.SUBJECT, "office.audit.subject.meetup",
            MeetupPlanning.REASON, "office.audit.subject.meetupReason");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return NAMES.keySet();
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        String key = NAMES.get(subjectType);
        long id;
        try {
            id = Long.parseLong(subjectId);
        } catch (NumberFormatException | NullPointerException notAnId) {
            return Optional.empty();
        }
        if (key == null) {
            return Optional.empty();
        }
        String name = languages.format(language, key, Map.of("id", id));
        if (MeetupPlanning.REASON.equals(subjectType)) {
            return Optional.of(AuditSubject.linked(name, "meetup-reasons", Map.of()));
        }
        return Optional.of(em.find(Meetup.class, id) == null
                ? AuditSubject.named(name)
                : AuditSubject.linked(name, "meetup", Map.of("id", String.valueOf(id))));
    }
}
