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
import nl.xenia.portal.appointments.entity.CancelReason;
import nl.xenia.portal.appointments.entity.Place;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The planning's audit items, named for the office: a place by its staff name, a service by its name in the office's
 * language (a text's language added), a cancellation reason by its number; each linked to its office page while it
 * exists.
 */
@ApplicationScoped
public class PlanningAuditSubjects implements AuditSubjects {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of(AppointmentPlanning.PLACE, AppointmentPlanning.SERVICE, AppointmentPlanning.REASON);
    }

    /** Ids are the item's ({@code 5}) or, for a text in one language, {@code 5/en}. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        if (subjectId == null) {
            return Optional.empty();
        }
        String[] parts = subjectId.split("/", 2);
        long id;
        try {
            id = Long.parseLong(parts[0]);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        String textLanguage = parts.length > 1 && languages.isSupported(parts[1]) ? parts[1] : null;
        Map<String, String> query = Map.of("id", String.valueOf(id));
        return Optional.of(switch (subjectType) {
            case AppointmentPlanning.PLACE -> {
                Place place = em.find(Place.class, id);
                yield place == null
                        ? gone(language, id)
                        : AuditSubject.linked(languages.format(language, "office.audit.subject.appointmentPlace",
                                Map.of("name", place.getName())), "place", query);
            }
            case AppointmentPlanning.SERVICE -> {
                Service service = em.find(Service.class, id);
                if (service == null) {
                    yield gone(language, id);
                }
                String name = service.text(language).map(text -> text.getValue().getName()).orElse("#" + id);
                yield AuditSubject.linked(textLanguage == null
                        ? languages.format(language, "office.audit.subject.appointmentService", Map.of("name", name))
                        : languages.format(language, "office.audit.subject.appointmentServiceText",
                                Map.of("name", name, "language", Languages.name(textLanguage, language))),
                        "service", query);
            }
            default -> em.find(CancelReason.class, id) == null
                    ? gone(language, id)
                    : AuditSubject.linked(languages.format(language, "office.audit.subject.appointmentReason",
                            Map.of("id", id)), "reasons", Map.of());
        });
    }

    private AuditSubject gone(String language, long id) {
        return AuditSubject.named(languages.format(language, "office.audit.subject.appointmentGone", Map.of("id", id)));
    }
}
