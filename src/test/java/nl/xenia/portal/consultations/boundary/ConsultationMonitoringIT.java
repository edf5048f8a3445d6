package nl.xenia.portal.consultations.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import nl.xenia.portal.consultations.entity.AnswerSet;
import nl.xenia.portal.consultations.entity.Consultation;
import nl.xenia.portal.consultations.entity.ConsultationSession;
import nl.xenia.portal.consultations.entity.SessionSignup;
import nl.xenia.portal.monitoring.boundary.FigureSection;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.testing.ConsultationFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MemberSession;
import nl.xenia.portal.testing.MovableClock;
import nl.xenia.portal.testing.Office;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sounding board's figures: consultations held (by their close), answer sets (at their consultation's close),
 * sessions held and attendance (by the session's start, of published consultations, once started), in the right time
 * columns and nothing from outside the period (consultations, sessions and sign-ups made in a transaction rolled back,
 * in 2023, when nothing else happened); a consultation past its closing time is closed first. Then a journey: two
 * members answer two consultations of the test's own on the member pages, staff close them, and this month's cells
 * and the channel grow by exactly that.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationMonitoringIT {

    private static final String ARCHIVE = "consultation-monitoring-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final long FIRST_MEMBER = 990_950L;
    private static final int YEAR = 2023;
    private static final List<Label> MEASURES = List.of(ConsultationMonitoring.HELD, ConsultationMonitoring.ANSWERS,
            ConsultationMonitoring.SESSIONS, ConsultationMonitoring.ATTENDANCE);

    /** Made and measured in the container (its statics). */
    private static final Map<String, Long> MADE = new ConcurrentHashMap<>();
    private static final Map<String, long[]> BEFORE = new ConcurrentHashMap<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    ConsultationEntities entities;

    @Inject
    ConsultationMonitoring monitoring;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void eachCountFallsInItsTimeColumnAndNothingFromOutsideThePeriod() throws Exception {
        transaction.begin();
        try {
            List<Long> members = members(3);
            // April: an anonymous consultation answered 3 times; a session of it with two who came and one who did not
            long april = closed(true, at(4, 1, 10), at(4, 20, 12), 3, members);
            session(april, at(4, 10, 19), members, 2);
            // May: under the pseudonym, answered twice; a session of a consultation never published (not counted)
            closed(false, at(5, 1, 10), at(5, 10, 12), 2, members);
            Consultation draft = new Consultation(false, at(5, 1, 10), at(5, 30, 10), Instant.now());
            entities.persist(draft);
            session(draft.getId(), at(5, 5, 19), members, 3);
            // June: past its closing time but not yet closed (answered once under the pseudonym), closed first; a
            // session on the last evening of the quarter, one came
            Consultation due = new Consultation(false, at(6, 1, 10), at(6, 15, 12), Instant.now());
            due.publish();
            entities.persist(due);
            entities.persist(new AnswerSet(due.getId(), members.get(0)));
            session(due.getId(), at(6, 30, 23), members, 1);
            // outside the second quarter: closed on the last evening of March and the first night of July
            long march = closed(false, at(3, 1, 10), at(3, 31, 23), 1, members);
            session(march, at(3, 15, 19), members, 1);
            closed(true, at(6, 20, 10), LocalDateTime.of(YEAR, 7, 1, 0, 30).atZone(Period.ZONE).toInstant(), 4,
                    members);
            // open in December, closing in January: its answers count in the next year
            Consultation december = new Consultation(false, at(12, 1, 10),
                    LocalDateTime.of(YEAR + 1, 1, 20, 12, 0).atZone(Period.ZONE).toInstant(), Instant.now());
            december.publish();
            entities.persist(december);
            entities.persist(new AnswerSet(december.getId(), members.get(1)));

            FigureSection quarter = monitoring.figures(Period.quarter(YEAR, 2));
            assertEquals("consultations", quarter.id(), "expected the section's id");
            assertEquals(400, quarter.order(), "expected the section after meetups");
            FigureTable table = table(quarter);
            assertEquals(Period.quarter(YEAR, 2).timeColumns(), table.columns(), "expected April, May and June");
            assertEquals(MEASURES, table.rows(), "expected held, answers, sessions and attendance");
            assertFalse(table.columnTotals(), "expected no column totals: the measures do not add up");
            assertArrayEquals(new long[]{1, 1, 1}, table.counts()[0],
                    "expected one consultation held each month (June's closed because its time was up)");
            assertArrayEquals(new long[]{3, 2, 1}, table.counts()[1],
                    "expected the answer sets at their consultation's close");
            assertArrayEquals(new long[]{1, 0, 1}, table.counts()[2],
                    "expected the sessions of published consultations by their start");
            assertArrayEquals(new long[]{2, 0, 1}, table.counts()[3], "expected the members who came");
            assertNotNull(quarter.channel(), "expected the answers as a contact channel");
            assertEquals("office.monitoring.channel.consultations", quarter.channel().labelKey(),
                    "expected the channel's name");
            assertArrayEquals(new long[]{3, 2, 1}, quarter.channel().perMonth(),
                    "expected the answer sets per month as the channel");

            FigureTable year = table(monitoring.figures(Period.year(YEAR)));
            assertArrayEquals(new long[]{1, 3, 1, 0}, year.counts()[0], "expected the held ones per quarter");
            assertArrayEquals(new long[]{1, 6, 4, 0}, year.counts()[1], "expected the answers per quarter");
            assertArrayEquals(new long[]{1, 2, 0, 0}, year.counts()[2], "expected the sessions per quarter");
            assertArrayEquals(new long[]{1, 3, 0, 0}, year.counts()[3], "expected the attendance per quarter");
            assertArrayEquals(new long[]{0, 0, 1, 3, 2, 1, 4, 0, 0, 0, 0, 0},
                    monitoring.figures(Period.year(YEAR)).channel().perMonth(), "expected the channel per month");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    @Order(2)
    void anOpenConsultationsAnswersAndASessionNotYetStartedAreNotCounted() throws Exception {
        transaction.begin();
        try {
            Instant now = MovableClock.INSTANCE.instant();
            Period period = Period.quarter(now.atZone(Period.ZONE).getYear(),
                    (now.atZone(Period.ZONE).getMonthValue() + 2) / 3);
            List<Long> members = members(1);
            Consultation consultation = new Consultation(false, now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(1)), now);
            consultation.publish();
            entities.persist(consultation);
            long[][] before = table(monitoring.figures(period)).counts();
            entities.persist(new AnswerSet(consultation.getId(), members.get(0)));
            ConsultationSession soon = new ConsultationSession(consultation.getId(), now.plus(Duration.ofMinutes(1)),
                    now.plus(Duration.ofHours(2)), false);
            ConsultationSession started = new ConsultationSession(consultation.getId(),
                    now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(2)), false);
            entities.persist(soon);
            entities.persist(started);
            for (ConsultationSession session : List.of(soon, started)) {
                SessionSignup signup = new SessionSignup(session.getId(), members.get(0));
                signup.attended(true);
                entities.persist(signup);
            }
            long[][] after = table(monitoring.figures(period)).counts();
            int column = period.timeColumn(now);
            assertEquals(before[0][column], after[0][column], "expected an open consultation not held");
            assertEquals(before[1][column], after[1][column], "expected its answer not counted before the close");
            assertEquals(before[2][column] + 1, after[2][column], "expected only the session that started held");
            assertEquals(before[3][column] + 1, after[3][column], "expected only its attendance counted");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    @Order(3)
    void twoConsultationsOfTheTestsOwn() throws Exception {
        BEFORE.putAll(thisMonth());
        MADE.put("named", fixtures.consultation(label("named"), false).id());
        MADE.put("anonymous", fixtures.consultation(label("anonymous"), true).id());
    }

    @Test
    @Order(4)
    @RunAsClient
    void twoMembersAnswerBoth() {
        for (int m = 0; m < 2; m++) {
            MemberSession member = MemberSession.joined(pseudonym(m));
            Document list = member.page("/en/members/consultations");
            for (String kind : List.of("named", "anonymous")) {
                String title = ConsultationFixtures.title(label(kind), "en");
                Element link = list.select("ul.consultations h2 a").stream().filter(a -> a.text().equals(title))
                        .findFirst().orElseThrow(() -> new AssertionError("expected " + title + " listed"));
                String id = link.attr("href").replaceAll(".*[?&]id=([0-9]+).*", "$1");
                Document page = member.page("/en/members/consultation?id=" + id);
                HttpResponse<String> sent = member.post("/en/members/consultation", answers(page, id));
                assertEquals(303, sent.statusCode(), "expected the answers taken: " + MemberSession.error(sent));
            }
        }
    }

    @Test
    @Order(5)
    void theirAnswersAreCountedAtTheClose() throws Exception {
        Map<String, long[]> open = thisMonth();
        assertArrayEquals(BEFORE.get("table"), open.get("table"),
                "expected nothing counted while the consultations are open");
        fixtures.close(MADE.get("named"));
        fixtures.close(MADE.get("anonymous"));
        Map<String, long[]> closed = thisMonth();
        long[] before = BEFORE.get("table");
        assertArrayEquals(new long[]{before[0] + 2, before[1] + 4, before[2], before[3]}, closed.get("table"),
                "expected two more held and four more answers this month, no session (it is next week)");
        assertEquals(BEFORE.get("channel")[0] + 4, closed.get("channel")[0],
                "expected four more sounding board answers in this month's channel");
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        MADE.values().forEach(fixtures::remove);
        for (int m = 0; m < 2; m++) {
            sql("DELETE FROM member WHERE pseudonym = '" + pseudonym(m) + "'");
        }
    }

    /** This month's column of the measures, and this month's channel, for this quarter (closing what is due). */
    private Map<String, long[]> thisMonth() {
        Instant now = MovableClock.INSTANCE.instant();
        YearMonth month = YearMonth.from(now.atZone(Period.ZONE));
        Period period = Period.quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
        FigureSection section = monitoring.figures(period);
        int column = period.timeColumn(month);
        long[] cells = new long[MEASURES.size()];
        for (int r = 0; r < cells.length; r++) {
            cells[r] = table(section).count(r, column);
        }
        return Map.of("table", cells, "channel",
                new long[]{section.channel().perMonth()[period.months().indexOf(month)]});
    }

    private static FigureTable table(FigureSection section) {
        assertEquals(1, section.tables().size(), "expected one table of measures");
        return section.tables().get(0);
    }

    /** A published consultation, closed, with {@code answers} answer sets (anonymous or by the first members). */
    private long closed(boolean anonymous, Instant opens, Instant closes, int answers, List<Long> members) {
        Consultation consultation = new Consultation(anonymous, opens, closes, opens);
        consultation.publish();
        consultation.close(Instant.now());
        entities.persist(consultation);
        for (int a = 0; a < answers; a++) {
            entities.persist(new AnswerSet(consultation.getId(), anonymous ? null : members.get(a % members.size())));
        }
        return consultation.getId();
    }

    /** A session of two hours, with every member signed up and the first {@code came} marked as come. */
    private void session(long consultationId, Instant start, List<Long> members, int came) {
        ConsultationSession session = new ConsultationSession(consultationId, start, start.plus(Duration.ofHours(2)),
                false);
        entities.persist(session);
        for (int m = 0; m < members.size(); m++) {
            SessionSignup signup = new SessionSignup(session.getId(), members.get(m));
            signup.attended(m < came);
            entities.persist(signup);
        }
    }

    private List<Long> members(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            long id = FIRST_MEMBER + m;
            String pseudonym = "it-monitoring-" + m;
            sql("INSERT INTO member (id, pseudonym, pseudonym_key, password_hash, language, joined_on) VALUES (" + id
                    + ", '" + pseudonym + "', '" + pseudonym + "', 'x', 'en', CURRENT_DATE)");
            ids.add(id);
        }
        return ids;
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(YEAR, month, day, hour, 0).atZone(Period.ZONE).toInstant();
    }

    private static String label(String kind) {
        return MARKER.substring(0, 8) + "-monitoring-" + kind;
    }

    private static String pseudonym(int m) {
        return "mon-" + MARKER.substring(0, 10) + "-" + m;
    }

    /** Every question answered: a text, the first option, 3 on the scale. */
    private static Map<String, String> answers(Document page, String id) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("action", "send");
        for (Element question : page.select("form.answers .question")) {
            String name = "q" + question.id().substring("question-".length());
            if (question.selectFirst("textarea") != null) {
                fields.put(name, "Fine as it is.");
            } else if (question.hasClass("scale")) {
                fields.put(name, "3");
            } else {
                fields.put(name, question.selectFirst("input").attr("value"));
            }
        }
        return fields;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
