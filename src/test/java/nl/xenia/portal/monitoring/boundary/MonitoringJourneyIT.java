package nl.xenia.portal.monitoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.consultations.boundary.Answers;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.meetups.boundary.Meetups;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Cell;
import nl.xenia.portal.monitoring.boundary.PublishedTable.Shown;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.ConsultationFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.FigureDeltas;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
import nl.xenia.portal.testing.Office;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey across components: a person asks two questions, books an appointment, says they come to a
 * meetup, and a member answers a consultation; each shows up once in the right cells of the year's raw figures (and
 * nowhere else in the channels), and the published report agrees with the raw figures cell by cell: a count below 5
 * is "&lt; 5", a shown count is the true one, a hidden one ("×") is 5 or more and carries no value. All in one
 * transaction the test rolls back (the appointment's service is committed by its fixture and removed at the end).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Disabled("written at the end of the eleventh session and not yet run: run it, fix it, remove this")
class MonitoringJourneyIT {

    private static final String ARCHIVE = "monitoring-journey-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final long MEMBER = 990_900L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    Monitoring monitoring;

    @Inject
    Questions questions;

    @Inject
    Appointments appointments;

    @Inject
    Meetups meetups;

    @Inject
    Consultations consultations;

    @Inject
    AppointmentFixtures appointmentFixtures;

    @Inject
    MeetupFixtures meetupFixtures;

    @Inject
    ConsultationFixtures consultationFixtures;

    @Inject
    UserTransaction transaction;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void whatAJourneyCreatedAppearsInItsCellsAndIsPublishedSuppressed() throws Exception {
        AppointmentFixtures.Offered offered = appointmentFixtures.offered(1, false, false);
        transaction.begin();
        try {
            Instant now = clock.instant();
            Period year = Period.year(now.atZone(Period.ZONE).getYear());
            Appointments.FreeTime free = appointmentFixtures.firstFree(offered);
            MeetupFixtures.Made meetup = meetupFixtures.meetup(MARKER.substring(0, 12), 10, false, "Street 1");
            ConsultationFixtures.Made consultation = consultationFixtures.consultation(MARKER.substring(0, 12), false);
            Map<String, FigureSection> before = bySection(monitoring.collect(year));

            for (int i = 0; i < 2; i++) {
                questions.ask(client(), Topic.LEAVING, "es", 2L, "A question " + i + " " + MARKER, "",
                        UUID.randomUUID().toString());
            }
            appointments.book(client(), new Appointments.Request(offered.serviceId(), offered.placeId(), free.start(),
                    "", "es", "", "", "", "", UUID.randomUUID().toString(), "es"));
            meetups.rsvp(client(), new Meetups.Request(meetup.id(), "", "", "", UUID.randomUUID().toString(), "es"));
            SignedInMember member = member();
            consultations.send(member, consultation.id(), answers(consultation));
            consultationFixtures.close(consultation.id());
            Map<String, FigureSection> after = bySection(monitoring.collect(year));

            int thisMonth = year.months().indexOf(YearMonth.from(now.atZone(Period.ZONE)));
            assertEquals(only(year, thisMonth, 2),
                    FigureDeltas.channel(before.get("questions"), after.get("questions")),
                    "expected the two questions in this month's questions channel");
            assertEquals(only(year, year.months().indexOf(YearMonth.from(free.start().atZone(Period.ZONE))), 1),
                    FigureDeltas.channel(before.get("appointments"), after.get("appointments")),
                    "expected the appointment in its month");
            assertEquals(1, FigureDeltas.channel(before.get("meetups"), after.get("meetups")).stream()
                    .mapToLong(Long::longValue).sum(), "expected the RSVP once in the meetups channel");
            assertEquals(only(year, thisMonth, 1),
                    FigureDeltas.channel(before.get("consultations"), after.get("consultations")),
                    "expected the consultation's answer in this month");
            int quarter = year.timeColumn(now);
            assertEquals(Map.of("Topic.LEAVING", only(4, quarter, 2)),
                    FigureDeltas.changed(before.get("questions"), after.get("questions"), "questions-topic"),
                    "expected the questions under their topic in this quarter, and nothing else changed");
            assertEquals(Map.of("es", only(4, quarter, 2)),
                    FigureDeltas.changed(before.get("questions"), after.get("questions"), "questions-language"),
                    "expected the questions under Spanish");
            assertEquals(Map.of("Ameland", only(4, quarter, 2)),
                    FigureDeltas.changed(before.get("questions"), after.get("questions"), "questions-municipality"),
                    "expected the questions under their municipality");

            Report report = Monitoring.publish(year, new ArrayList<>(after.values()));
            int tables = 0;
            for (Report.Section section : report.sections()) {
                FigureSection raw = section.id().equals("channels")
                        ? nl.xenia.portal.monitoring.control.ChannelOverview.of(year,
                                new ArrayList<>(after.values()))
                        : after.get(section.id());
                for (PublishedTable published : section.tables()) {
                    agrees(FigureDeltas.table(raw, published.id()), published);
                    tables++;
                }
            }
            assertTrue(tables >= 15, "expected every component's tables in the report: " + tables);
            PublishedTable topics = report.sections().stream().filter(s -> s.id().equals("questions")).findFirst()
                    .orElseThrow().tables().stream().filter(t -> t.id().equals("questions-topic")).findFirst()
                    .orElseThrow();
            FigureTable rawTopics = FigureDeltas.table(after.get("questions"), "questions-topic");
            int leaving = rawTopics.rows().indexOf(Label.key("Topic.LEAVING"));
            if (rawTopics.count(leaving, quarter) < 5) {
                assertEquals(Shown.BELOW_FIVE, topics.cells().get(leaving).get(quarter).shown(),
                        "expected the journey's few questions shown as < 5");
            }
        } finally {
            transaction.rollback();
            appointmentFixtures.remove(offered);
        }
    }

    /** Every published cell and total agrees with the raw table: < 5 exactly below 5, shown ones true, × 5 or more. */
    private static void agrees(FigureTable raw, PublishedTable published) {
        long[][] counts = raw.counts();
        long grand = 0;
        long[] columns = new long[raw.columns().size()];
        for (int r = 0; r < counts.length; r++) {
            long row = 0;
            for (int c = 0; c < columns.length; c++) {
                agrees(counts[r][c], published.cells().get(r).get(c), raw.id() + " cell " + r + "," + c);
                row += counts[r][c];
                columns[c] += counts[r][c];
            }
            grand += row;
            if (published.hasRowTotals()) {
                agrees(row, published.rowTotals().get(r), raw.id() + " row total " + r);
            }
        }
        if (published.hasColumnTotals()) {
            for (int c = 0; c < columns.length; c++) {
                agrees(columns[c], published.columnTotals().get(c), raw.id() + " column total " + c);
            }
        }
        if (published.grandTotal() != null) {
            agrees(grand, published.grandTotal(), raw.id() + " grand total");
        } else {
            assertTrue(!published.hasRowTotals() || !published.hasColumnTotals(),
                    "expected a grand total with both kinds of totals in " + raw.id());
        }
    }

    private static void agrees(long raw, Cell cell, String where) {
        switch (cell.shown()) {
            case VALUE -> assertEquals(raw, cell.value().longValue(), "expected the true count in " + where);
            case BELOW_FIVE -> assertTrue(raw < 5, "expected < 5 only below 5 in " + where + ", was " + raw);
            case HIDDEN -> assertTrue(raw >= 5, "expected × only for 5 or more in " + where + ", was " + raw);
        }
        if (cell.shown() != Shown.VALUE) {
            assertNull(cell.value(), "expected no value in a hidden cell in " + where);
        }
        assertTrue(raw >= 5 || cell.shown() == Shown.BELOW_FIVE, "expected " + where + " (" + raw + ") as < 5");
    }

    private static List<Long> only(Period period, int month, long count) {
        return only(period.months().size(), month, count);
    }

    private static List<Long> only(int size, int index, long count) {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(i == index ? count : 0L);
        }
        return values;
    }

    private static Map<String, FigureSection> bySection(List<FigureSection> sections) {
        Map<String, FigureSection> byId = new LinkedHashMap<>();
        sections.forEach(section -> byId.put(section.id(), section));
        for (String id : List.of("questions", "appointments", "meetups", "consultations", "info")) {
            assertTrue(byId.containsKey(id), "expected the " + id + " section among " + byId.keySet());
        }
        return byId;
    }

    private static Client client() {
        return Client.of(ARCHIVE + "-" + UUID.randomUUID());
    }

    private SignedInMember member() throws SQLException {
        String pseudonym = "journey-" + MARKER.substring(0, 10);
        sql("INSERT INTO member (id, pseudonym, pseudonym_key, password_hash, language, joined_on) VALUES (" + MEMBER
                + ", '" + pseudonym + "', '" + pseudonym + "', 'x', 'en', CURRENT_DATE)");
        return new SignedInMember(MEMBER, pseudonym, "en");
    }

    /** Every required question answered: a text, the first option, 3 on the scale. */
    private Answers answers(ConsultationFixtures.Made consultation) throws SQLException {
        Map<Long, Answers.Answer> given = new LinkedHashMap<>();
        given.put(consultation.question(QuestionKind.OPEN), new Answers.Answer(Set.of(), null, "An answer " + MARKER));
        long one = consultation.question(QuestionKind.ONE);
        given.put(one, new Answers.Answer(Set.of(firstOption(one)), null, null));
        given.put(consultation.question(QuestionKind.SCALE), new Answers.Answer(Set.of(), 3, null));
        return new Answers(given);
    }

    private long firstOption(long question) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement query = connection.createStatement();
                ResultSet option = query.executeQuery(
                        "SELECT id FROM consultation_option WHERE question_id = " + question + " ORDER BY position")) {
            if (!option.next()) {
                throw new AssertionError("expected an option of question " + question);
            }
            return option.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
