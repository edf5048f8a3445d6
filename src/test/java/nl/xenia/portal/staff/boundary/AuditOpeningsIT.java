package nl.xenia.portal.staff.boundary;

import static nl.xenia.portal.staff.boundary.StaffTesting.ADMIN_PASSWORD;
import static nl.xenia.portal.staff.boundary.StaffTesting.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.questions.boundary.Questions;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.entity.AuditEntry;
import nl.xenia.portal.testing.AuditTrail;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity log holds one line per thing done: reading a thread while working on it is one
 * "conversation viewed" per member and thread per hour (not one per page shown), and each action is
 * one line, its item named in the office's language with a link to the office page that shows it. In
 * the container, on a fresh installation inside a transaction that is rolled back; the hour passes on
 * the movable clock.
 */
@ExtendWith(ArquillianExtension.class)
class AuditOpeningsIT {

    private static final String QUESTION = "audit-openings-" + UUID.randomUUID() + ": mag ik iets vragen?";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("audit-openings-it");
    }

    @Inject
    StaffBootstrap bootstrap;

    @Inject
    StaffOnboarding onboarding;

    @Inject
    SignIn login;

    @Inject
    Questions questions;

    @Inject
    QuestionInbox inbox;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditTrail trail;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    @Test
    void aThreadReadAgainWithinTheHourIsOneLineAndEachActionIsOneNamedLine() throws Exception {
        Duration moved = Duration.ZERO;
        transaction.begin();
        try {
            Installation.freshInThisTransaction(database);
            onboarding.createFirstAdmin(bootstrap.issueAtStart().orElseThrow(), "audit-reader",
                    ADMIN_PASSWORD.toCharArray());
            SignedIn admin = signIn(login, "audit-reader", ADMIN_PASSWORD);
            questions.ask(Client.of("192.0.2.81"), Topic.OTHER, "nl", null, QUESTION, "", UUID.randomUUID().toString());
            long thread = inbox.threads(admin).stream().mapToLong(QuestionInbox.Row::id).max()
                    .orElseThrow(() -> new AssertionError("expected the question in the inbox"));

            inbox.open(admin, thread);
            inbox.open(admin, thread);
            trail.flushAndClear();
            assertEquals(1, openings(thread).size(),
                    "expected a thread read twice within the hour to be one 'conversation viewed' line");

            int openedBefore = trail.of("audit-reader", AuditAction.SEALED_ITEM_OPENED, null).size();
            inbox.answer(admin, thread, "Ja, dat mag.");
            trail.flushAndClear();
            assertEquals(openedBefore, trail.of("audit-reader", AuditAction.SEALED_ITEM_OPENED, null).size(),
                    "expected answering (which opens the thread's key) not to add another opening within the hour");
            List<AuditEntry> answered = trail.of("audit-reader", QuestionInbox.QUESTION_ANSWERED, "question");
            assertEquals(1, answered.size(), "expected one 'question answered' line for one answer");
            assertEquals(String.valueOf(thread), answered.get(0).getSubjectId(), "expected the answer's thread named");
            AuditSubject named = auditLog.subject(entry(answered.get(0)), "nl")
                    .orElseThrow(() -> new AssertionError("expected the questions component to name its item"));
            assertEquals("Vraag " + thread, named.name(), "expected the item named in Dutch as staff say it");
            assertEquals("question", named.page(), "expected the item linked to the question's office page");
            assertEquals(Map.of("id", String.valueOf(thread)), named.query(), "expected the link to name the thread");
            assertEquals("Question " + thread, auditLog.subject(entry(answered.get(0)), "en").orElseThrow().name(),
                    "expected the item named in the office's other language too");

            inbox.note(admin, thread, "Intern: teruggebeld.");
            inbox.close(admin, thread);
            trail.flushAndClear();
            assertEquals(1, trail.of("audit-reader", QuestionInbox.NOTE_ADDED, "question").size(),
                    "expected one line for one note");
            assertEquals(1, trail.of("audit-reader", QuestionInbox.QUESTION_CLOSED, "question").size(),
                    "expected one line for closing");

            MovableClock.INSTANCE.advance(Duration.ofMinutes(61));
            moved = Duration.ofMinutes(61);
            inbox.open(admin, thread);
            trail.flushAndClear();
            assertEquals(2, openings(thread).size(), "expected the thread read again after an hour to be a new line");

            AuditSubject staff = auditLog.subject(entry(trail.of("audit-reader", AuditAction.ACCOUNT_CREATED, "staff")
                    .get(0)), "nl")
                    .orElseThrow(() -> new AssertionError("expected the staff component to name members"));
            assertEquals("Medewerker: audit-reader", staff.name(), "expected a member named by their username");
            assertEquals("member", staff.page(), "expected a member linked to their page");
        } finally {
            MovableClock.INSTANCE.advance(moved.negated());
            transaction.rollback();
        }
    }

    @Test
    void anItemNoComponentNamesIsLeftAsItWas() {
        assertTrue(auditLog.subject(new AuditLog.Entry(1, java.time.Instant.now(), "someone", "LOGIN",
                "no-such-component", "7"), "nl").isEmpty(), "expected no name for a subject type nobody records");
        assertTrue(auditLog.subject(new AuditLog.Entry(1, java.time.Instant.now(), "someone", "LOGIN", null, null),
                "nl").isEmpty(), "expected no name for an entry without an item");
    }

    private List<AuditEntry> openings(long thread) {
        return trail.of("audit-reader", AuditAction.SEALED_ITEM_OPENED, "question").stream()
                .filter(entry -> String.valueOf(thread).equals(entry.getSubjectId())).toList();
    }

    private static AuditLog.Entry entry(AuditEntry entry) {
        return new AuditLog.Entry(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(),
                entry.getSubjectType(), entry.getSubjectId());
    }
}
