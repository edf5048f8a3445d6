package nl.xenia.portal.questions.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A canary question goes the whole way — asked on the public page with an address for the "there
 * is an answer" mail, opened and answered by staff with an internal note, read and replied to with
 * the code, mails delivered by the real outbox to a real SMTP server — and then neither its texts nor
 * its receipt code are in a full database dump, in any file the server wrote, or in any mail.
 * The organisation's key is the office fixture's; a staff member of the test's own is given it by
 * the fixture's first admin. The canary marker is random for each run (128 bits).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionCanaryIT {

    private static final long STAFF_ID = 990_003L;
    private static final String ARCHIVE = "question-canary-it";
    /** Random for the run, the same in the test's JVM and in the server (carried in the archive). */
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String QUESTION = "canary-q-" + MARKER + ": mă poate ajuta cineva în Sneek?";
    private static final String ANSWER = "canary-a-" + MARKER + ": da, sună-ne.";
    private static final String NOTE = "canary-n-" + MARKER + ": notă internă.";
    private static final String REPLY = "canary-r-" + MARKER + ": mulțumesc.";
    private static final List<String> CANARIES = List.of(QUESTION, ANSWER, NOTE, REPLY, MARKER);
    private static final String ALERT_ADDRESS = "canary-alert@example.invalid";
    private static final String PERSON_ADDRESS = "canary-person@example.invalid";

    /** The receipt code, known only to the test JVM (client side). */
    private static String code;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    QuestionInbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    UserTransaction transaction;

    @Inject
    nl.xenia.portal.questions.boundary.QuestionAlerts questionAlerts;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** The test staff member's key: made in the first test, kept in the server for the staff step. */
    private static byte[] staffKey;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void aStaffMemberWhoWantsMailForNewQuestions() throws Exception {
        transaction.begin();
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, "canary-staff");
        transaction.commit();
        questionAlerts.alertAt(member(), ALERT_ADDRESS, "nl");
    }

    @Test
    @Order(2)
    @RunAsClient
    void thePersonAsksOnThePublicPage() {
        CanaryMail.start();
        String token = Portal.html(Portal.get("/ro/ask")).selectFirst("input[name=token]").attr("value");
        Document asked = Portal.html(Portal.postForm("/ro/ask", Map.of("token", token, "topic", "SAFETY", "question",
                QUESTION, "municipality", "", "mail", PERSON_ADDRESS)));
        code = asked.getElementById("receipt-code").text();
    }

    @Test
    @Order(3)
    void staffOpenAnswerAndNote() {
        SignedIn member = member();
        QuestionInbox.Row row = inbox.threads(member).stream()
                .max(java.util.Comparator.comparingLong(QuestionInbox.Row::id)).orElseThrow(); // the newest: ours
        assertEquals(QUESTION, inbox.open(member, row.id()).orElseThrow().messages().get(0).text());
        inbox.note(member, row.id(), NOTE);
        inbox.answer(member, row.id(), ANSWER);
    }

    @Test
    @Order(4)
    @RunAsClient
    void thePersonReadsAndRepliesAndNoMailHoldsTheCanary() throws Exception {
        // the inbox answers a post with a 303 to a one-time view of the page
        Document thread = Portal.html(Portal.get(Portal.postForm("/ro/inbox", Map.of("code", code)).headers()
                .firstValue("Location").orElseThrow()));
        assertEquals(List.of(QUESTION, ANSWER), thread.select(".thread .text").eachText());
        Document replied = Portal.html(Portal.get(Portal.postForm("/ro/inbox", Map.of("code", code, "action",
                "reply", "reply", REPLY)).headers().firstValue("Location").orElseThrow()));
        assertEquals(List.of(QUESTION, ANSWER, REPLY), replied.select(".thread .text").eachText());
        try {
            List<String> mails = CanaryMail.waitForMailTo(ALERT_ADDRESS, PERSON_ADDRESS);
            for (String mail : mails) {
                for (String canary : CANARIES) {
                    assertFalse(mail.contains(canary), "expected no question text in any mail: " + mail);
                }
                assertFalse(mail.contains(code) || mail.contains(code.replace("-", "")), "expected no code in a mail");
            }
        } finally {
            CanaryMail.stop();
        }
    }

    @Test
    @Order(5)
    void noneOfItIsInAFullDatabaseDump() throws Exception {
        // a mail still waiting (the SMTP server is gone now): an invitation's code, to the person's address
        String invitationCode = new Secrets().newCode(160);
        transaction.begin();
        notifications.queue(PERSON_ADDRESS, "nl", nl.xenia.portal.staff.boundary.StaffAdministration.STAFF_INVITATION,
                Map.of("link",
                        notifications.officeLink("nl", "activate"), "code", invitationCode, "until", "morgen"));
        transaction.commit();
        byte[] dump = Leaks.fullDump(database);
        assertTrue(Leaks.contains(dump, "canary-staff"), "expected the dump to see the tables (the staff name)");
        for (String canary : CANARIES) {
            assertFalse(Leaks.contains(dump, canary), "expected no question text in the dump: " + canary);
        }
        assertFalse(Leaks.contains(dump, PERSON_ADDRESS), "expected the person's address in no table, outbox included");
        assertFalse(Leaks.contains(dump, invitationCode), "expected a queued invitation code in no table");
    }

    @Test
    @Order(6)
    @RunAsClient
    void noneOfItIsInAnyFileTheServerWrote() throws Exception {
        Path serverDir = Portal.serverDir();
        assertTrue(Files.isDirectory(serverDir.resolve("logs")), "expected the test server's directory");
        for (String secret : List.of(QUESTION, ANSWER, NOTE, REPLY, code, code.replace("-", ""))) {
            assertEquals(List.of(), Leaks.filesContaining(serverDir, secret),
                    "expected the canary and its code in no file the server wrote");
        }
        Path h2 = serverDir.resolve("data/xenia.mv.db");
        if (Files.exists(h2)) { // the scan sees the embedded database's bytes: the staff name is there in plain
            assertFalse(Leaks.filesContaining(h2, "canary-staff").isEmpty(), "expected the scan to see the H2 file");
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM question_message");
            statement.executeUpdate("DELETE FROM question_thread");
            statement.executeUpdate("DELETE FROM question_count");
            statement.executeUpdate("DELETE FROM mail_outbox");
            statement.executeUpdate("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        }
        assertTrue(keys.exists(), "expected the office's organisation key kept");
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, "canary-staff", Set.of(Role.STAFF),
                keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }
}
