package nl.xenia.portal.appointments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.appointments.entity.Appointment;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The appointments' audit items, named for the office: an appointment by its number ("Afspraak 12", linked to the
 * appointment while it exists), its contact address and its internal note. Never a word of what was written.
 */
@ApplicationScoped
public class AppointmentAuditSubjects implements AuditSubjects {

    private static final Map<String, String> NAMES = Map.of(AppointmentDesk.SUBJECT,
            "office.audit.subject.appointment", "appointment-contact", "office.audit.subject.appointmentContact",
            "appointment-note", "office.audit.subject.appointmentNote");

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
        return Optional.of(em.find(Appointment.class, id) == null
                ? AuditSubject.named(name)
                : AuditSubject.linked(name, "appointment", Map.of("id", String.valueOf(id))));
    }
}
