package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.info.entity.InfoTranslation;
import nl.xenia.portal.info.entity.Municipality;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.staff.boundary.AuditSubject;
import nl.xenia.portal.staff.boundary.AuditSubjects;

/**
 * The information component's audit items, named for the office: a page by its title (in the office's
 * language when it has one, else English, Dutch or its address), linked to its editor; a municipality by
 * its name.
 */
@ApplicationScoped
public class InfoAuditSubjects implements AuditSubjects {

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("page", "municipality");
    }

    /** {@code page} ids are the page's ({@code 5}) or a translation's ({@code 5/en}). */
    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<AuditSubject> subject(String subjectType, String subjectId, String language) {
        if (subjectId == null) {
            return Optional.empty();
        }
        String[] parts = subjectId.split("/", 2);
        Optional<Long> id = id(parts[0]);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (subjectType.equals("municipality")) {
            Municipality municipality = em.find(Municipality.class, id.get());
            return Optional.ofNullable(municipality).map(found -> AuditSubject.linked(
                    languages.format(language, "office.audit.subject.municipality", Map.of("name", found.getName())),
                    "municipality", Map.of("id", String.valueOf(found.getId()))));
        }
        InfoPage page = em.find(InfoPage.class, id.get());
        if (page == null) {
            return Optional.of(AuditSubject.named(
                    languages.format(language, "office.audit.subject.pageGone", Map.of("id", id.get()))));
        }
        String translation = parts.length > 1 && languages.isSupported(parts[1]) ? parts[1] : null;
        String title = title(page, language);
        return Optional.of(translation == null
                ? AuditSubject.linked(languages.format(language, "office.audit.subject.page", Map.of("title", title)),
                        "page", Map.of("id", String.valueOf(page.getId())))
                : AuditSubject.linked(
                        languages.format(language, "office.audit.subject.pageTranslation",
                                Map.of("title", title, "language", Languages.name(translation, language))),
                        "page", Map.of("id", String.valueOf(page.getId()), "lang", translation)));
    }

    private String title(InfoPage page, String language) {
        List<InfoTranslation> texts = em.createNamedQuery(InfoTranslation.OF_PAGE, InfoTranslation.class)
                .setParameter("page", page.getId()).getResultList();
        List<String> preferred = List.of(language, "en", "nl");
        return texts.stream().filter(text -> text.getTitle() != null && !text.getTitle().isBlank())
                .min(Comparator.comparingInt(text -> {
                    int at = preferred.indexOf(text.getLanguage());
                    return at < 0 ? preferred.size() : at;
                })).map(InfoTranslation::getTitle).orElse(page.getSlug());
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
