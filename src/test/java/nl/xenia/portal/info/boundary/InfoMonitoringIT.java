package nl.xenia.portal.info.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.info.entity.InfoTranslation;
import nl.xenia.portal.info.entity.PageRead;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The information pages' figures from the daily counts: a page's reads under its topic (named by its Dutch title, or
 * its slug without one), per language asked for and per language over the period's months or quarters, a removed
 * page's reads kept under a row of their own, nothing from outside the period, no contact channel. Pages and counts
 * are made in a transaction rolled back, in 2023, when nobody read anything.
 */
@ExtendWith(ArquillianExtension.class)
class InfoMonitoringIT {

    private static final String ARCHIVE = "info-monitoring-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final int YEAR = 2023;
    private static final Label REMOVED = Label.key("office.monitoring.info.removed");

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    InfoEntities entities;

    @Inject
    InfoMonitoring monitoring;

    @Inject
    UserTransaction transaction;

    @Test
    void readsCountUnderTheirTopicAndLanguageInThePeriodOnly() throws Exception {
        transaction.begin();
        try {
            String dutchTitle = "Gezondheid " + MARKER.substring(0, 8);
            InfoPage health = page("health-" + MARKER.substring(0, 8), null);
            title(health, "nl", dutchTitle);
            title(health, "en", "Health " + MARKER.substring(0, 8));
            InfoPage prep = page("prep-" + MARKER.substring(0, 8), health.getId());
            title(prep, "nl", "PrEP " + MARKER.substring(0, 8));
            InfoPage untitled = page("money-" + MARKER.substring(0, 8), null);
            title(untitled, "en", "Money " + MARKER.substring(0, 8));
            InfoPage removed = page("gone-" + MARKER.substring(0, 8), health.getId());

            // the second quarter: April, May, June
            read(4, 1, health, "nl", 5);
            read(4, 30, prep, "nl", 2);
            read(5, 15, prep, "ro", 7);
            read(6, 30, health, "ro", 1);
            read(6, 30, health, "fy", 3); // a language no longer in the portal's list still counts
            read(5, 2, untitled, "bg", 4);
            read(5, 3, removed, "es", 6);
            // outside it
            read(3, 31, health, "nl", 100);
            read(7, 1, prep, "nl", 200);
            read(1, 1, untitled, "en", 300);
            // a page read can be removed; its reads stay
            assertEquals(1, entities.sql("DELETE FROM info_page WHERE id = ?1", removed.getId()),
                    "expected a page that was read removable");
            entities.clear();

            FigureSection quarter = monitoring.figures(Period.quarter(YEAR, 2));
            assertEquals("info", quarter.id(), "expected the section's id");
            assertEquals(500, quarter.order(), "expected the information pages after the consultations");
            assertNull(quarter.channel(), "expected reading not to be a contact channel");
            FigureTable topics = quarter.tables().get(0);
            assertEquals("info-topic-language", topics.id());
            assertTrue(topics.rowTotals() && topics.columnTotals(), "expected a topic's reads and a language's to"
                    + " add up");
            List<Label> columns = topics.columns();
            assertEquals(List.of("nl", "en", "ro", "bg", "es", "fy"),
                    columns.stream().map(Label::value).toList(), "expected the portal's languages, then others read");
            assertArrayEquals(new long[]{7, 0, 8, 0, 0, 3}, row(topics, Label.text(dutchTitle)),
                    "expected the topic's own reads and its page's, per language, April to June only");
            assertArrayEquals(new long[]{0, 0, 0, 4, 0, 0}, row(topics, Label.text(untitled.getSlug())),
                    "expected a topic without a Dutch title named by its slug");
            assertArrayEquals(new long[]{0, 0, 0, 0, 6, 0}, row(topics, REMOVED),
                    "expected the reads of a page removed since under a row of their own");
            assertTrue(topics.rows().indexOf(REMOVED) == topics.rows().size() - 1,
                    "expected the removed pages after the topics");

            FigureTable languages = quarter.tables().get(1);
            assertEquals("info-language", languages.id());
            assertEquals(Period.quarter(YEAR, 2).timeColumns(), languages.columns(), "expected the quarter's months");
            assertArrayEquals(new long[]{7, 0, 0}, row(languages, Label.language("nl")), "expected Dutch by month");
            assertArrayEquals(new long[]{0, 7, 1}, row(languages, Label.language("ro")),
                    "expected Romanian by month");
            assertArrayEquals(new long[]{0, 4, 0}, row(languages, Label.language("bg")),
                    "expected Bulgarian by month");
            assertArrayEquals(new long[]{0, 6, 0}, row(languages, Label.language("es")), "expected Spanish by month");
            assertArrayEquals(new long[]{0, 0, 3}, row(languages, Label.language("fy")), "expected Frisian by month");
            assertArrayEquals(new long[]{0, 0, 0}, row(languages, Label.language("en")),
                    "expected English listed though nothing was read in it");

            FigureSection year = monitoring.figures(Period.year(YEAR));
            assertArrayEquals(new long[]{100, 7, 200, 0}, row(year.tables().get(1), Label.language("nl")),
                    "expected Dutch per quarter over the year");
            assertArrayEquals(new long[]{300, 0, 0, 0}, row(year.tables().get(1), Label.language("en")),
                    "expected English per quarter over the year");
            assertArrayEquals(new long[]{5 + 2 + 100 + 200, 0, 8, 0, 0, 3},
                    row(year.tables().get(0), Label.text(dutchTitle)),
                    "expected the topic's reads over the year, July's page read under it too");
        } finally {
            transaction.rollback();
        }
    }

    private InfoPage page(String slug, Long parent) {
        InfoPage page = new InfoPage(slug, parent, 900, null, InfoPage.Kind.TEXT, Instant.now());
        return entities.persist(page);
    }

    private void title(InfoPage page, String language, String title) {
        InfoTranslation translation = new InfoTranslation(page.getId(), language);
        translation.edit(title, "Body.", null, InfoTranslation.Status.DRAFT, null, "info-monitoring-it",
                Instant.now());
        entities.persist(translation);
    }

    private void read(int month, int day, InfoPage page, String language, long reads) {
        entities.persist(new PageRead(LocalDate.of(YEAR, month, day), page.getId(), language, reads));
    }

    private static long[] row(FigureTable table, Label label) {
        int index = table.rows().indexOf(label);
        assertTrue(index >= 0, "expected a row " + label + " in " + table.id() + ": " + table.rows());
        return table.counts()[index];
    }
}
