package nl.xenia.portal.questions.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Statistic;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The questions' monitoring figures: counted in the right cells from the threads still held, the same once the
 * retention job has removed them and only their counts are left (a thread is never counted twice nor lost), months
 * outside the period left out, and the first answer's median and the share within the target (two working days). Each
 * test works on threads of its own in 2025 (every other thread and count removed in its transaction, which it rolls
 * back).
 */
@ExtendWith(ArquillianExtension.class)
class QuestionMonitoringIT {

    private static final long ACHTKARSPELEN = 1;
    private static final long AMELAND = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("question-monitoring-it");
    }

    @Inject
    QuestionMonitoring monitoring;

    @Inject
    QuestionRetention retention;

    @Inject
    UserTransaction transaction;

    @Inject
    PersistenceContext context;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    DataSource database;

    @BeforeEach
    void questionsOfTheTestsOwn() throws Exception {
        transaction.begin();
        sql("DELETE FROM question_message");
        sql("DELETE FROM question_thread");
        sql("DELETE FROM question_count");
        // Monday 3 March 2025, 10:00: due by the end of Wednesday 5 March
        thread(1, "ro", "HEALTH", ACHTKARSPELEN, at(2025, 3, 3, 10), at(2025, 3, 3, 12)); // 2 h, in time
        thread(2, "ro", "HEALTH", ACHTKARSPELEN, at(2025, 3, 3, 10), at(2025, 3, 10, 10)); // 7 days, late
        thread(3, "bg", "MONEY", AMELAND, at(2025, 2, 14, 9), at(2025, 2, 14, 13)); // 4 h, in time
        thread(4, "nl", "SAFETY", null, at(2025, 5, 20, 8), null); // never answered: late
        thread(5, "es", "OTHER", null, at(2024, 12, 31, 22), at(2025, 1, 2, 9)); // 2024: outside
        thread(6, "ro", "HEALTH", AMELAND, at(2025, 11, 4, 16), at(2025, 11, 5, 16)); // 24 h, in time
        context.clear();
    }

    @AfterEach
    void rollBack() throws Exception {
        transaction.rollback();
    }

    @Test
    void eachQuestionIsCountedOnceInItsCellsWhetherHeldOrRemoved() throws Exception {
        FigureSection held = monitoring.figures(Period.year(2025));
        assertYear(held, "held");

        assertEquals(6, retention.deleteExpired(Instant.parse("2026-11-01T00:00:00Z")),
                "expected the retention job to remove all six threads");
        context.clear();
        FigureSection counted = monitoring.figures(Period.year(2025));
        assertYear(counted, "counted after removal");
    }

    @Test
    void aQuarterHasItsMonthsAsColumns() {
        FigureSection first = monitoring.figures(Period.quarter(2025, 1));
        FigureTable byTopic = table(first, "questions-topic");
        assertEquals(List.of(Label.month(java.time.YearMonth.of(2025, 1)), Label.month(java.time.YearMonth.of(2025, 2)),
                Label.month(java.time.YearMonth.of(2025, 3))), byTopic.columns(), "expected the quarter's months");
        assertArrayEquals(new long[]{0, 0, 2}, row(byTopic, Label.key("Topic.HEALTH")), "expected March's two");
        assertArrayEquals(new long[]{0, 1, 0}, row(byTopic, Label.key("Topic.MONEY")), "expected February's one");
        assertArrayEquals(new long[]{0, 1, 2}, first.channel().perMonth(), "expected the channel per month");
    }

    private static void assertYear(FigureSection section, String how) {
        FigureTable byTopic = table(section, "questions-topic");
        assertEquals(List.of(Label.quarter(2025, 1), Label.quarter(2025, 2), Label.quarter(2025, 3),
                Label.quarter(2025, 4)), byTopic.columns(), "expected the year's quarters (" + how + ")");
        assertArrayEquals(new long[]{2, 0, 0, 1}, row(byTopic, Label.key("Topic.HEALTH")), how);
        assertArrayEquals(new long[]{1, 0, 0, 0}, row(byTopic, Label.key("Topic.MONEY")), how);
        assertArrayEquals(new long[]{0, 1, 0, 0}, row(byTopic, Label.key("Topic.SAFETY")), how);
        assertArrayEquals(new long[]{0, 0, 0, 0}, row(byTopic, Label.key("Topic.OTHER")),
                "expected the question of 2024 left out (" + how + ")");
        FigureTable byLanguage = table(section, "questions-language");
        assertArrayEquals(new long[]{2, 0, 0, 1}, row(byLanguage, Label.language("ro")), how);
        assertArrayEquals(new long[]{1, 0, 0, 0}, row(byLanguage, Label.language("bg")), how);
        assertArrayEquals(new long[]{0, 1, 0, 0}, row(byLanguage, Label.language("nl")), how);
        assertArrayEquals(new long[]{0, 0, 0, 0}, row(byLanguage, Label.language("es")), how);
        FigureTable byMunicipality = table(section, "questions-municipality");
        assertArrayEquals(new long[]{2, 0, 0, 0}, row(byMunicipality, Label.text("Achtkarspelen")), how);
        assertArrayEquals(new long[]{1, 0, 0, 1}, row(byMunicipality, Label.text("Ameland")), how);
        assertArrayEquals(new long[]{0, 1, 0, 0},
                row(byMunicipality, Label.key("office.monitoring.questions.municipality.none")), how);
        assertArrayEquals(new long[]{0, 1, 2, 0, 1, 0, 0, 0, 0, 0, 1, 0}, section.channel().perMonth(),
                "expected the channel month by month (" + how + ")");
        Statistic median = statistic(section, "questions-first-answer-median");
        assertEquals(4, median.basis(), "expected four answered questions (" + how + ")");
        assertEquals(14.0, median.value(), 1e-9, "expected the median of 2, 4, 24 and 168 hours (" + how + ")");
        Statistic inTime = statistic(section, "questions-answered-in-time");
        assertEquals(5, inTime.basis(), "expected five questions due (" + how + ")");
        assertEquals(60.0, inTime.value(), 1e-9, "expected three of five in time (" + how + ")");
    }

    private static FigureTable table(FigureSection section, String id) {
        return section.tables().stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("expected a table " + id));
    }

    private static long[] row(FigureTable table, Label label) {
        int index = table.rows().indexOf(label);
        if (index < 0) {
            throw new AssertionError("expected a row " + label + " in " + table.id() + ": " + table.rows());
        }
        return table.counts()[index];
    }

    private static Statistic statistic(FigureSection section, String id) {
        return section.statistics().stream().filter(statistic -> statistic.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("expected a statistic " + id));
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Period.ZONE).toInstant();
    }

    private void thread(long number, String language, String topic, Long municipality, Instant created,
            Instant firstAnswer) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO question_thread (id, code_hash,"
                        + " form_token_hash, topic, language, municipality_id, status, person_key_text,"
                        + " person_key_sealed, created_at, last_activity_at, first_answer_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)")) {
            insert.setLong(1, 971_000L + number);
            insert.setString(2, "monitoring-it-code-" + number);
            insert.setString(3, "monitoring-it-form-" + number);
            insert.setString(4, topic);
            insert.setString(5, language);
            insert.setObject(6, municipality);
            insert.setBytes(7, new byte[0]);
            insert.setBytes(8, new byte[0]);
            insert.setTimestamp(9, Timestamp.from(created));
            insert.setTimestamp(10, Timestamp.from(firstAnswer == null ? created : firstAnswer));
            insert.setTimestamp(11, firstAnswer == null ? null : Timestamp.from(firstAnswer));
            insert.executeUpdate();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
