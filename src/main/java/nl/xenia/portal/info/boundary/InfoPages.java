package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.xenia.portal.info.control.TextSearch;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.info.entity.InfoTranslation;
import nl.xenia.portal.info.entity.Municipality;
import nl.xenia.portal.info.entity.MunicipalityNote;
import nl.xenia.portal.operations.boundary.PublicPageCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The information pages as readers see them: published translations only, in the reader's language
 * or else (marked) in the first fallback language that has the page, English then Dutch. Read on
 * every view, so kept in memory, rendered once: a change by staff shows at once on the server where
 * it was made ({@link #changed()}) and within {@link #FRESHNESS} on the others.
 */
@ApplicationScoped
public class InfoPages {

    static final Duration FRESHNESS = Duration.ofSeconds(60);
    private static final int SNIPPET = 160;
    /** A link on this site to an information page by its slug: {@code href="/ro/info/health"} (a fragment may follow). */
    private static final java.util.regex.Pattern OLD_LINK = java.util.regex.Pattern
            .compile("href=\"(/(?:[^\"/]+/)*[a-z]{2}/info/)([a-z0-9]+(?:-[a-z0-9]+)*)([\"#])");
    /** The most characters of a page's first lines used as its description for search results. */
    private static final int DESCRIPTION = 155;

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xenia.info.source-language", defaultValue = "nl")
    String sourceLanguage;

    @Inject
    @ConfigProperty(name = "xenia.info.fallback", defaultValue = "en,nl")
    List<String> fallback;

    private volatile Snapshot snapshot;

    /** A link to a page (its neutral address), titled in the language it will be shown in. */
    public record Link(String slug, String address, String title, String language) {
    }

    /** A topic tile: the page's link and the name of its pictogram (drawn for the project). */
    public record Tile(String slug, String address, String title, String language, String pictogram) {
    }

    /** A page as shown. */
    public record Page(String slug, String address, String title, String description, String html, String language,
            String requestedLanguage,
            boolean fallback, boolean outdated, LocalDate lastChecked, InfoPage.Kind kind, Link parent,
            List<Link> related) {
    }

    /** A search hit. */
    public record Hit(String slug, String address, String title, String snippet) {
    }

    /** A municipality as shown: its note in the reader's language (or a fallback), pilot yes/no/unknown. */
    public record MunicipalityRow(long id, String name, String licensingDesk, Municipality.Pilot pilot, String note,
            String noteLanguage, boolean example) {
    }

    private record Rendered(InfoTranslation translation, String html, String plain, String foldedTitle,
            String foldedBody) {
    }

    private record Snapshot(List<InfoPage> pages, Map<Long, Map<String, Rendered>> published,
            Map<Long, Integer> sourceVersions, List<Municipality> municipalities,
            Map<Long, Map<String, String>> notes, Instant readAt) {
    }

    /** The topics (pages without a parent) that can be shown in a language, in staff's order. */
    @Transactional
    public List<Tile> topics(String language) {
        Snapshot current = current();
        return current.pages().stream().filter(InfoPage::isTopic)
                .flatMap(page -> shown(current, page.getId(), language)
                        .map(rendered -> new Tile(page.getSlug(), page.getAddress(), rendered.translation().getTitle(),
                                rendered.translation().getLanguage(), page.getPictogram()))
                        .stream())
                .toList();
    }

    /**
     * A page by its neutral address ({@code p7}), in the reader's language or a marked fallback; empty if
     * there is no such page or none of it is published.
     */
    @Transactional
    public Optional<Page> page(String address, String language) {
        Long id = InfoPage.idOf(address);
        if (id == null) {
            return Optional.empty();
        }
        Snapshot current = current();
        return current.pages().stream().filter(page -> page.getId().equals(id)).findFirst()
                .flatMap(page -> page(current, page, language));
    }

    /**
     * The neutral address of the page that used to be reached by this slug (its old, telling address),
     * if the page exists and has something published; for the permanent redirect from the old address.
     */
    @Transactional
    public Optional<String> addressOfSlug(String slug) {
        Snapshot current = current();
        return current.pages().stream().filter(page -> page.getSlug().equals(slug)).findFirst()
                .filter(page -> !current.published().getOrDefault(page.getId(), Map.of()).isEmpty())
                .map(InfoPage::getAddress);
    }

    private Optional<Page> page(Snapshot current, InfoPage page, String language) {
        return shown(current, page.getId(), language).map(rendered -> {
            InfoTranslation translation = rendered.translation();
            Link parent = page.isTopic()
                    ? null
                    : current.pages().stream().filter(other -> other.getId().equals(page.getParentId()))
                            .findFirst().flatMap(other -> link(current, other, language)).orElse(null);
            Long family = page.isTopic() ? page.getId() : page.getParentId();
            List<Link> related = current.pages().stream()
                    .filter(other -> family.equals(other.getParentId()) && !other.getId().equals(page.getId()))
                    .flatMap(other -> link(current, other, language).stream()).toList();
            return new Page(page.getSlug(), page.getAddress(), translation.getTitle(),
                    TextSearch.snippet(rendered.plain(), List.of(), DESCRIPTION), rendered.html(),
                    translation.getLanguage(),
                    language, !translation.getLanguage().equals(language), isOutdated(current, translation),
                    translation.getLastChecked(), page.getKind(), parent, related);
        });
    }

    /** Published pages in a language (titles and bodies), accents and case ignored, best first. */
    @Transactional
    public List<Hit> search(String language, String query) {
        List<String> terms = TextSearch.terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Snapshot current = current();
        record Scored(Hit hit, int score, int position) {
        }
        List<Scored> scored = new ArrayList<>();
        for (InfoPage page : current.pages()) {
            Rendered rendered = current.published().getOrDefault(page.getId(), Map.of()).get(language);
            if (rendered == null) {
                continue;
            }
            int score = TextSearch.score(terms, rendered.foldedTitle(), rendered.foldedBody());
            if (score > 0) {
                scored.add(new Scored(new Hit(page.getSlug(), page.getAddress(), rendered.translation().getTitle(),
                        TextSearch.snippet(rendered.plain(), terms, SNIPPET)), score, page.getPosition()));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).reversed()
                .thenComparingInt(Scored::position)).map(Scored::hit).toList();
    }

    /** Every page that can be shown in a language (for the API), in staff's order. */
    @Transactional
    public List<Page> all(String language) {
        Snapshot current = current();
        return current.pages().stream().flatMap(page -> page(current, page, language).stream()).toList();
    }

    /** The municipalities with staff's facts, notes in the reader's language or a fallback. */
    @Transactional
    public List<MunicipalityRow> municipalities(String language) {
        Snapshot current = current();
        return current.municipalities().stream().map(municipality -> {
            Map<String, String> notes = current.notes().getOrDefault(municipality.getId(), Map.of());
            String noteLanguage = chain(language).stream().filter(notes::containsKey).findFirst().orElse(null);
            return new MunicipalityRow(municipality.getId(), municipality.getName(), municipality.getLicensingDesk(),
                    municipality.getPilot(), noteLanguage == null ? null : notes.get(noteLanguage), noteLanguage,
                    municipality.isExample());
        }).toList();
    }

    /** Staff changed something: the next view reads again, and no kept public page is served. */
    public void changed() {
        snapshot = null;
        PublicPageCache.clear();
    }

    private Optional<Link> link(Snapshot current, InfoPage page, String language) {
        return shown(current, page.getId(), language).map(rendered -> new Link(page.getSlug(), page.getAddress(),
                rendered.translation().getTitle(), rendered.translation().getLanguage()));
    }

    private Optional<Rendered> shown(Snapshot current, long pageId, String language) {
        Map<String, Rendered> translations = current.published().getOrDefault(pageId, Map.of());
        return chain(language).stream().map(translations::get).filter(java.util.Objects::nonNull).findFirst();
    }

    private List<String> chain(String language) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        order.add(language);
        fallback.stream().map(String::strip).forEach(order::add);
        return List.copyOf(order);
    }

    private boolean isOutdated(Snapshot current, InfoTranslation translation) {
        Integer source = current.sourceVersions().get(translation.getPageId());
        return !translation.getLanguage().equals(sourceLanguage) && source != null
                && (translation.getSourceVersion() == null || translation.getSourceVersion() < source);
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESHNESS).isBefore(now)) {
            current = read(now);
            snapshot = current;
        }
        return current;
    }

    /**
     * Links staff wrote to a page's old address ({@code /ro/info/health}) point to its neutral one
     * ({@code /ro/info/p2}), so not even the redirect puts the subject in the reader's history.
     */
    static String neutralLinks(String html, Map<String, String> addresses) {
        java.util.regex.Matcher matcher = OLD_LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String address = addresses.get(matcher.group(2));
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    address == null ? matcher.group() : "href=\"" + matcher.group(1) + address + matcher.group(3)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Snapshot read(Instant now) {
        List<InfoPage> pages = em.createNamedQuery(InfoPage.ALL, InfoPage.class).getResultList();
        Map<String, String> addresses = pages.stream()
                .collect(Collectors.toMap(InfoPage::getSlug, InfoPage::getAddress, (first, second) -> first));
        List<InfoTranslation> translations = em.createNamedQuery(InfoTranslation.ALL, InfoTranslation.class)
                .getResultList();
        Map<Long, Map<String, Rendered>> published = new HashMap<>();
        Map<Long, Integer> sourceVersions = new HashMap<>();
        for (InfoTranslation translation : translations) {
            if (translation.getLanguage().equals(sourceLanguage)) {
                sourceVersions.put(translation.getPageId(), translation.getVersion());
            }
            if (translation.isPublished()) {
                String plain = Markdown.toPlainText(translation.getBody());
                published.computeIfAbsent(translation.getPageId(), id -> new HashMap<>()).put(
                        translation.getLanguage(),
                        new Rendered(translation, neutralLinks(Markdown.toSafeHtml(translation.getBody()), addresses),
                                plain,
                                TextSearch.fold(translation.getTitle()), TextSearch.fold(plain)));
            }
        }
        List<Municipality> municipalities = em.createNamedQuery(Municipality.ALL, Municipality.class)
                .getResultList();
        Map<Long, Map<String, String>> notes = em.createNamedQuery(MunicipalityNote.ALL, MunicipalityNote.class)
                .getResultStream().collect(Collectors.groupingBy(MunicipalityNote::getMunicipalityId,
                        Collectors.toMap(MunicipalityNote::getLanguage, MunicipalityNote::getNote)));
        pages.forEach(em::detach);
        translations.forEach(em::detach);
        municipalities.forEach(em::detach);
        return new Snapshot(List.copyOf(pages), published, sourceVersions, List.copyOf(municipalities), notes, now);
    }

}
