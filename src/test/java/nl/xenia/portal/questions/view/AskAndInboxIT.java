package nl.xenia.portal.questions.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Retention;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.questions.boundary.CannedReplies;
import nl.xenia.portal.questions.boundary.QuestionException;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.ThreadStatus;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.Role;
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
 * question. The organisation's key is the office fixture's; a staff member of the test's own is
 * given it by the fixture's first admin, and removed at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AskAndInboxIT {

    private static final long STAFF_ID = 990_002L;
    private static final String QUESTION = "Unde pot face un test gratuit? Întrebare de probă 7c1d.";
    private static final String ALERT_ADDRESS = "inbox-alert@example.invalid";
    private static final String PERSON_ADDRESS = "person-7@example.invalid";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("ask-and-inbox-it");
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

    @Inject
    nl.xenia.portal.questions.boundary.QuestionAlerts questionAlerts;

    @Inject
    jakarta.enterprise.event.Event<nl.xenia.portal.staff.boundary.StaffDeactivated> deactivated;

    @Inject
    Secrets secrets;

    @Inject
    CannedReplies cannedReplies;

    @Inject
    OutboxProbe outbox;

    @Inject
    Retention retention;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** An in-container caller of its own, so the limits on asking never meet the HTTP clients' counts. */
    private static Client client() {
        return Client.of("ask-and-inbox-it-" + java.util.UUID.randomUUID());
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void aStaffMemberOfTheTestHoldsTheOrganisationKey() throws Exception {
        transaction.begin();
        staffKey = Installation.holder(keys, secrets, database, STAFF_ID, "questions-test");
        transaction.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void askReadReplyAndDeleteWithTheCodeAlone() throws Exception {
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
        assertEquals(Bundles.format("ro", "QuestionException.Problem.DUPLICATE", Map.of()),
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
        Document thread = Portal.html(viewAfterPost(opened, code));
        assertEquals(List.of(QUESTION), thread.select(".thread .text").eachText(), "expected the question back");
        assertNotNull(thread.getElementById("waiting"), "expected the note that Xenia has not answered yet");
        assertEquals(Bundles.format("ro", "inbox.thread.language", Map.of("language", "română")),
                thread.getElementById("thread-language").text(),
                "expected the language named the reader's way, lower case mid-sentence, not the endonym Română");

        Document replied = Portal.html(viewAfterPost(Portal.postForm("/ro/inbox",
                fields("code", code, "action", "reply", "reply", "Și încă ceva.")), code));
        assertEquals(List.of(QUESTION, "Și încă ceva."), replied.select(".thread .text").eachText());
        assertEquals(Bundles.text("ro", "inbox.message.replied"), replied.getElementById("notice").text(),
                "expected the notice carried over the redirect");

        HttpResponse<String> refused = Portal.postForm("/ro/inbox", fields("code", code, "action", "reply", "reply",
                "   "));
        assertEquals(200, refused.statusCode(), "expected a refused reply answered at once, without a redirect");
        assertEquals(Bundles.format("ro", "QuestionException.Problem.EMPTY", Map.of()),
                Portal.html(refused).getElementById("error").text());

        Document notConfirmed = Portal.html(viewAfterPost(Portal.postForm("/ro/inbox",
                fields("code", code, "action", "delete")), code));
        assertEquals(Bundles.text("ro", "inbox.message.error.confirm"), notConfirmed.getElementById("error").text());
        Document deleted = Portal.html(viewAfterPost(Portal.postForm("/ro/inbox",
                fields("code", code, "action", "delete", "confirm", "on")), code));
        assertNotNull(deleted.getElementById("deleted"), "expected everything deleted");
        Document gone = Portal.html(Portal.postForm("/ro/inbox", fields("code", code)));
        assertEquals(Bundles.text("ro", "inbox.message.error.wrong"), gone.getElementById("error").text(),
                "expected the code to open nothing after the deletion");
        assertNotNull(gone.getElementById("lost-code"), "expected the lost-code line with the wrong-code answer");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theReceiptTellsWhereToComeBackAndWhatToDoWithoutTheCode() {
        for (String lang : List.of("ro", "bg")) {
            String token = Portal.html(Portal.get("/" + lang + "/ask")).selectFirst("input[name=token]")
                    .attr("value");
            Document receipt = Portal.html(Portal.postForm("/" + lang + "/ask", fields("token", token, "topic",
                    "OTHER", "question", "O întrebare pentru chitanță, probă 5f1a.", "mail", "")));
            assertEquals(Bundles.text(lang, "ask.receipt.message.warn.screenshot"),
                    receipt.getElementById("receipt-warning").text(), "expected the warning about screenshots");
            assertEquals("/" + lang + "/inbox", receipt.selectFirst("#receipt-where a").attr("href"),
                    "expected the inbox named on the receipt as a link to it");
            assertEquals(Bundles.text(lang, "inbox.title"), receipt.selectFirst("#receipt-where a").text());
            assertEquals(Bundles.text(lang, "ask.receipt.where"), receipt.getElementById("receipt-where").text(),
                    "expected the sentence whole around its link");
            assertTrue(receipt.getElementById("lost-code").text()
                    .startsWith(Bundles.text(lang, "inbox.message.info.lost")), "expected the lost-code line");
            assertEquals("/" + lang + "/ask", receipt.selectFirst("#lost-code a").attr("href"),
                    "expected the lost-code line to link to asking again");
            Document form = Portal.html(Portal.get("/" + lang + "/inbox"));
            assertNotNull(form.getElementById("lost-code"), "expected the lost-code line by the code form");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void aViewTokenWorksOnceAndAStrangeOneOpensNothing() {
        Document unknown = Portal.html(Portal.get("/ro/inbox?view=AAAABBBBCCCCDDDDEEEEFFFFGGGG"));
        assertEquals(Bundles.text("ro", "inbox.message.info.expired"), unknown.getElementById("notice").text(),
                "expected an unknown token to show the code form with a note");
        assertNotNull(unknown.getElementById("code"), "expected the code form");
        assertTrue(unknown.select(".thread").isEmpty(), "expected no thread for an unknown token");
    }

    /**
     * The redirect after an inbox post: 303 to the inbox with an opaque one-time token (nothing of
     * the code in it), whose GET shows the page once; the same address again shows only the code form.
     */
    private static HttpResponse<String> viewAfterPost(HttpResponse<String> posted, String code)
            throws java.io.IOException {
        assertEquals(303, posted.statusCode(), "expected a redirect after the post, so Back never posts again");
        noCookie(posted);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/ro/inbox\\?view=[0-9A-Z]{26,}"),
                "expected only an opaque token of at least 128 bits in the address: " + location);
        String bare = code.replace("-", "");
        for (String part : new String[]{code, bare, bare.substring(0, 8), bare.substring(8, 16)}) {
            assertFalse(location.toUpperCase().contains(part), "expected nothing of the code in the address");
        }
        HttpResponse<String> shown = Portal.get(location);
        assertEquals(200, shown.statusCode(), "expected the page behind the token");
        noCookie(shown);
        Document again = Portal.html(Portal.get(location));
        assertEquals(Bundles.text("ro", "inbox.message.info.expired"), again.getElementById("notice").text(),
                "expected the token to work once");
        assertTrue(again.select(".thread").isEmpty() && again.getElementById("deleted") == null,
                "expected nothing shown by a used token");
        String token = location.substring(location.indexOf('=') + 1);
        assertEquals(List.of(), Leaks.filesContaining(Portal.serverDir().resolve("logs"), token),
                "expected the token in no file under logs/ (the access log has paths without their query)");
        return shown;
    }

    @Test
    @Order(3)
    @RunAsClient
    void badInputIsRefusedInTheReadersLanguageAndNothingTypedIsLost() {
        String token = Portal.html(Portal.get("/ro/ask")).selectFirst("input[name=token]").attr("value");
        Document empty = Portal.html(Portal.postForm("/ro/ask",
                fields("token", token, "topic", "MONEY", "question", "   ", "mail", "cineva@example.invalid")));
        assertEquals(Bundles.text("ro", "QuestionException.Problem.EMPTY"), empty.getElementById("error").text());
        assertEquals("cineva@example.invalid", empty.getElementById("mail").attr("value"), "expected the mail kept");
        assertEquals("true", empty.getElementById("question").attr("aria-invalid"), "expected the question marked");
        assertEquals("question-hint error", empty.getElementById("question").attr("aria-describedby"),
                "expected the error read with the question field");
        assertEquals("false", empty.getElementById("mail").attr("aria-invalid"), "expected the mail not marked");
        assertEquals("#question", empty.selectFirst("#error a").attr("href"),
                "expected the error to link to its field, without JavaScript too");
        assertEquals("MONEY", empty.selectFirst("#topic option[selected]").attr("value"), "expected the topic kept");

        String tooLong = "ă".repeat(4001);
        Document longer = Portal.html(Portal.postForm("/ro/ask", fields("token", token, "question", tooLong)));
        assertEquals(Bundles.format("ro", "QuestionException.Problem.LONG", Map.of("max", 4000)),
                longer.getElementById("error").text());
        assertEquals(tooLong.substring(0, 4000), longer.getElementById("question").text(),
                "expected the long text kept to shorten, cut to the field's 4000 characters");

        Document control = Portal.html(Portal.postForm("/ro/ask", fields("token", token, "question", "test\u0000x")));
        assertEquals(Bundles.text("ro", "QuestionException.Problem.CHARACTERS"),
                control.getElementById("error").text());
        Document mail = Portal.html(Portal.postForm("/ro/ask",
                fields("token", token, "question", "O întrebare", "mail", "nu este o adresă")));
        assertEquals(Bundles.text("ro", "QuestionException.Problem.MAIL"), mail.getElementById("error").text());
        assertEquals("O întrebare", mail.getElementById("question").text(), "expected the question kept");

        Document wrong = Portal.html(Portal.postForm("/ro/inbox", fields("code", "AAAA-BBBB-CCCC-DDDD")));
        assertEquals(Bundles.text("ro", "inbox.message.error.wrong"), wrong.getElementById("error").text());
        assertEquals("true", wrong.getElementById("code").attr("aria-invalid"), "expected the code field marked");
        assertEquals("code-hint error", wrong.getElementById("code").attr("aria-describedby"));
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
        SignedIn member = new SignedIn(STAFF_ID, "questions-test", Set.of(Role.STAFF),
                keys.unlock(STAFF_ID, staffKey).orElseThrow());
        long waitingBefore = inbox.waiting(member)[0]; // other tests' questions may be waiting too
        String code = questions.ask(client(), Topic.HEALTH, "ro", 7L, "Întrebare pentru personal, probă 2b9e.", "",
                "staff-it");
        QuestionInbox.Row row = inbox.threads(member).stream().filter(item -> item.status() == ThreadStatus.NEW)
                .max(java.util.Comparator.comparingLong(QuestionInbox.Row::id)) // the newest: the one just asked
                .orElseThrow(() -> new AssertionError("expected the new thread in the staff list"));
        assertEquals("ro", row.language());
        assertEquals(waitingBefore + 1, inbox.waiting(member)[0],
                "expected one more thread waiting for a first answer");
        QuestionInbox.StaffThread opened = inbox.open(member, row.id()).orElseThrow();
        assertEquals("Întrebare pentru personal, probă 2b9e.", opened.messages().get(0).text());
        inbox.note(member, row.id(), "Notă internă: doar pentru personal.");
        inbox.answer(member, row.id(), "Răspuns de la Xenia: da, la GGD.");
        inbox.assignToMe(member, row.id());
        QuestionInbox.Row after = inbox.threads(member).stream().filter(item -> item.id() == row.id()).findFirst()
                .orElseThrow();
        assertEquals(ThreadStatus.WAITING, after.status(), "expected the thread waiting for the person");
        assertEquals(Long.valueOf(STAFF_ID), after.assigneeId());
        assertEquals("questions-test", after.assignee(), "expected the assignee by name");
        assertNull(after.due(), "expected no first-answer target once answered");
        assertNotNull(row.due(), "expected a first-answer target while unanswered");
        assertEquals(3, inbox.open(member, row.id()).orElseThrow().messages().size(),
                "expected staff to see all three");

        Questions.PersonThread person = questions.read(client(), code).orElseThrow();
        assertEquals(List.of("Întrebare pentru personal, probă 2b9e.", "Răspuns de la Xenia: da, la GGD."),
                person.messages().stream().map(Questions.PersonMessage::text).toList(),
                "expected the person to read the answer and never the internal note");
        SignedIn coordinator = new SignedIn(STAFF_ID, "questions-test",
                Set.of(Role.COORDINATOR), member.key());
        assertThrows(StaffAccountException.class, () -> inbox.threads(coordinator),
                "expected the inbox refused to a role that should not see it");
    }

    @Test
    @Order(6)
    void cannedRepliesAndMailsWithoutContent() throws Exception {
        SignedIn member = member();
        questionAlerts.alertAt(member, ALERT_ADDRESS, "nl");
        assertThrows(QuestionException.class, () -> questionAlerts.alertAt(member, "geen adres", "nl"),
                "expected something that is not an address refused");
        String marker = nl.xenia.portal.testing.Leaks.marker();
        String code = questions.ask(client(), Topic.HEALTH, "ro", null, "O întrebare cu adresă, probă " + marker + ".",
                PERSON_ADDRESS,
                "mail-it");
        List<String> alerts = outbox.bodiesTo(ALERT_ADDRESS);
        assertEquals(1, alerts.size(), "expected one new-question mail for the member who asked for it");
        assertTrue(alerts.get(0).contains("/office/nl/questions"), "expected a link to the office: " + alerts.get(0));
        assertFalse(alerts.get(0).contains(marker) || alerts.get(0).contains(code),
                "expected no content in it");
        assertTrue(outbox.bodiesTo(PERSON_ADDRESS).isEmpty(), "expected nothing to the person before an answer");
        transaction.begin();
        deactivated.fire(new nl.xenia.portal.staff.boundary.StaffDeactivated(STAFF_ID));
        transaction.rollback();
        assertEquals(java.util.Optional.of(ALERT_ADDRESS), questionAlerts.alertAddress(member),
                "expected the alert kept when the leaving was rolled back");
        transaction.begin();
        deactivated.fire(new nl.xenia.portal.staff.boundary.StaffDeactivated(STAFF_ID));
        transaction.commit();
        assertTrue(questionAlerts.alertAddress(member).isEmpty(), "expected a member who leaves to get no more mail");

        long health = cannedReplies.save(member, null, "ro", Topic.HEALTH, "Test gratuit",
                "Poți face un test gratuit.");
        // the demo content and other tests (the office's question journey) have replies of their own
        Set<Long> mine = Set.of(health,
                cannedReplies.save(member, null, "ro", null, "Mulțumim", "Mulțumim pentru întrebare."),
                cannedReplies.save(member, null, "nl", Topic.HEALTH, "Gratis test", "Je kunt gratis testen."));
        assertEquals(List.of("Mulțumim", "Test gratuit"), cannedReplies.forThread(member, "ro", Topic.HEALTH).stream()
                .filter(reply -> mine.contains(reply.id())).map(CannedReplies.Reply::title).toList(),
                "expected the thread's language, its topic and every topic");
        assertEquals(List.of("Mulțumim"), cannedReplies.forThread(member, "ro", Topic.MONEY).stream()
                .filter(reply -> mine.contains(reply.id())).map(CannedReplies.Reply::title).toList());
        QuestionException untitled = assertThrows(QuestionException.class,
                () -> cannedReplies.save(member, null, "ro", null, "  ", "Text"));
        assertEquals(QuestionException.Problem.TITLE, untitled.getProblem());
        cannedReplies.save(member, health, "ro", Topic.HEALTH, "Test gratuit la GGD", "Poți face un test gratuit.");
        assertEquals("Test gratuit la GGD", cannedReplies.find(member, health).orElseThrow().title());

        long thread = inbox.threads(member).stream().filter(row -> row.status() == ThreadStatus.NEW)
                .mapToLong(QuestionInbox.Row::id).max().orElseThrow(); // the newest: the one just asked
        inbox.answer(member, thread, cannedReplies.find(member, health).orElseThrow().body());
        List<String> told = outbox.bodiesTo(PERSON_ADDRESS);
        assertEquals(1, told.size(), "expected one mail to the person who left an address");
        assertTrue(told.get(0).contains("/ro/inbox"), "expected the inbox link in Romanian: " + told.get(0));
        assertFalse(told.get(0).contains(code) || told.get(0).contains("gratuit"), "expected no code and no answer");
        assertEquals(List.of(Bundles.text("ro", "mail.something_new.subject")), outbox.subjectsTo(PERSON_ADDRESS),
                "expected the person's mail queued in Romanian");
        cannedReplies.delete(member, health);
        assertTrue(cannedReplies.find(member, health).isEmpty());
    }

    @Test
    @Order(6)
    void theReadersMailIsQueuedExactlyWhenTheAnswerCommits() throws Exception {
        SignedIn member = member();
        String address = "reader-" + java.util.UUID.randomUUID() + "@example.invalid";
        questions.ask(client(), Topic.OTHER, "nl", null, "Een vraag die een antwoord krijgt.", address,
                "answer-" + java.util.UUID.randomUUID());
        long thread = count("SELECT MAX(id) FROM question_thread");
        String staffAnswers = "SELECT COUNT(*) FROM question_message WHERE thread_id = " + thread
                + " AND author = 'STAFF'";

        transaction.begin();
        try {
            inbox.answer(member, thread, "Een antwoord dat niet blijft.");
            assertEquals(1, outbox.bodiesTo(address).size(),
                    "expected the mail queued inside the answer's transaction");
        } finally {
            transaction.rollback();
        }
        assertEquals(0, count(staffAnswers), "expected the rolled-back answer gone");
        assertTrue(outbox.bodiesTo(address).isEmpty(), "expected no mail to the reader once the answer rolled back");

        inbox.answer(member, thread, "Een antwoord dat blijft.");
        assertEquals(1, count(staffAnswers), "expected the committed answer stored");
        assertEquals(1, outbox.bodiesTo(address).size(), "expected exactly one mail once the answer committed");
    }

    @Test
    @Order(7)
    void aThreadDeletedByThePersonLeavesOnlyACount() throws Exception {
        long before = count("SELECT COUNT(*) FROM question_count WHERE topic = 'HOUSING' AND language = 'ro'");
        String code = questions.ask(client(), Topic.HOUSING, "ro", 7L, "Șterge-mă, probă 0d3c.", "", "delete-it");
        assertTrue(questions.delete(client(), code));
        assertTrue(questions.read(client(), code).isEmpty(), "expected nothing left to read");
        assertEquals(before + 1,
                count("SELECT COUNT(*) FROM question_count WHERE topic = 'HOUSING' AND language = 'ro'"
                        + " AND municipality_id = 7 AND first_answer_seconds IS NULL"),
                "expected a count without content in its place");

        String named = questions.ask(client(), Topic.OTHER, "ro", null,
                "Un mesaj pe care personalul îl șterge, probă 1e8f.", "",
                "staff-delete-it");
        SignedIn member = member();
        long thread = inbox.threads(member).stream().filter(row -> row.topic() == Topic.OTHER)
                .mapToLong(QuestionInbox.Row::id).max().orElseThrow(); // the newest: the one just asked
        long others = count("SELECT COUNT(*) FROM question_count WHERE topic = 'OTHER'");
        inbox.delete(member, thread);
        assertTrue(questions.read(client(), named).isEmpty(), "expected the thread gone once staff deleted it");
        assertEquals(others + 1, count("SELECT COUNT(*) FROM question_count WHERE topic = 'OTHER'"),
                "expected it counted");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'THREAD_DELETED' AND subject_id = '"
                + thread + "'"), "expected the deletion in the audit log");
    }

    @Test
    @Order(8)
    void retentionDeletesQuietThreadsOnceAcrossServersAndKeepsCounts() throws Exception {
        long threads = count("SELECT COUNT(*) FROM question_thread");
        assertTrue(threads >= 2, "expected the earlier tests' threads");
        long counted = count("SELECT COUNT(*) FROM question_count");
        freeTheRetentionClaim();
        assertEquals(0, retention.runIfClaimed().orElseThrow(), "expected nothing past 90 days yet");

        MovableClock.INSTANCE.advance(Duration.ofDays(91));
        try {
            String recent = questions.ask(client(), Topic.SAFETY, "ro", null, "O întrebare nouă, probă 6e2a.", "",
                    "recent-it");
            // the claim of the round above ran out 91 days ago: two servers try at once
            List<Future<OptionalInt>> rounds = List.of(executor.submit(retention::runIfClaimed),
                    executor.submit(retention::runIfClaimed));
            List<OptionalInt> results = new ArrayList<>();
            for (Future<OptionalInt> round : rounds) {
                results.add(round.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter(OptionalInt::isPresent).count(),
                    "expected exactly one of two simultaneous rounds to run: " + results);
            // the round deletes what every component keeps too long (the demo's meetups among them): at least the threads
            long deleted = results.stream().filter(OptionalInt::isPresent).findFirst().orElseThrow().orElseThrow();
            assertTrue(deleted >= threads, "expected every thread quiet for 91 days deleted in the round: " + deleted);
            assertEquals(1, count("SELECT COUNT(*) FROM question_thread"), "expected only the recent thread left");
            assertTrue(retention.runIfClaimed().isEmpty(), "expected the claim of this period to hold");
            assertTrue(questions.read(client(), recent).isPresent(), "expected the recent thread kept");
            assertEquals(counted + threads, count("SELECT COUNT(*) FROM question_count"),
                    "expected one count per deleted thread");
            assertTrue(count("SELECT COUNT(*) FROM question_count WHERE first_answer_seconds >= 0") >= 2,
                    "expected the first-answer time of the answered threads kept");
            assertEquals(0, count("SELECT COUNT(*) FROM question_message m WHERE NOT EXISTS"
                    + " (SELECT 1 FROM question_thread t WHERE t.id = m.thread_id)"),
                    "expected no message left behind");
        } finally {
            MovableClock.INSTANCE.advance(Duration.ofDays(-91));
            freeTheRetentionClaim();
        }
    }

    private SignedIn member() {
        return new SignedIn(STAFF_ID, "questions-test", Set.of(Role.STAFF),
                keys.unlock(STAFF_ID, staffKey).orElseThrow());
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void freeTheRetentionClaim() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE job_claim SET claimed_until = TIMESTAMP WITH TIME ZONE"
                    + " '2000-01-01 00:00:00+00' WHERE name = 'retention'");
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM mail_outbox");
            statement.executeUpdate("DELETE FROM canned_reply WHERE id >= 1000");
            statement.executeUpdate("DELETE FROM question_count");
            statement.executeUpdate("DELETE FROM question_message");
            statement.executeUpdate("DELETE FROM question_thread");
            statement.executeUpdate("DELETE FROM staff_account WHERE id = " + STAFF_ID);
        }
        assertTrue(keys.exists(), "expected the office's organisation key kept");
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
