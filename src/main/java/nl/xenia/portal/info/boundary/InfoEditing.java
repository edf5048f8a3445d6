package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.info.entity.InfoTranslation;
import nl.xenia.portal.info.entity.Municipality;
import nl.xenia.portal.info.entity.MunicipalityNote;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.staff.boundary.AuditAction;
import nl.xenia.portal.staff.boundary.AuditLog;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff write the information: pages and their place, each page's text per language (Markdown,
 * draft or published, last checked), the translation overview, and the municipalities' facts.
 * Every change goes into the audit log; readers see it at once on this server.
 */
@ApplicationScoped
@RequiresRole({Role.STAFF, Role.ADMIN})
public class InfoEditing {

    /** Slugs that name views of their own under /{lang}/info/. */
    static final List<String> RESERVED = List.of("search");

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Inject
    AuditLog auditLog;

    @Inject
    InfoPages readers;

    @Inject
    @ConfigProperty(name = "xenia.info.source-language", defaultValue = "nl")
    String sourceLanguage;

    /** A translation's state in the overview. */
    public enum State {
        MISSING, DRAFT, OUTDATED, CURRENT
    }

    /** A page with its state in every language (in the portal's language order). */
    public record Row(long pageId, String slug, int depth, String title, Map<String, State> states) {
    }

    /**
     * What the editor shows: this language's text (empty for a new one), the page's title (in the source
     * language, else any, else its slug), and the source beside it: as it is now and, for a translation saved
     * with it, as it was when the translation was saved ({@code basedOnTitle}/{@code basedOnBody}, null when
     * not kept). {@code base} names the versions shown; a save passes it back (see {@link #save}).
     */
    public record Draft(long pageId, String slug, String pageTitle, String language, boolean exists, String title,
            String body, LocalDate lastChecked, InfoTranslation.Status status, boolean outdated, String base,
            String sourceLanguage, boolean sourceExists, String sourceTitle, String sourceBody, String basedOnTitle,
            String basedOnBody) {

        public boolean published() {
            return exists && status == InfoTranslation.Status.PUBLISHED;
        }

        public boolean translation() {
            return !language.equals(sourceLanguage);
        }

        /** Whether the source as it was when this translation was saved is known. */
        public boolean baseKept() {
            return basedOnTitle != null && basedOnBody != null;
        }
    }

    /** A topic a new page can be placed under, by its title (see {@link Row#title()}). */
    public record TopicChoice(long id, String slug, String title) {
    }

    /** A municipality with its note in every language that has one. */
    public record MunicipalityFacts(long id, String name, String licensingDesk, Municipality.Pilot pilot,
            boolean example, Map<String, String> notes) {
    }

    /** Every page (topics first, each followed by its pages) with its state per language. */
    @Transactional(TxType.SUPPORTS)
    public List<Row> overview(SignedIn member) {
        List<InfoPage> pages = em.createNamedQuery(InfoPage.ALL, InfoPage.class).getResultList();
        Map<Long, Map<String, InfoTranslation>> texts = em
                .createNamedQuery(InfoTranslation.ALL, InfoTranslation.class).getResultStream()
                .collect(Collectors.groupingBy(InfoTranslation::getPageId,
                        Collectors.toMap(InfoTranslation::getLanguage, translation -> translation)));
        List<Row> rows = new java.util.ArrayList<>();
        for (InfoPage topic : pages.stream().filter(InfoPage::isTopic).toList()) {
            rows.add(row(topic, 0, texts));
            pages.stream().filter(page -> topic.getId().equals(page.getParentId()))
                    .forEach(child -> rows.add(row(child, 1, texts)));
        }
        return rows;
    }

    /** A page's text in a language for the editor, with the source text beside it. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Draft> draft(SignedIn member, long pageId, String language) {
        InfoPage page = em.find(InfoPage.class, pageId);
        if (page == null || !languages.isSupported(language)) {
            return Optional.empty();
        }
        Map<String, InfoTranslation> texts = textsOf(pageId);
        InfoTranslation mine = texts.get(language);
        InfoTranslation source = texts.get(sourceLanguage);
        boolean translation = !language.equals(sourceLanguage);
        return Optional.of(new Draft(pageId, page.getSlug(), titleOf(page, texts), language, mine != null,
                mine == null ? "" : mine.getTitle(), mine == null ? "" : mine.getBody(),
                mine == null ? null : mine.getLastChecked(),
                mine == null ? InfoTranslation.Status.DRAFT : mine.getStatus(),
                mine != null && state(mine, source) == State.OUTDATED, base(mine, source), sourceLanguage,
                source != null, source == null ? "" : source.getTitle(), source == null ? "" : source.getBody(),
                translation && mine != null ? mine.getSourceTitle() : null,
                translation && mine != null ? mine.getSourceBody() : null));
    }

    /**
     * Saves a page's text in a language, as draft or published. A translation records the source it now
     * matches (its version, title and body); a change to the source makes the other languages outdated.
     * {@code base} is the {@link Draft#base()} the editor showed: a save for another page or language than
     * the one shown is refused (WRONG_PAGE), and so is one made while someone else changed this text or its
     * source (CHANGED_MEANWHILE). Saving a published text as draft takes it offline for readers: refused
     * (TAKES_OFFLINE) unless {@code takeOffline} says that was confirmed.
     */
    @Transactional
    public void save(SignedIn member, long pageId, String language, String base, String title, String body,
            LocalDate lastChecked, boolean publish, boolean takeOffline) {
        InfoPage page = em.find(InfoPage.class, pageId);
        if (page == null || !languages.isSupported(language)) {
            throw new InfoException(InfoException.Problem.NOT_FOUND);
        }
        Map<String, InfoTranslation> texts = textsOf(pageId);
        InfoTranslation translation = texts.get(language);
        InfoTranslation source = texts.get(sourceLanguage);
        checkBase(base, translation, source);
        String cleanTitle = title == null ? "" : title.strip();
        String cleanBody = body == null ? "" : body.strip().replace("\r\n", "\n");
        if (cleanTitle.isEmpty()) {
            throw new InfoException(InfoException.Problem.TITLE_MISSING);
        }
        if (cleanTitle.length() > InfoTranslation.MAX_TITLE) {
            throw new InfoException(InfoException.Problem.TITLE_LENGTH);
        }
        if (cleanBody.length() > InfoTranslation.MAX_BODY) {
            throw new InfoException(InfoException.Problem.BODY_TOO_LONG);
        }
        if (!publish && translation != null && translation.isPublished() && !takeOffline) {
            throw new InfoException(InfoException.Problem.TAKES_OFFLINE);
        }
        if (translation == null) {
            translation = new InfoTranslation(pageId, language);
            em.persist(translation);
        }
        translation.edit(cleanTitle, cleanBody, lastChecked, publish
                ? InfoTranslation.Status.PUBLISHED
                : InfoTranslation.Status.DRAFT, language.equals(sourceLanguage) ? null : source, member.username(),
                clock.instant());
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, "page", pageId + "/" + language);
        readers.changed();
    }

    /** A new page: a topic (no parent) or a page under a topic, placed last. Returns its id. */
    @Transactional
    public long create(SignedIn member, String slug, Long parentId, String pictogram, InfoPage.Kind kind) {
        String clean = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InfoException(InfoException.Problem.SLUG_MISSING);
        }
        if (!clean.matches("[a-z0-9]+(-[a-z0-9]+)*") || clean.length() > 80 || RESERVED.contains(clean)
                || InfoPage.isAddress(clean)) {
            throw new InfoException(InfoException.Problem.SLUG_INVALID);
        }
        if (!em.createNamedQuery(InfoPage.BY_SLUG, InfoPage.class).setParameter("slug", clean).getResultList()
                .isEmpty()) {
            throw new InfoException(InfoException.Problem.SLUG_TAKEN);
        }
        if (parentId != null) {
            InfoPage parent = em.find(InfoPage.class, parentId);
            if (parent == null || !parent.isTopic()) {
                throw new InfoException(InfoException.Problem.NOT_FOUND);
            }
        }
        int last = siblings(parentId).stream().mapToInt(InfoPage::getPosition).max().orElse(0);
        InfoPage page = new InfoPage(clean, parentId, last + 1,
                parentId == null && pictogram != null && Pictograms.NAMES.contains(pictogram) ? pictogram : null,
                kind == null ? InfoPage.Kind.TEXT : kind, clock.instant());
        em.persist(page);
        em.flush();
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, "page", page.getId());
        readers.changed();
        return page.getId();
    }

    /** Moves a page one place up (earlier) or down among its siblings. */
    @Transactional
    public void move(SignedIn member, long pageId, boolean up) {
        InfoPage page = em.find(InfoPage.class, pageId);
        if (page == null) {
            throw new InfoException(InfoException.Problem.NOT_FOUND);
        }
        List<InfoPage> siblings = siblings(page.getParentId());
        int index = siblings.indexOf(page);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).moveTo(i + 1);
        }
        siblings.get(index).moveTo(other + 1);
        siblings.get(other).moveTo(index + 1);
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, "page", pageId);
        readers.changed();
    }

    /** The topics, for choosing a new page's place. */
    @Transactional(TxType.SUPPORTS)
    public List<TopicChoice> topics(SignedIn member) {
        return siblings(null).stream()
                .map(topic -> new TopicChoice(topic.getId(), topic.getSlug(), titleOf(topic, textsOf(topic.getId()))))
                .toList();
    }

    /** Every municipality with staff's facts. */
    @Transactional(TxType.SUPPORTS)
    public List<MunicipalityFacts> municipalities(SignedIn member) {
        Map<Long, Map<String, String>> notes = em.createNamedQuery(MunicipalityNote.ALL, MunicipalityNote.class)
                .getResultStream().collect(Collectors.groupingBy(MunicipalityNote::getMunicipalityId,
                        Collectors.toMap(MunicipalityNote::getLanguage, MunicipalityNote::getNote)));
        return em.createNamedQuery(Municipality.ALL, Municipality.class).getResultStream()
                .map(municipality -> new MunicipalityFacts(municipality.getId(), municipality.getName(),
                        municipality.getLicensingDesk(), municipality.getPilot(), municipality.isExample(),
                        notes.getOrDefault(municipality.getId(), Map.of())))
                .toList();
    }

    /** Saves a municipality's facts; an empty note removes that language's note. */
    @Transactional
    public void saveMunicipality(SignedIn member, long id, String licensingDesk, Municipality.Pilot pilot,
            Map<String, String> notes) {
        Municipality municipality = em.find(Municipality.class, id);
        if (municipality == null) {
            throw new InfoException(InfoException.Problem.NOT_FOUND);
        }
        String desk = licensingDesk == null || licensingDesk.isBlank() ? null : licensingDesk.strip();
        if (desk != null && desk.length() > Municipality.MAX_DESK) {
            throw new InfoException(InfoException.Problem.DESK_TOO_LONG);
        }
        for (Map.Entry<String, String> note : notes.entrySet()) {
            if (!languages.isSupported(note.getKey())) {
                throw new InfoException(InfoException.Problem.NOT_FOUND);
            }
            if (note.getValue() != null && note.getValue().strip().length() > MunicipalityNote.MAX_NOTE) {
                throw new InfoException(InfoException.Problem.EXPLANATION_TOO_LONG, note.getKey());
            }
        }
        municipality.update(desk, Objects.requireNonNullElse(pilot, Municipality.Pilot.UNKNOWN), member.username(),
                clock.instant());
        for (Map.Entry<String, String> note : notes.entrySet()) {
            String text = note.getValue() == null ? "" : note.getValue().strip();
            MunicipalityNote existing = em.find(MunicipalityNote.class,
                    new MunicipalityNote.Key(id, note.getKey()));
            if (text.isEmpty() && existing != null) {
                em.remove(existing);
            } else if (!text.isEmpty() && existing != null) {
                existing.change(text);
            } else if (!text.isEmpty()) {
                em.persist(new MunicipalityNote(id, note.getKey(), text));
            }
        }
        auditLog.record(member.username(), AuditAction.CONTENT_CHANGED, "municipality", id);
        readers.changed();
    }

    private Row row(InfoPage page, int depth, Map<Long, Map<String, InfoTranslation>> texts) {
        Map<String, InfoTranslation> mine = texts.getOrDefault(page.getId(), Map.of());
        InfoTranslation source = mine.get(sourceLanguage);
        Map<String, State> states = new LinkedHashMap<>();
        for (String language : languages.codes()) {
            states.put(language, state(mine.get(language), source));
        }
        return new Row(page.getId(), page.getSlug(), depth, titleOf(page, mine), states);
    }

    /** The page's title in the source language, else in the first language that has one, else its slug. */
    private String titleOf(InfoPage page, Map<String, InfoTranslation> texts) {
        return Optional.ofNullable(texts.get(sourceLanguage))
                .or(() -> languages.codes().stream().map(texts::get).filter(Objects::nonNull).findFirst())
                .map(InfoTranslation::getTitle).orElse(page.getSlug());
    }

    /** The versions an editor shows: this text's id and version, then its source's ("0.0" for none). */
    private static String base(InfoTranslation mine, InfoTranslation source) {
        return version(mine) + "-" + version(source);
    }

    private static String version(InfoTranslation text) {
        return text == null ? "0.0" : text.getId() + "." + text.getVersion();
    }

    /**
     * Refuses a save whose base names other texts than this page's in this language (a form of another
     * page, or a forged one), or older versions of them (changed by someone else since the editor opened).
     */
    private static void checkBase(String base, InfoTranslation mine, InfoTranslation source) {
        String[] shown = base == null ? new String[0] : base.split("-", -1);
        if (shown.length != 2) {
            throw new InfoException(InfoException.Problem.WRONG_PAGE);
        }
        boolean changed = false;
        for (int i = 0; i < 2; i++) {
            InfoTranslation now = i == 0 ? mine : source;
            String[] idAndVersion = shown[i].split("\\.", -1);
            if (idAndVersion.length != 2) {
                throw new InfoException(InfoException.Problem.WRONG_PAGE);
            }
            boolean wasNone = "0".equals(idAndVersion[0]);
            if (!wasNone && (now == null || !idAndVersion[0].equals(String.valueOf(now.getId())))) {
                throw new InfoException(InfoException.Problem.WRONG_PAGE);
            }
            changed |= wasNone ? now != null : !idAndVersion[1].equals(String.valueOf(now.getVersion()));
        }
        if (changed) {
            throw new InfoException(InfoException.Problem.CHANGED_MEANWHILE);
        }
    }

    private State state(InfoTranslation translation, InfoTranslation source) {
        if (translation == null) {
            return State.MISSING;
        }
        if (!translation.getLanguage().equals(sourceLanguage) && source != null
                && (translation.getSourceVersion() == null || translation.getSourceVersion() < source.getVersion())) {
            return State.OUTDATED;
        }
        return translation.isPublished() ? State.CURRENT : State.DRAFT;
    }

    private Map<String, InfoTranslation> textsOf(long pageId) {
        return em.createNamedQuery(InfoTranslation.OF_PAGE, InfoTranslation.class).setParameter("page", pageId)
                .getResultStream().collect(Collectors.toMap(InfoTranslation::getLanguage, translation -> translation));
    }

    private List<InfoPage> siblings(Long parentId) {
        return em.createNamedQuery(InfoPage.ALL, InfoPage.class).getResultStream()
                .filter(page -> Objects.equals(page.getParentId(), parentId))
                .sorted(Comparator.comparingInt(InfoPage::getPosition).thenComparing(InfoPage::getId)).toList();
    }
}
