package nl.xenia.portal.info.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.info.entity.InfoTranslation;
import nl.xenia.portal.info.entity.PageRead;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.MonitoringSource;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Tally;

/**
 * The information pages' part in monitoring: how often they were read in the period, per topic and language asked for,
 * and per language over the period's time columns. A page's reads count under its topic (the topic page itself, or
 * the topic it sits under now); reads of pages removed since count under a row of their own. Read from the daily
 * counts ({@code info_page_read}) only. Reading is not a contact with Xenia, so the pages are no contact channel.
 */
@ApplicationScoped
public class InfoMonitoring implements MonitoringSource {

    /** Where the information pages stand in a report. */
    static final int ORDER = 500;
    private static final String REMOVED = "office.monitoring.info.removed";
    private static final String TITLE_LANGUAGE = "nl";

    @PersistenceContext(unitName = "xenia")
    EntityManager em;

    @Inject
    Languages languages;

    @Override
    @Transactional
    public FigureSection figures(Period period) {
        List<InfoPage> pages = em.createNamedQuery(InfoPage.ALL, InfoPage.class).getResultList();
        Map<Long, InfoPage> byId = new HashMap<>();
        pages.forEach(page -> byId.put(page.getId(), page));
        Map<Long, Label> topics = topicLabels(pages);
        List<Label> rows = new ArrayList<>(topics.values());
        List<String> codes = new ArrayList<>(languages.codes());
        Map<Label, Map<String, Long>> byTopic = new LinkedHashMap<>();
        Tally byLanguage = new Tally(period, codes.stream().map(Label::language).toList());
        for (YearMonth month : period.months()) {
            for (Object[] row : em.createNamedQuery(PageRead.SUMS_BETWEEN, Object[].class)
                    .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                    .getResultList()) {
                long pageId = ((Number) row[0]).longValue();
                String language = (String) row[1];
                long reads = ((Number) row[2]).longValue();
                Long topic = topicOf(pageId, byId);
                Label label = topic == null ? Label.key(REMOVED) : topics.get(topic);
                if (!rows.contains(label)) {
                    rows.add(label);
                }
                if (!codes.contains(language)) {
                    codes.add(language);
                }
                byTopic.computeIfAbsent(label, l -> new HashMap<>()).merge(language, reads, Long::sum);
                byLanguage.add(Label.language(language), month, reads);
            }
        }
        long[][] counts = new long[rows.size()][codes.size()];
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Long> read = byTopic.getOrDefault(rows.get(r), Map.of());
            for (int c = 0; c < codes.size(); c++) {
                counts[r][c] = read.getOrDefault(codes.get(c), 0L);
            }
        }
        FigureTable topicByLanguage = new FigureTable("info-topic-language", "office.monitoring.info.topic",
                "office.monitoring.topic", rows, codes.stream().map(Label::language).toList(), counts, true, true,
                FigureTable.Chart.STACKED_BARS);
        return new FigureSection("info", "office.monitoring.info.title", ORDER,
                List.of(topicByLanguage, byLanguage.table("info-language", "office.monitoring.info.language",
                        "office.monitoring.language")),
                List.of(), null);
    }

    /** Each topic's row label, in staff's order: its Dutch title, else its slug; told apart when two are the same. */
    private Map<Long, Label> topicLabels(List<InfoPage> pages) {
        Map<Long, String> titles = new HashMap<>();
        for (Object[] row : em.createNamedQuery(InfoTranslation.TITLES_IN, Object[].class)
                .setParameter("language", TITLE_LANGUAGE).getResultList()) {
            titles.put((Long) row[0], (String) row[1]);
        }
        List<InfoPage> topics = pages.stream().filter(InfoPage::isTopic).toList();
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (InfoPage topic : topics) {
            if (!seen.add(titles.getOrDefault(topic.getId(), topic.getSlug()))) {
                twice.add(titles.getOrDefault(topic.getId(), topic.getSlug()));
            }
        }
        Map<Long, Label> labels = new LinkedHashMap<>();
        for (InfoPage topic : topics) {
            String title = titles.getOrDefault(topic.getId(), topic.getSlug());
            labels.put(topic.getId(), Label.text(twice.contains(title) ? title + " (" + topic.getSlug() + ")" : title));
        }
        return labels;
    }

    /** The topic a page sits under now (itself when it is one), or null when the page is gone. */
    private static Long topicOf(long pageId, Map<Long, InfoPage> byId) {
        InfoPage page = byId.get(pageId);
        for (int depth = 0; page != null && depth < byId.size(); depth++) {
            if (page.isTopic()) {
                return page.getId();
            }
            page = byId.get(page.getParentId());
        }
        return null;
    }
}
