package nl.xenia.portal.staff.boundary;

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
import nl.xenia.portal.staff.entity.StaffAccount;

/** The staff component's audit items: members ("Medewerker: anna", linked to their page), the organisation's key. */
@ApplicationScoped
public class StaffAuditSubjects implements AuditSubjects {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("staff", "organisation-key", "recovery");
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        return switch (subjectType) {
            case "organisation-key" -> Optional
                    .of(AuditSubject
                            .named(languages.format(language, "office.audit.subject.organisationKey", Map.of())));
            case "recovery" -> Optional
                    .of(AuditSubject.named(languages.format(language, "office.audit.subject.recovery", Map.of())));
            case "staff" -> id(subjectId).map(id -> em.find(StaffAccount.class, id)).map(account -> AuditSubject
                    .linked(languages.format(language, "office.audit.subject.staff",
                            Map.of("username", account.getUsername())), "member",
                            Map.of("id", String.valueOf(account.getId()))));
            default -> Optional.empty();
        };
    }

    private static Optional<Long> id(String subjectId) {
        try {
            return Optional.of(Long.parseLong(subjectId));
        } catch (NumberFormatException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
