package nl.xenia.portal.questions.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.operations.entity.InstantConverter;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.SealedItemOpened;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.privacy.entity.KeyWrapper;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.privacy.boundary.Receipts;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.QuestionThread;
import nl.xenia.portal.questions.entity.ThreadStatus;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.RoleCheck;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.boundary.StaffAccounts;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.entity.RolesConverter;
import nl.xenia.portal.staff.entity.StaffAccount;
import nl.xenia.portal.staff.entity.StaffStatus;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.MovableClock;
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
 * A person asks in Romanian over plain HTTP (no cookie, ever), gets the receipt code once, confirms
 * having written it down, opens the inbox with the code typed loosely, replies, and deletes it all;
 * bad input is refused in Romanian with what was typed kept, and a form posted twice makes one
 * question. An organisation key is made for the test first (in the container) and removed after,
 * as the office journey (later, alphabetically) makes the real one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AskAndInboxIT {

    private static final long STAFF_ID = 990_002L;
    private static final String QUESTION = "Unde pot face un test gratuit? Întrebare de probă 7c1d.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("ask-and-inbox-it", "META-INF/persistence-questions-it.xml")
                .addPackages(false, Sealing.class.getPackage(), KeyWrapper.class.getPackage(),
                        Questions.class.getPackage(), QuestionThread.class.getPackage())
                .addClasses(OrganisationKeys.class, UnlockedKey.class, SealedItemOpened.class, Receipts.class,
                        Receipts.Receipt.class, Receipts.Opened.class, Notifications.class, RequiresRole.class,
                        RoleCheck.class, StaffAccounts.SignedIn.class, StaffAccountException.class,
                        StaffAccountException.Problem.class, Role.class, StaffAccount.class, StaffStatus.class,
                        RolesConverter.class, MovableClock.class, MovableClock.Producer.class, InstantConverter.class,
                        Portal.class, Bundles.class);
    }

    @Inject
    OrganisationKeys keys;

    @Inject
    Questions questions;

    @Inject
    QuestionInbox inbox;

    /** The test staff member's key: made in the first test, kept in the server for the staff test. */
    private static byte[] staffKey;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    @Order(1)
    void anOrganisationKeyExistsForTheTest() throws Exception {
        assertFalse(keys.exists(), "expected no organisation key yet (the office journey makes the real one)");
        transaction.begin();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES ("
                    + STAFF_ID + ", 'questions-test', 'ACTIVE', 'STAFF', CURRENT_TIMESTAMP)");
            staffKey = Sealing.newKey();
            keys.create(STAFF_ID, staffKey);
        }
        transaction.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void askReadReplyAndDeleteWithTheCodeAlone() {
        HttpResponse<String> form = Portal.get("/ro/ask");
        assertEquals(200, form.statusCode());
        noCookie(form);
        String token = Portal.html(form).selectFirst("input[name=token]").attr("value");
        assertTrue(token.length() >= 20, "expected a form token in the form");

        HttpResponse<String> asked = Portal.postForm("/ro/ask", fields("token", token, "topic", "HEALTH", "question",
                QUESTION, "municipality", "7", "mail", ""));
        noCookie(asked);
        String code = Portal.html(asked).getElementById("receipt-code").text();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"),
                "expected a receipt code: " + code);

        Document again = Portal.html(Portal.postForm("/ro/ask", fields("token", token, "topic", "HEALTH", "question",
                QUESTION, "municipality", "7", "mail", "")));
        assertNull(again.getElementById("receipt-code"), "expected no second code for a form posted twice");
        assertEquals(Bundles.format("ro", "ask.message.error.duplicate", Map.of()),
                again.getElementById("error").text());

        Document notSaved = Portal.html(Portal.postForm("/ro/ask", fields("step", "saved", "code", code)));
        assertEquals(code, notSaved.getElementById("receipt-code").text(), "expected the code again until confirmed");
        assertEquals(Bundles.text("ro", "ask.receipt.message.confirm"), notSaved.getElementById("error").text());
        Document done = Portal.html(Portal.postForm("/ro/ask", fields("step", "saved", "code", code, "saved", "on")));
        assertNotNull(done.getElementById("done-text"), "expected the thank-you once the code is written down");
        assertFalse(done.html().contains(code), "expected the code not shown any more");

        String loose = code.toLowerCase().replace("-", " ").replace('0', 'o');
        HttpResponse<String> opened = Portal.postForm("/ro/inbox", fields("code", loose));
        noCookie(opened);
        Document thread = Portal.html(opened);
        assertEquals(List.of(QUESTION), thread.select(".thread .text").eachText(), "expected the question back");
        assertNotNull(thread.getElementById("waiting"), "expected the note that Xenia has not answered yet");
        assertFalse(opened.uri().toString().contains(code) || opened.uri().toString().contains("code="),
                "expected the code in no address");

        Document replied = Portal.html(Portal.postForm("/ro/inbox",
                fields("code", code, "action", "reply", "reply", "Și încă ceva.")));
        assertEquals(List.of(QUESTION, "Și încă ceva."), replied.select(".thread .text").eachText());

        Document notConfirmed = Portal.html(Portal.postForm("/ro/inbox", fields("code", code, "action", "delete")));
        assertEquals(Bundles.text("ro", "inbox.message.error.confirm"), notConfirmed.getElementById("error").text());
        Document deleted = Portal.html(Portal.postForm("/ro/inbox",
                fields("code", code, "action", "delete", "confirm", "on")));
        assertNotNull(deleted.getElementById("deleted"), "expected everything deleted");
        Document gone = Portal.html(Portal.postForm("/ro/inbox", fields("code", code)));
        assertEquals(Bundles.text("ro", "inbox.message.error.wrong"), gone.getElementById("error").text(),
                "expected the code to open nothing after the deletion");
    }

    @Test
    @Order(3)
    @RunAsClient
    void badInputIsRefusedInTheReadersLanguageAndNothingTypedIsLost() {
        String token = Portal.html(Portal.get("/ro/ask")).selectFirst("input[name=token]").attr("value");
        Document empty = Portal.html(Portal.postForm("/ro/ask",
                fields("token", token, "topic", "MONEY", "question", "   ", "mail", "cineva@example.invalid")));
        assertEquals(Bundles.text("ro", "ask.message.error.empty"), empty.getElementById("error").text());
        assertEquals("cineva@example.invalid", empty.getElementById("mail").attr("value"), "expected the mail kept");
        assertEquals("MONEY", empty.selectFirst("#topic option[selected]").attr("value"), "expected the topic kept");

        String tooLong = "ă".repeat(4001);
        Document longer = Portal.html(Portal.postForm("/ro/ask", fields("token", token, "question", tooLong)));
        assertEquals(Bundles.format("ro", "ask.message.error.long", Map.of("max", 4000)),
                longer.getElementById("error").text());
        assertEquals(tooLong, longer.getElementById("question").text(), "expected the long text kept to shorten");

        Document control = Portal.html(Portal.postForm("/ro/ask", fields("token", token, "question", "test\u0000x")));
        assertEquals(Bundles.text("ro", "ask.message.error.characters"), control.getElementById("error").text());
        Document mail = Portal.html(Portal.postForm("/ro/ask",
                fields("token", token, "question", "O întrebare", "mail", "nu este o adresă")));
        assertEquals(Bundles.text("ro", "ask.message.error.mail"), mail.getElementById("error").text());
        assertEquals("O întrebare", mail.getElementById("question").text(), "expected the question kept");

        Document wrong = Portal.html(Portal.postForm("/ro/inbox", fields("code", "AAAA-BBBB-CCCC-DDDD")));
        assertEquals(Bundles.text("ro", "inbox.message.error.wrong"), wrong.getElementById("error").text());
    }

    @Test
    @Order(4)
    @RunAsClient
    void aPhoneWithAndWithoutJavaScriptAsksAndComesBack() {
        // the browser part lives in its own class: Selenium is not in the test's server-side archive
        AskJourney.run();
    }

    @Test
    @Order(5)
    void staffReadAnswerAndNoteAndThePersonReadsOnlyTheAnswer() throws Exception {
        String code = questions.ask(Topic.HEALTH, "ro", 7L, "Întrebare pentru personal, probă 2b9e.", "", "staff-it");
        StaffAccounts.SignedIn member = new StaffAccounts.SignedIn(STAFF_ID, "questions-test", Set.of(Role.STAFF),
                keys.unlock(STAFF_ID, staffKey).orElseThrow());
        QuestionInbox.Row row = inbox.threads(member).stream().filter(item -> item.status() == ThreadStatus.NEW)
                .findFirst().orElseThrow(() -> new AssertionError("expected the new thread in the staff list"));
        assertEquals("ro", row.language());
        assertEquals(1, inbox.waiting(member)[0], "expected one thread waiting for a first answer");
        QuestionInbox.StaffThread opened = inbox.open(member, row.id()).orElseThrow();
        assertEquals("Întrebare pentru personal, probă 2b9e.", opened.messages().get(0).text());
        inbox.note(member, row.id(), "Notă internă: doar pentru personal.");
        inbox.answer(member, row.id(), "Răspuns de la Xenia: da, la GGD.");
        inbox.assignToMe(member, row.id());
        QuestionInbox.Row after = inbox.threads(member).stream().filter(item -> item.id() == row.id()).findFirst()
                .orElseThrow();
        assertEquals(ThreadStatus.WAITING, after.status(), "expected the thread waiting for the person");
        assertEquals(Long.valueOf(STAFF_ID), after.assigneeId());
        assertEquals(3, inbox.open(member, row.id()).orElseThrow().messages().size(),
                "expected staff to see all three");

        Questions.PersonThread person = questions.read(code).orElseThrow();
        assertEquals(List.of("Întrebare pentru personal, probă 2b9e.", "Răspuns de la Xenia: da, la GGD."),
                person.messages().stream().map(Questions.PersonMessage::text).toList(),
                "expected the person to read the answer and never the internal note");
        StaffAccounts.SignedIn coordinator = new StaffAccounts.SignedIn(STAFF_ID, "questions-test",
                Set.of(Role.COORDINATOR), member.key());
        assertThrows(StaffAccountException.class, () -> inbox.threads(coordinator),
                "expected the inbox refused to a role that should not see it");
    }

    @Test
    @Order(9)
    void cleanUpForTheJourney() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM question_message");
            statement.executeUpdate("DELETE FROM question_thread");
            statement.executeUpdate("DELETE FROM key_wrapper");
            statement.executeUpdate("DELETE FROM organisation_key");
            statement.executeUpdate("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        }
        assertFalse(keys.exists(), "expected the test's organisation key gone again");
    }

    private static void noCookie(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie from " + response.uri());
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
