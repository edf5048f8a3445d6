package nl.xenia.portal.meetups.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.meetups.entity.HostKind;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.InstallationKeys;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.control.KeyedHash;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
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
 * A canary meetup and a canary RSVP: the exact address staff plan, and the nickname and contact address of a person
 * who waits, is promoted when a place is freed, and is told of a move. The person reads nickname and address back with
 * the code, staff the nickname and the address in their session (the opening in the audit log), and the contact gets
 * its mails: so the canaries are there to find. Then none of them, nor the code, is in a full database dump (H2's
 * SCRIPT, or pg_dump), in any file the server wrote, or in any mail, which says only that there is something new. The
 * address is bound to its row (copied to another meetup's row it does not open) and needs the installation's receipt
 * key, which is not in the database: a copy of the database with any other key opens nothing. GreenMail runs in the
 * server here (as in AppointmentCanaryIT), on the port the server's mail goes to.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupCanaryIT {

    private static final long STAFF_ID = 990_153L;
    private static final String STAFF_NAME = "meetup-canary-staff";
    private static final String ARCHIVE = "meetup-canary-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String NICKNAME = "nick" + MARKER;
    private static final String CONTACT = "mail" + MARKER + "@example.invalid";
    private static final String ADDRESS = "addr" + MARKER + ", Canary street 7, ring twice";
    private static final String AREA = "Canary area, city centre";
    private static final String TITLE = "Canary coffee morning";
    /** Where the server leaves the code for the client's file scan (outside the server's folder; deleted there). */
    private static final Path CODE_FILE = Path.of(System.getProperty("java.io.tmpdir"), ARCHIVE + "-" + MARKER);

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return Deployments.archive(ARCHIVE).addAsLibraries(jarOf(GreenMail.class), jarOf(LoggerFactory.class),
                jarOf(org.eclipse.angus.mail.imap.protocol.INTERNALDATE.class));
    }

    @Inject
    Meetups meetups;

    @Inject
    MeetupPlanning planning;

    @Inject
    MeetupFixtures fixtures;

    @Inject
    Receipts receipts;

    @Inject
    InstallationKeys installationKeys;

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
    private static long meetupId;
    private static long reasonId;
    private static String code;
    private static GreenMail smtp;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void staffPlanTheCanaryMeetup() throws Exception {
        transaction.begin();
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, STAFF_NAME);
        transaction.commit();
        LocalDateTime start = MovableClock.INSTANCE.instant().atZone(Languages.LOCAL_TIME).toLocalDate().plusDays(6)
                .atTime(10, 0);
        meetupId = planning.plan(member(), new MeetupPlanning.Plan(
                Map.of("bg", new MeetupPlanning.Text(TITLE, "Coffee and talk.")), HostKind.PEER, "Peer host",
                List.of("bg"), AREA, false, ADDRESS, 1, true, start, start.plusHours(2)), null).ids().get(0);
        reasonId = fixtures.reason("canary");
    }

    @Test
    @Order(2)
    void thePersonReadsItBackWithTheCodeAndStaffInTheirSessionOnly() throws Exception {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Meetups.Joined first = meetups.rsvp(client(), request("", ""));
        Meetups.Joined canary = meetups.rsvp(client(), request(NICKNAME, CONTACT));
        code = canary.code();
        assertNotNull(code, "expected a new code");
        Files.writeString(CODE_FILE, code, StandardCharsets.UTF_8);
        assertTrue(canary.rsvp().isWaiting(), "expected the canary waiting");
        meetups.leave(client(), first.code(), first.rsvp().id());

        Meetups.Mine mine = meetups.mine(client(), code, "bg").orElseThrow().get(0);
        assertTrue(mine.isComing(), "expected the canary promoted");
        assertEquals(List.of(NICKNAME, ADDRESS), List.of(mine.nickname(), mine.address()),
                "expected the person to read nickname and address with the code");
        assertTrue(mine.mail(), "expected the person to see that an address was left");

        String opening = "SELECT COUNT(*) FROM audit_entry WHERE action = 'SEALED_ITEM_OPENED' AND actor = '"
                + STAFF_NAME + "' AND subject_type = 'meetup' AND subject_id = '" + meetupId + "'";
        assertEquals(0, count(opening), "expected no opening yet");
        assertEquals(List.of(NICKNAME), planning.attendees(member(), meetupId).stream()
                .map(MeetupPlanning.Attendee::nickname).toList(), "expected staff to read the nickname");
        assertEquals(1, count(opening), "expected the opening in the audit log");
        assertEquals(ADDRESS, planning.detail(member(), meetupId, "en").orElseThrow().plan().address(),
                "expected staff to read the address");

        MeetupPlanning.Plan plan = planning.detail(member(), meetupId, "en").orElseThrow().plan();
        planning.change(member(), meetupId, new MeetupPlanning.Plan(plan.texts(), plan.hostKind(), plan.hostName(),
                plan.languages(), plan.area(), plan.online(), plan.address(), plan.capacity(), plan.waitingList(),
                plan.start().plusHours(1), plan.end().plusHours(1)), MeetupPlanning.Scope.ONE, reasonId);
    }

    @Test
    @Order(3)
    void theMailsSayOnlyThatThereIsSomethingNew() throws Exception {
        try {
            List<MimeMessage> mails = mailsToCanary(2);
            assertEquals(2, mails.size(), "expected the promotion's mail and the move's, nothing more");
            for (MimeMessage mail : mails) {
                String whole = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
                String read = mail.getSubject() + "\n" + mail.getContent(); // decoded: a body may be base64
                for (String secret : List.of(NICKNAME, ADDRESS, "addr" + MARKER, code, code.replace("-", ""))) {
                    assertFalse(whole.contains(secret) || read.contains(secret),
                            "expected no canary and no code in a mail: " + secret);
                }
                // the marker is in the recipient's address, which the mail must name: the body must not
                assertFalse(read.contains(MARKER), "expected the contact address not in the mail's text");
                for (String fact : List.of(TITLE, AREA, "Canary", "Peer host", "10:00", "11:00")) {
                    assertFalse(read.contains(fact), "expected nothing of the meetup in a mail: " + fact);
                }
                assertTrue(read.contains("/bg/inbox"), "expected the inbox's link in the RSVP's language: " + read);
            }
        } finally {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    @Order(4)
    void noneOfItIsInAFullDatabaseDumpNorTheKeyThatOpensTheAddress() throws Exception {
        byte[] dump = Leaks.fullDump(database);
        assertTrue(Leaks.contains(dump, AREA), "expected the dump to see the tables (the public area)");
        assertTrue(Leaks.contains(dump, receipts.open(code).orElseThrow().lookupHash()),
                "expected the dump to hold the code's keyed hash");
        for (String secret : List.of(NICKNAME, CONTACT, ADDRESS, MARKER, code, code.replace("-", ""))) {
            assertFalse(Leaks.contains(dump, secret), "expected none of the canary in the dump: " + secret);
        }
        byte[] receiptKey = installationKeys.receiptLookupKey();
        byte[] addressKey = installationKeys.derivedKey("meetup-address");
        for (byte[] key : List.of(receiptKey, addressKey)) {
            for (String form : List.of(HexFormat.of().formatHex(key), HexFormat.of().withUpperCase().formatHex(key),
                    Base64.getEncoder().encodeToString(key))) {
                assertFalse(Leaks.contains(dump, form), "expected neither the receipt key nor the address key in"
                        + " the dump (in hex or base64)");
            }
        }
    }

    @Test
    @Order(5)
    void anAddressCopiedToAnotherMeetupsRowDoesNotOpen() throws Exception {
        MeetupFixtures.Made other = fixtures.meetup(Leaks.marker(), 3, false, "Test street 1, ring twice");
        try {
            transaction.begin();
            try {
                sql("UPDATE meetup SET address = (SELECT address FROM meetup WHERE id = " + meetupId + ") WHERE id = "
                        + other.id());
                IllegalStateException refused = assertThrows(IllegalStateException.class,
                        () -> planning.detail(member(), other.id(), "en"),
                        "expected the canary's address not to open on another meetup's row");
                assertFalse(String.valueOf(refused.getMessage()).contains(MARKER), "expected no address in the error");
            } finally {
                transaction.rollback();
            }
            assertEquals("Test street 1, ring twice",
                    planning.detail(member(), other.id(), "en").orElseThrow().plan().address(),
                    "expected the other meetup's own address to open once the copy is rolled back");
            assertEquals(ADDRESS, planning.detail(member(), meetupId, "en").orElseThrow().plan().address(),
                    "expected the canary's address still to open on its own row");
        } finally {
            fixtures.remove(other.id());
        }
    }

    @Test
    @Order(6)
    void aCopyOfTheDatabaseWithoutTheReceiptKeyOpensNoAddress() throws Exception {
        byte[] stored = bytes("SELECT address FROM meetup WHERE id = " + meetupId);
        String context = "meetup-address:" + meetupId;
        assertEquals(ADDRESS, secrets.unprotect(stored, installationKeys.derivedKey("meetup-address"), context)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null),
                "expected the stored address to open with the key derived from the installation's receipt key");
        assertEquals(0, count("SELECT COUNT(*) FROM installation_key WHERE name = 'receipt-lookup'"),
                "expected the receipt key kept outside the database (configured), not in it");
        List<byte[]> guesses = new ArrayList<>();
        guesses.add(KeyedHash.of(Sealing.newKey(), "xenia derived key: meetup-address")); // another installation's
        guesses.add(Sealing.newKey());
        guesses.add(new byte[32]);
        guesses.add(KeyedHash.of(new byte[32], "xenia derived key: meetup-address"));
        for (byte[] key : guesses) {
            assertTrue(secrets.unprotect(stored, key, context).isEmpty(),
                    "expected no other key to open the stored address");
        }
        assertFalse(Leaks.contains(stored, "addr" + MARKER), "expected the stored bytes not to hold the address");
    }

    @Test
    @Order(7)
    @RunAsClient
    void noneOfItIsInAnyFileTheServerWrote() throws Exception {
        String theCode = Files.readString(CODE_FILE, StandardCharsets.UTF_8).strip();
        Files.delete(CODE_FILE);
        Path serverDir = Portal.serverDir();
        assertTrue(Files.isDirectory(serverDir.resolve("logs")), "expected the test server's directory");
        for (String secret : List.of(NICKNAME, CONTACT, ADDRESS, "addr" + MARKER, theCode,
                theCode.replace("-", ""))) {
            assertEquals(List.of(), Leaks.filesContaining(serverDir, secret),
                    "expected the canary and its code in no file the server wrote");
        }
        Path h2 = serverDir.resolve("data/xenia.mv.db");
        if (Files.exists(h2)) { // the scan sees the embedded database's bytes: the public area is there in plain
            assertFalse(Leaks.filesContaining(h2, AREA).isEmpty(), "expected the scan to see the H2 file");
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        Files.deleteIfExists(CODE_FILE);
        if (smtp != null) {
            smtp.stop();
        }
        if (meetupId != 0) {
            fixtures.remove(meetupId);
        }
        if (reasonId != 0) {
            fixtures.removeReason(reasonId);
        }
        sql("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    // ---- helpers ----

    private static Client client() {
        return Client.of("meetup-canary-it-" + UUID.randomUUID());
    }

    private static Meetups.Request request(String nickname, String contact) {
        return new Meetups.Request(meetupId, nickname, contact, "", UUID.randomUUID().toString(), "bg");
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, STAFF_NAME, Set.of(Role.STAFF), keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }

    /** Waits (up to 40 s) for at least n mails to the canary address; returns them, oldest first. */
    private static List<MimeMessage> mailsToCanary(int n) throws Exception {
        long until = System.currentTimeMillis() + 40_000;
        while (true) {
            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(MeetupCanaryIT::toCanary)
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
            return CONTACT.equals(mail.getAllRecipients()[0].toString());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private byte[] bytes(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            assertTrue(result.next(), "expected a row: " + sql);
            return result.getBytes(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement run = connection.prepareStatement(statement)) {
            run.executeUpdate();
        }
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
