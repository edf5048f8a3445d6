package nl.xenia.portal.appointments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Retention;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.MovableClock;
import nl.xenia.portal.testing.Office;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of {@link Appointments} apart from the race: the booking limit per client, the cap of open appointments
 * per code, a wrong earlier code counted as a wrong guess, one code for a question and appointments, the reminder in
 * the outbox (the day before at 10:00, postponed by a move, withdrawn by a cancellation), and retention: appointments
 * deleted 30 days after their end by the real retention job with the movable clock, each counted first and its waiting
 * reminder withdrawn. Data is committed and removed again by each test.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentRulesIT {

    private static final long STAFF_ID = 990_142L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("appointment-rules-it");
    }

    @Inject
    Appointments appointments;

    @Inject
    AppointmentDesk desk;

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    Questions questions;

    @Inject
    Receipts receipts;

    @Inject
    Retention retention;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private static byte[] staffKey;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void aStaffMemberOfTheTest() throws Exception {
        transaction.begin();
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, "appointment-rules-staff");
        transaction.commit();
    }

    @Test
    @Order(2)
    void aClientBooksOnlySoOftenAWhile() throws Exception {
        int perClient = ConfigProvider.getConfig()
                .getOptionalValue("xenia.appointments.limit.per-client", Integer.class).orElse(5);
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        try {
            List<Appointments.FreeTime> free = fixtures.freeTimes(offered, today().plusDays(1));
            Client client = client();
            for (int i = 0; i < perClient; i++) {
                assertNotNull(appointments.book(client, request(offered, free.get(i).start(), "", "")).code(),
                        "expected booking " + (i + 1) + " within the limit given");
            }
            AppointmentException limited = assertThrows(AppointmentException.class,
                    () -> appointments.book(client, request(offered, free.get(perClient).start(), "", "")));
            assertEquals(AppointmentException.Problem.LIMIT, limited.getProblem(), "expected the limit per client");
            assertNotNull(appointments.book(client(), request(offered, free.get(perClient).start(), "", "")).code(),
                    "expected another client still to book the same time");
            assertEquals(perClient + 1L, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?",
                    offered.serviceId()), "expected nothing stored of the refused booking");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(3)
    void aCodeHoldsAtMostThreeOpenAppointments() throws Exception {
        int cap = ConfigProvider.getConfig().getOptionalValue("xenia.appointments.open-per-code", Integer.class)
                .orElse(3);
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        try {
            List<Appointments.FreeTime> free = fixtures.freeTimes(offered, today().plusDays(1));
            Appointments.Booked first = appointments.book(client(), request(offered, free.get(0).start(), "", ""));
            String code = first.code();
            for (int i = 1; i < cap; i++) {
                Appointments.Booked joined = appointments.book(client(),
                        request(offered, free.get(i).start(), "", code));
                assertNull(joined.code(), "expected no new code for a booking that joins an earlier code");
            }
            AppointmentException tooMany = assertThrows(AppointmentException.class,
                    () -> appointments.book(client(), request(offered, free.get(cap).start(), "", code)));
            assertEquals(AppointmentException.Problem.TOO_MANY, tooMany.getProblem(),
                    "expected the cap of open appointments per code");
            assertEquals(cap, appointments.mine(client(), code, "en").orElseThrow().size(),
                    "expected the code to hold exactly the cap");

            appointments.cancel(client(), code, first.appointment().id());
            assertNull(appointments.book(client(), request(offered, free.get(cap).start(), "", code)).code(),
                    "expected a cancelled appointment not to count against the cap");
            assertEquals(cap, appointments.mine(client(), code, "en").orElseThrow().stream()
                    .filter(Appointments.Mine::open).count(), "expected the cap of open ones again");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(4)
    void aWrongEarlierCodeIsAWrongGuessUntilTheClientIsRefused() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        Duration moved = Duration.ZERO;
        try {
            Instant start = fixtures.firstFree(offered, today().plusDays(1)).start();
            String held = appointments.book(client(), request(offered, start, "", "")).code();
            Instant other = fixtures.freeTimes(offered, today().plusDays(1)).get(0).start();
            Client guesser = client();
            List<String> seen = new ArrayList<>();
            int wrong = 0;
            while (seen.size() < 60) {
                String unknown = receipts.issue().code(); // a well-formed code that nothing holds
                AppointmentException refused = assertThrows(AppointmentException.class,
                        () -> appointments.book(guesser, request(offered, other, "", unknown)));
                seen.add(refused.getProblem().name());
                if (refused.getProblem() == AppointmentException.Problem.CODE) {
                    wrong++;
                } else if (refused.getProblem() == AppointmentException.Problem.WAIT) {
                    MovableClock.INSTANCE.advance(Duration.ofSeconds(61)); // past the longest pause
                    moved = moved.plusSeconds(61);
                } else {
                    break;
                }
            }
            assertEquals(List.of("CODE", "CODE", "CODE", "WAIT"), seen.subList(0, 4),
                    "expected a pause after the third wrong code: " + seen);
            assertEquals("REFUSED", seen.get(seen.size() - 1), "expected the client refused in the end: " + seen);
            assertEquals(10, wrong, "expected ten wrong codes tried before the refusal: " + seen);
            AppointmentException stillRefused = assertThrows(AppointmentException.class,
                    () -> appointments.book(guesser, request(offered, other, "", held)));
            assertEquals(AppointmentException.Problem.REFUSED, stillRefused.getProblem(),
                    "expected even a right code refused while the client is refused");
            assertEquals(1, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?", offered.serviceId()),
                    "expected no booking made with a wrong code");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(5)
    void theCodeOfAQuestionTakesAnAppointmentAndOpensBoth() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        String code = questions.ask(client(), Topic.OTHER, "en", null, "A question before an appointment.", "",
                UUID.randomUUID().toString());
        try {
            assertEquals(List.of(), appointments.mine(client(), code, "en").orElseThrow(),
                    "expected a question's code to hold no appointment yet, and to be known");
            Instant start = fixtures.firstFree(offered, today().plusDays(1)).start();
            Appointments.Booked booked = appointments.book(client(), request(offered, start, "", code));
            assertNull(booked.code(), "expected no new code: the appointment joins the question's");
            assertEquals("A question before an appointment.",
                    questions.read(client(), code).orElseThrow().messages().get(0).text(),
                    "expected the code still to open the question");
            assertEquals(List.of(booked.appointment().id()), appointments.mine(client(), code, "en").orElseThrow()
                    .stream().map(Appointments.Mine::id).toList(), "expected the code to open the appointment");
            assertEquals(1, count("SELECT COUNT(*) FROM appointment a, question_thread t WHERE a.code_hash ="
                    + " t.code_hash AND a.service_id = ?", offered.serviceId()),
                    "expected the appointment under the question's code hash");
        } finally {
            String hash = receipts.open(code).orElseThrow().lookupHash();
            sql("DELETE FROM question_message WHERE thread_id IN (SELECT id FROM question_thread WHERE code_hash = '"
                    + hash + "')");
            sql("DELETE FROM question_thread WHERE code_hash = '" + hash + "'");
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(6)
    void theReminderWaitsForTheDayBeforeFollowsAMoveAndGoesWithACancellation() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, false);
        try {
            Instant start = fixtures.firstFree(offered, today().plusDays(3)).start();
            Appointments.Booked booked = appointments.book(client(),
                    request(offered, start, "reminder@example.invalid", ""));
            long id = booked.appointment().id();
            assertTrue(booked.appointment().reminder(), "expected a reminder for a booking with an address");
            long mail = reminderOf(id);
            assertEquals(dayBeforeAtTen(start), nextAttempt(mail), "expected the reminder the day before at 10:00");

            Instant later = fixtures.firstFree(offered, day(start).plusDays(2)).start();
            appointments.move(client(), booked.code(), id, later, "en");
            assertEquals(mail, reminderOf(id), "expected the same reminder kept");
            assertEquals(dayBeforeAtTen(later), nextAttempt(mail), "expected the reminder postponed with the move");

            appointments.cancel(client(), booked.code(), id);
            assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE id = ?", mail),
                    "expected the reminder withdrawn with the cancellation");
            assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE reminder_mail_id IS NOT NULL"
                    + " AND service_id = ?", offered.serviceId()), "expected the appointment to point at no mail");

            Appointments.Booked without = appointments.book(client(),
                    request(offered, fixtures.firstFree(offered, today().plusDays(3)).start(), "", ""));
            assertFalse(without.appointment().reminder(), "expected no reminder without an address");
        } finally {
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(7)
    void retentionDeletesAppointmentsAMonthAfterTheirEndAndKeepsCounts() throws Exception {
        AppointmentFixtures.Offered offered = fixtures.offered(1, false, true);
        Duration moved = Duration.ZERO;
        try {
            List<Appointments.FreeTime> soon = fixtures.freeTimes(offered, today().plusDays(2));
            Appointments.Booked cancelled = appointments.book(client(),
                    request(offered, soon.get(0).start(), "", ""));
            appointments.cancel(client(), cancelled.code(), cancelled.appointment().id());
            Appointments.Booked unmarked = appointments.book(client(), new Appointments.Request(offered.serviceId(),
                    offered.placeId(), soon.get(1).start(), "", "ro", "uk", "", "retention@example.invalid", "",
                    UUID.randomUUID().toString(), "ro"));
            long reminder = reminderOf(unmarked.appointment().id());
            Appointments.Booked missed = appointments.book(client(), request(offered, soon.get(2).start(), "", ""));
            Appointments.Booked kept = appointments.book(client(),
                    request(offered, fixtures.firstFree(offered, today().plusDays(20)).start(), "", ""));
            assertEquals(4, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?", offered.serviceId()));

            freeTheRetentionClaim();
            retention.runIfClaimed().orElseThrow();
            assertEquals(4, count("SELECT COUNT(*) FROM appointment WHERE service_id = ?", offered.serviceId()),
                    "expected nothing deleted before its time");

            Duration toMissed = Duration.between(MovableClock.INSTANCE.instant(), soon.get(2).end());
            MovableClock.INSTANCE.advance(toMissed);
            moved = moved.plus(toMissed);
            desk.mark(member(), missed.appointment().id(), false);

            Duration retained = ConfigProvider.getConfig()
                    .getOptionalValue("xenia.appointments.retention", Duration.class).orElse(Duration.ofDays(30));
            Duration past = retained.plusHours(1);
            MovableClock.INSTANCE.advance(past);
            moved = moved.plus(past);
            freeTheRetentionClaim();
            assertTrue(retention.runIfClaimed().orElseThrow() >= 3, "expected the round to delete at least ours");

            assertEquals(List.of(kept.appointment().id()), ids(offered), "expected only the later appointment kept");
            assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE id = ?", reminder),
                    "expected the waiting reminder withdrawn with its appointment");
            assertEquals(List.of(
                    month(soon.get(0)) + " OFFICE nl false CANCELLED_BY_PERSON",
                    month(soon.get(2)) + " OFFICE nl false NO_SHOW",
                    month(soon.get(1)) + " OFFICE ro true NOT_MARKED").stream().sorted().toList(), counts(offered),
                    "expected one count per deleted appointment: month, kind of place, language, interpreter, outcome");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            freeTheRetentionClaim();
            fixtures.remove(offered);
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        sql("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    // ---- helpers ----

    private static Client client() {
        return Client.of("appointment-rules-it-" + UUID.randomUUID());
    }

    private static Appointments.Request request(AppointmentFixtures.Offered offered, Instant start, String contact,
            String earlierCode) {
        return new Appointments.Request(offered.serviceId(), offered.placeId(), start, "", "nl", "", "", contact,
                earlierCode, UUID.randomUUID().toString(), "en");
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, "appointment-rules-staff", Set.of(Role.STAFF),
                keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }

    private static LocalDate today() {
        return MovableClock.INSTANCE.instant().atZone(Openings.ZONE).toLocalDate();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Openings.ZONE).toLocalDate();
    }

    private static String month(Appointments.FreeTime time) {
        return day(time.start()).toString().substring(0, 7);
    }

    private static Instant dayBeforeAtTen(Instant start) {
        return day(start).minusDays(1).atTime(LocalTime.of(10, 0)).atZone(Openings.ZONE).toInstant();
    }

    private long reminderOf(long appointment) throws SQLException {
        long mail = count("SELECT reminder_mail_id FROM appointment WHERE id = ?", appointment);
        assertTrue(mail > 0, "expected a reminder queued");
        return mail;
    }

    private Instant nextAttempt(long mail) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT next_attempt_at FROM mail_outbox WHERE id = ?")) {
            query.setLong(1, mail);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), "expected the reminder in the outbox");
                return result.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private List<Long> ids(AppointmentFixtures.Offered offered) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT id FROM appointment WHERE service_id = ? ORDER BY id")) {
            query.setLong(1, offered.serviceId());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<String> counts(AppointmentFixtures.Offered offered) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT year_month, place_kind, language,"
                        + " interpreter_wanted, outcome FROM appointment_count WHERE service_id = ?")) {
            query.setLong(1, offered.serviceId());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                            + result.getBoolean(4) + " " + result.getString(5));
                }
            }
        }
        return rows.stream().sorted().toList();
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }

    private void freeTheRetentionClaim() throws SQLException {
        sql("UPDATE job_claim SET claimed_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'"
                + " WHERE name = 'retention'");
    }
}
