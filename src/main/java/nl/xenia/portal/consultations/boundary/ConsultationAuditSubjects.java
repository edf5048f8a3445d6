package nl.xenia.portal.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The consultations' audit item, named for the office: a consultation by its number ("Raadpleging 1004", linked to it
 * while it exists; also the item under which its open answers were opened).
 */
@ApplicationScoped
public class ConsultationAuditSubjects implements AuditSubjects {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of(ConsultationDesk.SUBJECT);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        if (!ConsultationDesk.SUBJECT.equals(subjectType) || subjectId == null) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(subjectId);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        String name = languages.format(language, "office.audit.subject.consultation", Map.of("id", id));
        return Optional.of(em.find(Consultation.class, id) == null
                ? AuditSubject.named(name)
                : AuditSubject.linked(name, "consultation", Map.of("id", String.valueOf(id))));
    }
}
