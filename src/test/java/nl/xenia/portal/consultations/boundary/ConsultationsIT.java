package nl.xenia.portal.consultations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Sealed;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MovableClock;
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
 * The consultations' facades as any caller would use them, on committed data that each test removes: anonymous answers
 * are unlinkable (read from the database: no column, id, order or time joins an answer to the member who gave it; the
 * waiting response is encrypted and gone at the close), the rules of answering (required questions, choices offered,
 * once when anonymous, changed under the pseudonym, nothing after the close), results with groups below five hidden,
 * CSV, sessions and the participation record, and a member who leaves.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationsIT {

    private static final String ARCHIVE = "consultations-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final long FIRST_MEMBER = 990_400L;
    private static final int MEMBERS = 8;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    Consultations consultations;

    @Inject
    ConsultationDesk desk;

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
    void anAnonymousAnswerCannotBeJoinedToItsMember() throws Exception {
        List<SignedInMember> members = members("unlink");
        long id = consultation(true);
        try {
            for (int i = 0; i < members.size(); i++) {
                consultations.send(members.get(i), id, answers(id, i));
            }
            assertEquals(0, count("SELECT COUNT(*) FROM consultation_answer_set WHERE consultation_id = " + id),
                    "expected nothing counted before the close");
            assertEquals(members.size(), count("SELECT COUNT(*) FROM consultation_response WHERE consultation_id = "
                    + id + " AND sent = TRUE"), "expected the sent responses waiting for the close");
            assertFalse(Leaks.contains(Leaks.fullDump(database), MARKER),
                    "expected no open answer readable in the database while it waits (encrypted)");
            assertFalse(desk.results(admin(), id, "en").available(), "expected no results before the close");
            assertThrows(ConsultationException.class, () -> desk.openAnswers(admin(), id, "en"),
                    "expected no open answers before the close");

            desk.closeNow(admin(), id);

            assertEquals(0, count("SELECT COUNT(*) FROM consultation_response WHERE consultation_id = " + id),
                    "expected every response row gone at the close");
            assertEquals(members.size(), count("SELECT COUNT(*) FROM consultation_participation"
                    + " WHERE consultation_id = " + id), "expected that each member answered, recorded apart");
            assertEquals(members.size(), count("SELECT COUNT(*) FROM consultation_answer_set WHERE consultation_id = "
                    + id + " AND member_id IS NULL"), "expected every anonymous set without a member");
            assertEquals(Set.of("id", "consultation_id", "member_id"), columns("consultation_answer_set"),
                    "expected an answer set to hold no time and nothing else");
            assertEquals(Set.of("consultation_id", "member_id"), columns("consultation_participation"),
                    "expected participation to hold no time and nothing else");
            for (String table : List.of("consultation_answer_set", "consultation_answer",
                    "consultation_participation")) {
                assertFalse(hasTimeColumn(table), "expected no date or time column in " + table);
            }

            // which member gave which set: only the test knows, from the canary in each open answer
            List<Integer> physical = new ArrayList<>();
            List<Integer> byId = new ArrayList<>();
            Map<String, Integer> givenBy = givers(id);
            try (Connection connection = database.getConnection();
                    Statement query = connection.createStatement();
                    ResultSet sets = query.executeQuery(
                            "SELECT id FROM consultation_answer_set WHERE consultation_id = " + id)) {
                while (sets.next()) {
                    physical.add(givenBy.get(sets.getString(1)));
                }
            }
            givenBy.keySet().stream().sorted().forEach(set -> byId.add(givenBy.get(set)));
            List<Integer> sentOrder = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                sentOrder.add(i);
            }
            assertEquals(members.size(), givenBy.size(), "expected each member's canary in one set");
            assertNotEquals(sentOrder, physical, "expected the sets stored in another order than they were sent");
            List<Integer> reversed = new ArrayList<>(sentOrder);
            java.util.Collections.reverse(reversed);
            assertNotEquals(reversed, physical, "expected the sets not stored in reverse either");
            assertNotEquals(sentOrder, byId, "expected the sets' ids not to follow the order they were sent in");
        } finally {
            remove(id);
            removeMembers(members);
        }
    }

    @Test
    @Order(2)
    void theRulesOfAnswering() throws Exception {
        List<SignedInMember> members = members("rules");
        long anonymous = consultation(true);
        long named = consultation(false);
        try {
            List<Long> questions = questionIds(anonymous);
            ConsultationException required = assertThrows(ConsultationException.class,
                    () -> consultations.send(members.get(0), anonymous, Answers.none()));
            assertEquals(ConsultationException.Problem.REQUIRED, required.getProblem(), "expected REQUIRED");
            assertEquals(questions.get(0), required.getQuestionId(), "expected the first required question named");

            Answers foreign = new Answers(Map.of(questions.get(1), new Answers.Answer(Set.of(-5L), null, null)));
            assertEquals(ConsultationException.Problem.CHOICE, assertThrows(ConsultationException.class,
                    () -> consultations.saveDraft(members.get(0), anonymous, foreign)).getProblem(),
                    "expected a choice the question does not offer refused");

            Answers draft = new Answers(Map.of(questions.get(0), new Answers.Answer(Set.of(), null, "half written")));
            consultations.saveDraft(members.get(0), anonymous, draft);
            assertEquals("half written", consultations.page(members.get(0), anonymous, "en").answers()
                    .of(questions.get(0)).text(), "expected the draft read back");
            assertFalse(consultations.page(members.get(0), anonymous, "en").sent(), "expected a draft not sent");

            consultations.send(members.get(0), anonymous, answers(anonymous, 0));
            assertEquals(ConsultationException.Problem.SENT, assertThrows(ConsultationException.class,
                    () -> consultations.send(members.get(0), anonymous, answers(anonymous, 1))).getProblem(),
                    "expected an anonymous response sent once");
            assertFalse(consultations.page(members.get(0), anonymous, "en").mayChange(),
                    "expected a sent anonymous response not changeable");

            consultations.send(members.get(1), named, answers(named, 1));
            consultations.send(members.get(1), named, answers(named, 2));
            assertTrue(consultations.page(members.get(1), named, "en").mayChange(),
                    "expected an answer under the pseudonym changeable until the close");
            assertEquals(1, count("SELECT COUNT(*) FROM consultation_answer_set WHERE consultation_id = " + named
                    + " AND member_id = " + members.get(1).id()), "expected one set under the pseudonym, replaced");
            List<StaffViews.OpenAnswer> open = desk.openAnswers(admin(), named, "en");
            assertEquals(1, open.size(), "expected one open answer under the pseudonym");
            assertEquals(members.get(1).pseudonym(), open.get(0).pseudonym(), "expected the pseudonym shown");
            assertTrue(open.get(0).text().contains("member 2"), "expected the changed answer, not the first");

            desk.closeNow(admin(), named);
            assertEquals(ConsultationException.Problem.CLOSED, assertThrows(ConsultationException.class,
                    () -> consultations.send(members.get(1), named, answers(named, 3))).getProblem(),
                    "expected nothing sent after the close");
            assertEquals(ConsultationException.Problem.MEMBER_GONE, assertThrows(ConsultationException.class,
                    () -> consultations.forMember(new SignedInMember(1L, "nobody", "en"), "en")).getProblem(),
                    "expected a member who does not exist refused");
        } finally {
            remove(anonymous);
            remove(named);
            removeMembers(members);
        }
    }

    @Test
    @Order(3)
    void resultsHideSmallGroupsAndTheRecordCountsAnswersAndSessions() throws Exception {
        List<SignedInMember> members = members("results");
        long id = consultation(true);
        try {
            long session = desk.addSession(admin(), id, new StaffViews.SessionDraft(
                    MovableClock.INSTANCE.instant().plus(Duration.ofDays(2)),
                    MovableClock.INSTANCE.instant().plus(Duration.ofDays(2)).plus(Duration.ofHours(2)), false,
                    "Room 2, the back door"));
            for (int i = 0; i < members.size(); i++) {
                consultations.send(members.get(i), id, answers(id, i));
            }
            consultations.signUp(members.get(0), session, true);
            consultations.signUp(members.get(1), session, true);
            consultations.signUp(members.get(1), session, false);
            assertEquals("Room 2, the back door", consultations.page(members.get(0), id, "en").sessions().get(0)
                    .place(), "expected a member to read where the session is");
            desk.recordAttendance(admin(), session, Set.of(members.get(0).id()));
            desk.closeNow(admin(), id);

            long waiting = desk.awaitingOutcome(admin());
            assertTrue(waiting >= 1, "expected the closed consultation to wait for its outcome on the dashboard");

            StaffViews.Results results = desk.results(admin(), id, "en");
            assertEquals(new StaffViews.Count(members.size(), false), results.answered(),
                    "expected 8 answered, shown");
            StaffViews.QuestionResult one = results.questions().get(1);
            assertEquals(QuestionKind.ONE, one.kind(), "expected the one-choice question second");
            // answers(): option i % 2 → 4 and 4: both below five, hidden
            assertTrue(one.choices().stream().allMatch(c -> c.count().suppressed() && c.count().value() == 0),
                    "expected groups of four hidden, without their value: " + one.choices());
            StaffViews.QuestionResult several = results.questions().get(2);
            assertEquals(new StaffViews.Count(8, false), several.choices().get(0).count(),
                    "expected everyone's first option of the several-choice question counted");
            String csv = desk.resultsCsv(admin(), id, "en");
            assertTrue(csv.startsWith("question_number,question,kind,choice,count"), "expected the CSV header");
            assertTrue(csv.contains("< 5"), "expected hidden cells written as < 5 in the CSV");

            int year = ZonedDateTime.ofInstant(MovableClock.INSTANCE.instant(), Languages.LOCAL_TIME).getYear();
            Map<String, StaffViews.Participation> record = new HashMap<>();
            desk.participation(admin(), year).forEach(row -> record.put(row.pseudonym(), row));
            assertEquals(new StaffViews.Participation(members.get(0).pseudonym(), 1, 1),
                    record.get(members.get(0).pseudonym()), "expected one answer and one session");
            assertEquals(new StaffViews.Participation(members.get(1).pseudonym(), 1, 0),
                    record.get(members.get(1).pseudonym()), "expected one answer and no session");

            desk.saveOutcome(admin(), id, new StaffViews.Outcome(Map.of("en",
                    new StaffViews.OutcomeTexts("You said evenings.", "We opened in the evening.", "")), false, false));
            desk.publishOutcome(admin(), id, false, false);
            assertEquals(waiting - 1, desk.awaitingOutcome(admin()), "expected one fewer waiting once published");

            // a member leaves: the account goes, the anonymous answers stay, unlinked
            sql("DELETE FROM member WHERE id = " + members.get(0).id());
            assertEquals(members.size(), count("SELECT COUNT(*) FROM consultation_answer_set WHERE consultation_id = "
                    + id), "expected every answer set kept after a member left");
            assertNull(record(desk.participation(admin(), year), members.get(0).pseudonym()),
                    "expected the member who left gone from the record");
        } finally {
            remove(id);
            removeMembers(members);
        }
    }

    // ---- fixtures ----

    private SignedIn admin() throws SQLException {
        long adminId = count("SELECT id FROM staff_account WHERE username = '" + Office.ADMIN + "'");
        return new SignedIn(adminId, Office.ADMIN, Set.of(Role.ADMIN), Installation.firstAdminKey(keys, secrets,
                database));
    }

    /** A consultation with the four kinds (open, one of two, several of three, a scale), open now, published. */
    private long consultation(boolean anonymous) throws SQLException {
        Instant now = MovableClock.INSTANCE.instant();
        Map<String, StaffViews.QuestionTexts> open = Map.of("en",
                new StaffViews.QuestionTexts("What would help you?", List.of(), null, null));
        Map<String, StaffViews.QuestionTexts> one = Map.of("en",
                new StaffViews.QuestionTexts("Which day suits you?", List.of("Monday", "Friday"), null, null));
        Map<String, StaffViews.QuestionTexts> several = Map.of("en", new StaffViews.QuestionTexts(
                "What do you use?", List.of("Phone", "Laptop", "Paper"), null, null));
        Map<String, StaffViews.QuestionTexts> scale = Map.of("en",
                new StaffViews.QuestionTexts("How safe do you feel?", List.of(), "Not at all", "Very"));
        long id = desk.save(admin(), new StaffViews.Draft(null, anonymous, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)),
                Map.of("en", new StaffViews.Texts("Test consultation " + MARKER.substring(0, 6), "Some *background*.")),
                List.of(new StaffViews.QuestionDraft(null, QuestionKind.OPEN, true, open),
                        new StaffViews.QuestionDraft(null, QuestionKind.ONE, true, one),
                        new StaffViews.QuestionDraft(null, QuestionKind.SEVERAL, false, several),
                        new StaffViews.QuestionDraft(null, QuestionKind.SCALE, false, scale)),
                false, false));
        desk.publish(admin(), id);
        return id;
    }

    /** Member i's answers: a canary open text naming i, option i % 2, the first and maybe the second, scale. */
    private Answers answers(long id, int i) {
        List<Long> questions = questionIds(id);
        List<List<Long>> options = new ArrayList<>();
        for (long question : questions) {
            options.add(optionIds(question));
        }
        Map<Long, Answers.Answer> given = new LinkedHashMap<>();
        given.put(questions.get(0), new Answers.Answer(Set.of(), null, "member " + i + " " + MARKER));
        given.put(questions.get(1), new Answers.Answer(Set.of(options.get(1).get(i % 2)), null, null));
        given.put(questions.get(2), new Answers.Answer(i % 3 == 0
                ? Set.of(options.get(2).get(0))
                : Set.of(options.get(2).get(0), options.get(2).get(1)), null, null));
        given.put(questions.get(3), new Answers.Answer(Set.of(), 1 + i % 5, null));
        return new Answers(given);
    }

    private List<Long> questionIds(long id) {
        try {
            return longs("SELECT id FROM consultation_question WHERE consultation_id = " + id + " ORDER BY position");
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private List<Long> optionIds(long question) {
        try {
            return longs("SELECT id FROM consultation_option WHERE question_id = " + question + " ORDER BY position");
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Which member index gave each answer set, read from the canary open answers with the admin's key. */
    private Map<String, Integer> givers(long id) throws Exception {
        Map<String, Integer> givenBy = new HashMap<>();
        try (Connection connection = database.getConnection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT a.id, a.answer_set_id, a.text_sealed, a.text_for_org"
                        + " FROM consultation_answer a JOIN consultation_answer_set s ON s.id = a.answer_set_id"
                        + " WHERE s.consultation_id = " + id + " AND a.text_sealed IS NOT NULL")) {
            while (rows.next()) {
                String text = keys.openAll(List.of(new Sealed(rows.getBytes(3), rows.getBytes(4), null)),
                        List.of("consultation-answer:" + rows.getString(1)), admin().key(), "consultations-it",
                        "consultations-it").get(0);
                givenBy.put(rows.getString(2), Integer.parseInt(text.split(" ")[1]));
            }
        }
        return givenBy;
    }

    private static StaffViews.Participation record(List<StaffViews.Participation> rows, String pseudonym) {
        return rows.stream().filter(row -> row.pseudonym().equals(pseudonym)).findFirst().orElse(null);
    }

    private List<SignedInMember> members(String kind) throws Exception {
        List<SignedInMember> members = new ArrayList<>();
        long base = FIRST_MEMBER + 20L * List.of("unlink", "rules", "results").indexOf(kind);
        for (int i = 0; i < MEMBERS; i++) {
            String pseudonym = "it-" + kind + "-" + i;
            sql("INSERT INTO member (id, pseudonym, pseudonym_key, password_hash, language, joined_on) VALUES ("
                    + (base + i) + ", '" + pseudonym + "', '" + pseudonym.toLowerCase(Locale.ROOT)
                    + "', 'x', 'en', CURRENT_DATE)");
            members.add(new SignedInMember(base + i, pseudonym, "en"));
        }
        return members;
    }

    private void removeMembers(List<SignedInMember> members) throws SQLException {
        for (SignedInMember member : members) {
            sql("DELETE FROM member WHERE id = " + member.id());
        }
    }

    private void remove(long id) throws SQLException {
        sql("DELETE FROM consultation WHERE id = " + id);
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> columns = new java.util.TreeSet<>();
        try (Connection connection = database.getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, null, table, null);
                ResultSet upper = connection.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT),
                        null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            while (upper.next()) {
                columns.add(upper.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private boolean hasTimeColumn(String table) throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet rows = connection.getMetaData().getColumns(null, null, table, null);
                ResultSet upper = connection.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT),
                        null)) {
            for (ResultSet result : List.of(rows, upper)) {
                while (result.next()) {
                    int type = result.getInt("DATA_TYPE");
                    if (type == Types.DATE || type == Types.TIME || type == Types.TIMESTAMP
                            || type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIME_WITH_TIMEZONE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private long count(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Long> longs(String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getLong(1));
            }
        }
        return values;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
