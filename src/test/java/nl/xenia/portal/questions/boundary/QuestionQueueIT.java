package nl.xenia.portal.questions.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.questions.boundary.QuestionQueue.Column;
import nl.xenia.portal.questions.boundary.QuestionQueue.Criteria;
import nl.xenia.portal.questions.boundary.QuestionQueue.View;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.boundary.StaffAccountException;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's list of questions as the database selects it: each saved view, both orders, the search
 * by number and by topic, the column filters by name or code in the office language, a column's sort,
 * paging, the dashboard's counts, and a member without a role for questions refused. Each test works in
 * a fresh installation with six threads of its own (no other test's threads), in a transaction it rolls
 * back.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionQueueIT {

    private static final long ME = 970_101L;
    private static final long COLLEAGUE = 970_102L;
    private static final long COORDINATOR = 970_103L;

    /** The threads by number: 1 new bg money (30 days, nobody's), 2 open bg health (20 days, mine), ... */
    private static final long T1 = 970_001L;
    private static final long T2 = 970_002L;
    private static final long T3 = 970_003L;
    private static final long T4 = 970_004L;
    private static final long T5 = 970_005L;
    private static final long T6 = 970_006L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("question-queue-it");
    }

    @Inject
    QuestionQueue queue;

    @Inject
    UserTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    PersistenceContext context;

    @jakarta.annotation.Resource(lookup = "jdbc/xenia")
    DataSource database;

    private final SignedIn me = new SignedIn(ME, "queue-it-anna", Set.of(Role.STAFF), null);

    @BeforeEach
    void sixThreadsOfTheTestsOwn() throws Exception {
        transaction.begin();
        Installation.freshInThisTransaction(database);
        sql("DELETE FROM question_thread");
        staff(ME, "queue-it-anna", "STAFF");
        staff(COLLEAGUE, "queue-it-bram", "STAFF");
        staff(COORDINATOR, "queue-it-coco", "COORDINATOR");
        Instant now = clock.instant();
        thread(T1, "NEW", "bg", "MONEY", null, now.minus(Duration.ofDays(30)), null);
        thread(T2, "OPEN", "bg", "HEALTH", ME, now.minus(Duration.ofDays(20)), null);
        thread(T3, "WAITING", "ro", "MONEY", COLLEAGUE, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(9)));
        thread(T4, "CLOSED", "ro", "RULES", null, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(39)));
        thread(T5, "NEW", "es", "OTHER", null, now.minus(Duration.ofHours(1)), null);
        // answered before, then the person wrote again: open, waiting for the office, not overdue
        thread(T6, "OPEN", "nl", "MONEY", COLLEAGUE, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        context.clear();
    }

    @AfterEach
    void rollBack() throws Exception {
        transaction.rollback();
    }

    @Test
    void eachViewSelectsItsThreadsOldestFirst() {
        assertEquals(List.of(T1, T2, T3, T6, T5), ids(View.OPEN), "expected every thread not closed");
        assertEquals(List.of(T1, T2, T6, T5), ids(View.UNANSWERED),
                "expected new and open threads (opened ones too) waiting for an answer");
        assertEquals(List.of(T2), ids(View.MINE), "expected the thread assigned to the member");
        assertEquals(List.of(T1, T5), ids(View.NOBODYS), "expected the open threads assigned to nobody");
        assertEquals(List.of(T1, T2), ids(View.OVERDUE), "expected the unanswered threads past the target");
        assertEquals(List.of(T3), ids(View.WAITING), "expected the thread waiting for the person");
        assertEquals(List.of(T4, T1, T2, T3, T6, T5), ids(View.ALL), "expected every thread, closed too");
    }

    @Test
    void newestFirstIsTheOtherWayRound() {
        assertEquals(List.of(T5, T6, T3, T2, T1), ids(Criteria.of(View.OPEN, true, "nl")),
                "expected the newest thread first");
    }

    @Test
    void aViewAndAnOrderComeFromTheirNamesInTheAddress() {
        assertEquals(View.OVERDUE, View.of("overdue"));
        assertEquals(View.OPEN, View.of("<script>"), "expected an unknown view to be the default");
        assertEquals(View.OPEN, View.of(null));
    }

    @Test
    void theSearchFindsANumberOrATopicByNameOrCode() {
        assertEquals(List.of(T3), ids(search(String.valueOf(T3))), "expected the thread with that number");
        assertEquals(List.of(T3), ids(search("#" + T3)), "expected a number with # found too");
        assertEquals(List.of(T1, T3, T6), ids(search("Geld")), "expected the money threads by their Dutch topic");
        assertEquals(List.of(T1, T3, T6), ids(search("money")), "expected the money threads by the topic's code");
        assertEquals(List.of(), ids(search("999999999")), "expected no thread for a number nobody has");
        assertEquals(List.of(), ids(search("' OR 1=1 --")), "expected a text that names no topic to find nothing");
    }

    @Test
    void theColumnFiltersMatchNamesInTheOfficeLanguageAndCodes() {
        assertEquals(List.of(T1, T2), ids(filter(null, "bg", null, null)), "expected bg by its code");
        assertEquals(List.of(T1, T2), ids(filter(null, "Bulgaars", null, null)), "expected bg by its Dutch name");
        assertEquals(List.of(T1, T2), ids(filter(null, "bulg", null, null)), "expected part of a name to do");
        assertEquals(List.of(T1, T3, T6), ids(filter(null, null, "Geld", null)), "expected the topic by name");
        assertEquals(List.of(T3, T6), ids(filter(null, null, null, "queue-it-bram")),
                "expected the colleague's threads by username");
        assertEquals(List.of(T2, T3, T6), ids(filter(null, null, null, "QUEUE-IT")),
                "expected every assigned thread whose assignee's name has the text");
        assertEquals(List.of(T3), ids(filter("wacht", null, null, null)), "expected the status by its Dutch name");
        assertEquals(List.of(T1), ids(filter(null, "bg", "geld", null)), "expected filters to narrow together");
        assertEquals(List.of(), ids(filter(null, "klingon", null, null)), "expected nothing for no language");
        Criteria english = new Criteria(View.OPEN, false, null, null, false, null, "Bulgarian", null, null, "en");
        assertEquals(List.of(T1, T2), ids(english), "expected the name in the office's English too");
    }

    @Test
    void aColumnSortsBothWaysInTheDatabase() {
        Criteria ascending = new Criteria(View.OPEN, false, null, Column.LANGUAGE, false, null, null, null, null,
                "nl");
        assertEquals(List.of(T1, T2, T5, T6, T3), ids(ascending), "expected bg, es, nl, ro (ties oldest first)");
        Criteria descending = new Criteria(View.OPEN, false, null, Column.LANGUAGE, true, null, null, null, null,
                "nl");
        assertEquals(List.of(T3, T6, T5, T1, T2), ids(descending), "expected ro, nl, es, bg");
        Criteria byTopic = new Criteria(View.ALL, false, null, Column.TOPIC, false, null, null, null, null, "nl");
        assertEquals(List.of(T2, T1, T3, T6, T5, T4), ids(byTopic), "expected HEALTH, MONEY, OTHER, RULES");
    }

    @Test
    void pagesComeFromTheDatabaseWithTheTotal() {
        Criteria all = Criteria.of(View.ALL, false, "nl");
        QuestionQueue.Page first = queue.page(me, all, 0, 2);
        QuestionQueue.Page second = queue.page(me, all, 2, 2);
        QuestionQueue.Page last = queue.page(me, all, 4, 2);
        assertEquals(6, first.total(), "expected the total of the view on every page");
        assertEquals(List.of(T4, T1), first.items().stream().map(QuestionQueue.Item::id).toList());
        assertEquals(List.of(T2, T3), second.items().stream().map(QuestionQueue.Item::id).toList());
        assertEquals(List.of(T6, T5), last.items().stream().map(QuestionQueue.Item::id).toList());
    }

    @Test
    void anItemSaysWhatTheListShowsAndNoContent() {
        List<QuestionQueue.Item> items = queue.page(me, Criteria.of(View.ALL, false, "nl"), 0, 10).items();
        QuestionQueue.Item first = items.stream().filter(item -> item.id() == T1).findFirst().orElseThrow();
        assertEquals("bg", first.language());
        assertTrue(first.overdue(), "expected the 30-day-old unanswered thread overdue");
        assertNotNull(first.due(), "expected a first-answer target while unanswered");
        assertNull(first.assignee(), "expected nobody assigned");
        QuestionQueue.Item waiting = items.stream().filter(item -> item.id() == T3).findFirst().orElseThrow();
        assertEquals("queue-it-bram", waiting.assignee(), "expected the assignee by username");
        assertNull(waiting.due(), "expected no target once answered");
        assertFalse(waiting.overdue(), "expected an answered thread never overdue");
    }

    @Test
    void theDashboardCountsEveryUnansweredAndEveryOverdueQuestion() {
        assertEquals(new QuestionQueue.Counts(4, 2), queue.counts(me),
                "expected new and opened threads counted as waiting for an answer, and the two past the target");
    }

    @Test
    void aMemberWithoutARoleForQuestionsIsRefused() {
        SignedIn coordinator = new SignedIn(COORDINATOR, "queue-it-coco", Set.of(Role.COORDINATOR), null);
        assertThrows(StaffAccountException.class, () -> queue.page(coordinator, Criteria.of(View.ALL, false, "nl"),
                0, 10), "expected the list refused to a coordinator");
        assertThrows(StaffAccountException.class, () -> queue.counts(coordinator),
                "expected the counts refused to a coordinator");
        SignedIn claiming = new SignedIn(COORDINATOR, "queue-it-coco", Set.of(Role.STAFF), null);
        assertThrows(StaffAccountException.class, () -> queue.page(claiming, Criteria.of(View.ALL, false, "nl"),
                0, 10), "expected a role the account does not hold in the database refused");
    }

    private List<Long> ids(View view) {
        return ids(Criteria.of(view, false, "nl"));
    }

    private List<Long> ids(Criteria criteria) {
        return queue.page(me, criteria, 0, 50).items().stream().map(QuestionQueue.Item::id).toList();
    }

    private static Criteria search(String text) {
        return new Criteria(View.ALL, false, text, null, false, null, null, null, null, "nl");
    }

    private static Criteria filter(String status, String language, String topic, String assignee) {
        return new Criteria(View.OPEN, false, null, null, false, status, language, topic, assignee, "nl");
    }

    private void staff(long id, String username, String roles) throws Exception {
        sql("INSERT INTO staff_account (id, username, status, roles, created_at) VALUES (" + id + ", '" + username
                + "', 'ACTIVE', '" + roles + "', CURRENT_TIMESTAMP)");
    }

    private void thread(long id, String status, String language, String topic, Long assignee, Instant created,
            Instant firstAnswer) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO question_thread (id, code_hash,"
                        + " form_token_hash, topic, language, status, assignee_id, person_key_text, person_key_sealed,"
                        + " created_at, last_activity_at, first_answer_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "queue-it-code-" + id);
            insert.setString(3, "queue-it-form-" + id);
            insert.setString(4, topic);
            insert.setString(5, language);
            insert.setString(6, status);
            insert.setObject(7, assignee);
            insert.setBytes(8, new byte[0]);
            insert.setBytes(9, new byte[0]);
            insert.setTimestamp(10, Timestamp.from(created));
            insert.setTimestamp(11, Timestamp.from(firstAnswer == null ? created : firstAnswer));
            insert.setTimestamp(12, firstAnswer == null ? null : Timestamp.from(firstAnswer));
            insert.executeUpdate();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
