package nl.xenia.portal.appointments.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.appointments.control.Openings;
import nl.xenia.portal.notification.boundary.OutboxSender;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AppointmentFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MovableClock;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * A canary booking: nickname, note and contact address are random markers, with an interpreter wish. The person
 * reads them back with the code; staff only through {@link AppointmentDesk#open}, which leaves an audit entry; staff
 * confirm (a mail without content), and the reminder goes out the day before (the movable clock, the outbox sender of
 * this archive) saying only that there is something new, with the inbox's link. Then none of the markers nor the code
 * is in a full database dump (which holds only the code's keyed hash), in any file the server wrote, or in any mail.
 * GreenMail runs in the server here (as in MailOutboxIT), on the port the server's mail goes to.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentCanaryIT {

    private static final long STAFF_ID = 990_141L;
    private static final String ARCHIVE = "appointment-canary-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String NICKNAME = "nick" + MARKER;
    private static final String NOTE = "note-" + MARKER + ": будь ласка, тихе місце.";
    private static final String ADDRESS = "mail" + MARKER + "@example.invalid";
    private static final String DETAILS = "Test street 1, ring twice";
    /** Where the server leaves the code for the client's file scan (outside the server's folder; deleted there). */
    private static final Path CODE_FILE = Path.of(System.getProperty("java.io.tmpdir"), ARCHIVE + "-" + MARKER);

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return Deployments.archive(ARCHIVE).addAsLibraries(jarOf(GreenMail.class), jarOf(LoggerFactory.class),
                jarOf(org.eclipse.angus.mail.imap.protocol.INTERNALDATE.class));
    }

    @Inject
    Appointments appointments;

    @Inject
    AppointmentDesk desk;

    @Inject
    AppointmentFixtures fixtures;

    @Inject
    Receipts receipts;

    @Inject
    OutboxSender sender;

    @Inject
    nl.xenia.portal.notification.boundary.OutboxProbe probe;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** Kept in the server between the steps. */
    private static byte[] staffKey;
    private static AppointmentFixtures.Offered offered;
    private static String code;
    private static Appointments.Mine booked;

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
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, "appointment-canary-staff");
        transaction.commit();
        offered = fixtures.offered(1, true, true);
    }

    @Test
    @Order(2)
    void bookedReadBackByThePersonOpenedByStaffOnlyWithAnAuditEntry() throws Exception {
        Instant start = fixtures.firstFree(offered,
                MovableClock.INSTANCE.instant().atZone(Openings.ZONE).toLocalDate().plusDays(3)).start();
        Appointments.Booked made = appointments.book(client(), new Appointments.Request(offered.serviceId(),
                offered.placeId(), start, NICKNAME, "bg", "uk", NOTE, ADDRESS, "", UUID.randomUUID().toString(),
                "bg"));
        code = made.code();
        assertNotNull(code, "expected a new code");
        Files.writeString(CODE_FILE, code, StandardCharsets.UTF_8);
        booked = made.appointment();

        Appointments.Mine mine = appointments.mine(client(), code, "bg").orElseThrow().get(0);
        assertEquals(List.of(NICKNAME, NOTE, "uk", DETAILS), List.of(mine.nickname(), mine.note(),
                mine.interpreterLanguage(), mine.details()), "expected the person to read it all back with the code");
        assertTrue(mine.reminder(), "expected a reminder waiting");

        String hash = receipts.open(code).orElseThrow().lookupHash();
        assertEquals(hash, text("SELECT code_hash FROM appointment WHERE id = ?", booked.id()),
                "expected the keyed hash of the code kept");
        assertNotEquals(code.replace("-", ""), hash, "expected a hash, not the code");

        String opening = "SELECT COUNT(*) FROM audit_entry WHERE action = 'SEALED_ITEM_OPENED' AND actor = ?"
                + " AND subject_type = 'appointment' AND subject_id = ?";
        assertEquals(0, count(opening, "appointment-canary-staff", String.valueOf(booked.id())),
                "expected no opening yet");
        assertTrue(desk.calendar(member(), start.minusSeconds(1), start.plusSeconds(1), null, offered.serviceId(),
                "en").stream().anyMatch(entry -> entry.id() == booked.id() && entry.interpreterWanted()),
                "expected the calendar to show the appointment (without content)");
        AppointmentDesk.Opened opened = desk.open(member(), booked.id(), "en").orElseThrow();
        assertEquals(List.of(NICKNAME, NOTE, "uk"), List.of(opened.nickname(), opened.note(),
                opened.interpreterLanguage()), "expected staff to read it with the organisation's key");
        assertTrue(opened.contact(), "expected staff to see that an address was left (not the address)");
        assertEquals(1, count(opening, "appointment-canary-staff", String.valueOf(booked.id())),
                "expected the opening in the audit log");
    }

    @Test
    @Order(3)
    void theMailsSayOnlyThatThereIsSomethingNew() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Duration moved = Duration.ZERO;
        try {
            desk.confirm(member(), booked.id()); // the portal's own sender delivers this one
            long confirmation = number("SELECT MAX(id) FROM mail_outbox");
            mailsTo(smtp, 1);
            // the portal's sender records it as sent: until then this archive's sender, whose clock runs days ahead,
            // would see the portal's claim as lapsed and send it again
            long until = System.currentTimeMillis() + 20_000;
            while (probe.state(confirmation).map(state -> state.sentAt() == null).orElse(false)) {
                assertTrue(System.currentTimeMillis() < until, "expected the confirmation's mail recorded as sent");
                Thread.sleep(100);
            }
            Instant remindAt = booked.start().atZone(Openings.ZONE).toLocalDate().minusDays(1)
                    .atTime(LocalTime.of(10, 0)).atZone(Openings.ZONE).toInstant();
            moved = Duration.between(MovableClock.INSTANCE.instant(), remindAt).minusMinutes(1);
            MovableClock.INSTANCE.advance(moved);
            sender.deliverDue(); // synchronous: a mail it sent is at the SMTP server when it returns
            assertEquals(1, mailsTo(smtp, 1).size(), "expected no reminder before 10:00 the day before");
            MovableClock.INSTANCE.advance(Duration.ofMinutes(2));
            moved = moved.plusMinutes(2);
            sender.deliverDue();
            List<MimeMessage> mails = mailsTo(smtp, 2);
            assertEquals(2, mails.size(), "expected the confirmation's mail and the reminder, nothing more");
            String time = booked.start().atZone(Openings.ZONE).format(DateTimeFormatter.ofPattern("H:mm"));
            for (MimeMessage mail : mails) {
                String whole = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
                // the marker itself is in the recipient's address, which the mail must name
                for (String secret : List.of(NICKNAME, NOTE, code, code.replace("-", ""))) {
                    assertFalse(whole.contains(secret), "expected no canary and no code in a mail: " + secret);
                }
                String read = mail.getSubject() + "\n" + mail.getContent();
                for (String fact : List.of("Test street", "Test talk", "Leeuwarden", time)) {
                    assertFalse(read.contains(fact), "expected nothing of the appointment in a mail: " + fact);
                }
                assertTrue(read.contains("/bg/inbox"), "expected the inbox's link in the reader's language: " + read);
            }
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            smtp.stop();
        }
    }

    @Test
    @Order(4)
    void noneOfItIsInAFullDatabaseDump() throws Exception {
        byte[] dump = Leaks.fullDump(database);
        assertTrue(Leaks.contains(dump, DETAILS), "expected the dump to see the tables (the place's details)");
        assertTrue(Leaks.contains(dump, receipts.open(code).orElseThrow().lookupHash()),
                "expected the dump to hold the code's keyed hash");
        for (String secret : List.of(NICKNAME, NOTE, ADDRESS, MARKER, code, code.replace("-", ""))) {
            assertFalse(Leaks.contains(dump, secret), "expected none of the canary in the dump: " + secret);
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void noneOfItIsInAnyFileTheServerWrote() throws Exception {
        String theCode = Files.readString(CODE_FILE, StandardCharsets.UTF_8).strip();
        Files.delete(CODE_FILE);
        Path serverDir = Portal.serverDir();
        assertTrue(Files.isDirectory(serverDir.resolve("logs")), "expected the test server's directory");
        for (String secret : List.of(NICKNAME, NOTE, ADDRESS, theCode, theCode.replace("-", ""))) {
            assertEquals(List.of(), Leaks.filesContaining(serverDir, secret),
                    "expected the canary and its code in no file the server wrote");
        }
        Path h2 = serverDir.resolve("data/xenia.mv.db");
        if (Files.exists(h2)) { // the scan sees the embedded database's bytes: the place's details are there in plain
            assertFalse(Leaks.filesContaining(h2, DETAILS).isEmpty(), "expected the scan to see the H2 file");
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        Files.deleteIfExists(CODE_FILE);
        if (offered != null) {
            fixtures.remove(offered);
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        }
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    // ---- helpers ----

    private static Client client() {
        return Client.of("appointment-canary-it-" + UUID.randomUUID());
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, "appointment-canary-staff", Set.of(Role.STAFF),
                keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }

    /** Waits (up to 40 s) for at least n mails to the canary address; returns them, oldest first. */
    private static List<MimeMessage> mailsTo(GreenMail smtp, int n) throws Exception {
        long until = System.currentTimeMillis() + 40_000;
        while (true) {
            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(AppointmentCanaryIT::toCanary)
                    .toList();
            if (mails.size() >= n) {
                return mails;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("expected " + n + " mails to the canary address within 40 s, got "
                        + mails.size());
            }
            Thread.sleep(250);
        }
    }

    private static boolean toCanary(MimeMessage mail) {
        try {
            return ADDRESS.equals(mail.getAllRecipients()[0].toString());
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String text(String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private long number(String sql) throws SQLException {
        return count(sql);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
