package nl.xenia.portal.questions.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.questions.entity.Topic;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
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
 * The question inbox's own guards (rule 14), whatever page or caller reaches it: a member without a
 * role that reads questions cannot answer, note, assign or change a thread; a thread is given only to
 * an active colleague with such a role who holds the organisation's key; an undo goes back to the
 * assignee before, each change one audit entry. The test's members and thread are its own, removed
 * at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionInboxGuardsIT {

    /** Ids of the test's own staff rows, far from the fixture's. */
    private static final long BASE = 991_300L + (System.nanoTime() & 0xff) * 10;
    private static final long STAFF = BASE;
    private static final long COLLEAGUE = BASE + 1;
    private static final long COORDINATOR = BASE + 2;
    private static final long INACTIVE = BASE + 3;
    private static final long WITHOUT_KEY = BASE + 4;
    private static final long WITHOUT_ROLE = BASE + 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("question-inbox-guards-it");
    }

    @Inject
    QuestionInbox inbox;

    @Inject
    Questions questions;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

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
    void onlyStaffChangeAThreadAndOnlyToAColleagueWhoMayReadIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        byte[] staffKey = Installation.holder(keys, secrets, database, STAFF, "guard-staff-" + suffix);
        Installation.holder(keys, secrets, database, COLLEAGUE, "guard-colleague-" + suffix);
        byte[] coordinatorKey = Installation.holder(keys, secrets, database, COORDINATOR, "guard-coord-" + suffix);
        Installation.holder(keys, secrets, database, INACTIVE, "guard-inactive-" + suffix);
        Installation.holder(keys, secrets, database, WITHOUT_ROLE, "guard-norole-" + suffix);
        sql("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + WITHOUT_KEY
                + ", 'guard-nokey-" + suffix + "', 'ACTIVE', 'STAFF', CURRENT_TIMESTAMP)");
        sql("UPDATE staff_account SET roles = 'COORDINATOR' WHERE id IN (" + COORDINATOR + ", " + WITHOUT_ROLE + ")");
        sql("UPDATE staff_account SET status = 'DEACTIVATED' WHERE id = " + INACTIVE);
        transaction.commit();
        try {
            SignedIn member = new SignedIn(STAFF, "guard-staff-" + suffix, Set.of(Role.STAFF),
                    keys.unlock(STAFF, staffKey).orElseThrow());
            SignedIn coordinator = new SignedIn(COORDINATOR, "guard-coord-" + suffix, Set.of(Role.COORDINATOR),
                    keys.unlock(COORDINATOR, coordinatorKey).orElseThrow());
            String marker = Leaks.marker();
            questions.ask(Client.of("guards-it-" + UUID.randomUUID()), Topic.MONEY, "es", null,
                    "Una pregunta para los guardias " + marker, "", "guards-" + UUID.randomUUID());
            long thread = count("SELECT MAX(id) FROM question_thread");

            assertThrows(StaffAccountException.class, () -> inbox.answer(coordinator, thread, "Respuesta"),
                    "expected a member without STAFF or ADMIN unable to answer");
            assertThrows(StaffAccountException.class, () -> inbox.note(coordinator, thread, "Notitie"),
                    "expected a member without STAFF or ADMIN unable to add a note");
            assertThrows(StaffAccountException.class, () -> inbox.assign(coordinator, thread, COORDINATOR),
                    "expected a member without STAFF or ADMIN unable to assign");
            assertThrows(StaffAccountException.class, () -> inbox.assignToMe(coordinator, thread),
                    "expected a member without STAFF or ADMIN unable to take a thread");
            assertThrows(StaffAccountException.class, () -> inbox.changeTopic(coordinator, thread, Topic.HEALTH),
                    "expected a member without STAFF or ADMIN unable to change the topic");
            assertThrows(StaffAccountException.class, () -> inbox.colleagues(coordinator),
                    "expected the list of colleagues refused to a member without STAFF or ADMIN");
            SignedIn claimsStaff = new SignedIn(COORDINATOR, coordinator.username(), Set.of(Role.STAFF),
                    coordinator.key());
            assertThrows(StaffAccountException.class, () -> inbox.assign(claimsStaff, thread, COORDINATOR),
                    "expected the role read from the account, not from what the session claims");

            for (long refused : new long[]{INACTIVE, WITHOUT_KEY, WITHOUT_ROLE, 987_654_321L}) {
                QuestionException problem = assertThrows(QuestionException.class,
                        () -> inbox.assign(member, thread, refused),
                        "expected assigning to member " + refused + " refused (inactive, no key, no role, none)");
                assertEquals(QuestionException.Problem.ASSIGNEE, problem.getProblem());
            }
            List<Long> offered = inbox.colleagues(member).stream().map(QuestionInbox.Colleague::id).toList();
            assertTrue(offered.contains(STAFF) && offered.contains(COLLEAGUE),
                    "expected active staff with the key offered: " + offered);
            assertTrue(!offered.contains(INACTIVE) && !offered.contains(WITHOUT_KEY) && !offered.contains(WITHOUT_ROLE)
                    && !offered.contains(COORDINATOR), "expected no one offered who may not have it: " + offered);
            assertEquals(0, count(audit(thread, "QUESTION_ASSIGNED")), "expected nothing recorded for refusals");

            inbox.assignToMe(member, thread);
            inbox.assign(member, thread, COLLEAGUE);
            assertEquals(Long.valueOf(COLLEAGUE), row(member, thread).assigneeId(), "expected the colleague");
            inbox.undoAssignment(member, thread);
            assertEquals(Long.valueOf(STAFF), row(member, thread).assigneeId(),
                    "expected the undo to give it back to the assignee before");
            inbox.changeTopic(member, thread, Topic.HEALTH);
            assertEquals(Topic.HEALTH, row(member, thread).topic(), "expected the new topic");
            inbox.answerAndClose(member, thread, "Puedes hacerte la prueba gratis.");
            assertEquals(3, count(audit(thread, "QUESTION_ASSIGNED")), "expected one entry per assignment and undo");
            assertEquals(1, count(audit(thread, "QUESTION_TOPIC_CHANGED")), "expected the topic change recorded");
            assertEquals(1, count(audit(thread, "QUESTION_ANSWERED")), "expected the answer recorded");
            assertEquals(1, count(audit(thread, "QUESTION_CLOSED")), "expected the closing recorded");
            QuestionInbox.StaffThread opened = inbox.open(member, thread).orElseThrow();
            assertEquals("guard-staff-" + suffix, opened.messages().get(1).authorName(),
                    "expected staff to see who wrote the answer");
            inbox.delete(member, thread);
        } finally {
            sql("DELETE FROM staff_account WHERE id BETWEEN " + STAFF + " AND " + WITHOUT_ROLE);
        }
    }

    private QuestionInbox.Row row(SignedIn member, long thread) {
        return inbox.threads(member).stream().filter(row -> row.id() == thread).findFirst().orElseThrow();
    }

    private static String audit(long thread, String action) {
        return "SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "' AND subject_type = 'question'"
                + " AND subject_id = '" + thread + "'";
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }

    private long count(String query) throws Exception {
        try (Connection connection = database.getConnection();
                Statement run = connection.createStatement();
                ResultSet result = run.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
