package nl.xenia.portal.consultations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.privacy.boundary.InstallationKeys;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A canary open answer (anonymous, and one under the pseudonym), a canary draft and a canary session place: staff read
 * the answers in their session (the opening in the audit log) and members the place, so the canaries are there to
 * find; then none of them is in a full database dump (H2's SCRIPT, or pg_dump) or in any file the server wrote, and
 * neither is the key that opens waiting responses and places.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationCanaryIT {

    private static final String ARCHIVE = "consultation-canary-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String ANSWER = "answer" + MARKER;
    private static final String DRAFT = "draft" + MARKER;
    private static final String PLACE = "place" + MARKER + ", back room";
    private static final String TITLE = "Canary consultation";
    private static final long FIRST_MEMBER = 990_480L;
    /** Where member 0 is told of new consultations and outcomes (unique per run, not the marker). */
    private static final String MAIL = "canary-" + java.util.UUID.randomUUID().toString().substring(0, 8)
            + "@example.invalid";

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    Consultations consultations;

    @Inject
    ConsultationDesk desk;

    @Inject
    InstallationKeys installationKeys;

    @Inject
    nl.xenia.portal.members.boundary.Members members;

    @Inject
    nl.xenia.portal.notification.boundary.OutboxProbe outbox;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private static long anonymousId;
    private static long namedId;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void membersAnswerAndStaffReadTheAnswersInTheirSession() throws Exception {
        for (int i = 0; i < 3; i++) {
            sql("INSERT INTO member (id, pseudonym, pseudonym_key, password_hash, language, joined_on) VALUES ("
                    + (FIRST_MEMBER + i) + ", 'canary-" + i + "', 'canary-" + i + "', 'x', 'ro', CURRENT_DATE)");
        }
        members.setAddress(member(0), MAIL, "ro");
        anonymousId = consultation(true);
        namedId = consultation(false);
        long session = desk.addSession(admin(), anonymousId, new StaffViews.SessionDraft(
                MovableClock.INSTANCE.instant().plus(Duration.ofDays(3)),
                MovableClock.INSTANCE.instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(1)), false, PLACE));
        consultations.send(member(0), anonymousId, answer(anonymousId, ANSWER + " anonymous"));
        consultations.send(member(1), namedId, answer(namedId, ANSWER + " named"));
        consultations.saveDraft(member(2), anonymousId, answer(anonymousId, DRAFT));
        consultations.signUp(member(0), session, true);
        assertEquals(PLACE, consultations.page(member(0), anonymousId, "ro").sessions().get(0).place(),
                "expected the member to read the session's place");
        assertEquals(DRAFT, consultations.page(member(2), anonymousId, "ro").answers().byQuestion().values()
                .iterator().next().text(), "expected the member to read the draft back");

        String opening = "SELECT COUNT(*) FROM audit_entry WHERE action = 'SEALED_ITEM_OPENED' AND actor = '"
                + Office.ADMIN + "' AND subject_type = 'consultation' AND subject_id = '" + namedId + "'";
        long before = count(opening);
        assertEquals(List.of(ANSWER + " named"), desk.openAnswers(admin(), namedId, "en").stream()
                .map(StaffViews.OpenAnswer::text).toList(), "expected staff to read the answer under the pseudonym");
        assertTrue(count(opening) >= Math.max(1, before), "expected the opening in the audit log");
    }

    @Test
    @Order(2)
    void noneOfItIsInAFullDatabaseDumpWhileItWaitsNorAfterTheClose() throws Exception {
        byte[] waiting = Leaks.fullDump(database);
        assertTrue(Leaks.contains(waiting, TITLE), "expected the dump to see the tables (the title)");
        for (String secret : List.of(ANSWER, DRAFT, PLACE, MARKER)) {
            assertFalse(Leaks.contains(waiting, secret), "expected no canary in the dump before the close: " + secret);
        }
        desk.closeNow(admin(), anonymousId);
        assertEquals(ConsultationException.Problem.FEW,
                org.junit.jupiter.api.Assertions.assertThrows(ConsultationException.class,
                        () -> desk.openAnswers(admin(), anonymousId, "en")).getProblem(),
                "expected one anonymous open answer kept closed (the participation record says whose it is)");
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_answer a JOIN consultation_answer_set s"
                + " ON s.id = a.answer_set_id WHERE s.consultation_id = " + anonymousId
                + " AND a.text_sealed IS NOT NULL"), "expected the anonymous answer written, sealed, at the close");
        byte[] closed = Leaks.fullDump(database);
        for (String secret : List.of(ANSWER, DRAFT, PLACE, MARKER)) {
            assertFalse(Leaks.contains(closed, secret), "expected no canary in the dump after the close: " + secret);
        }
        for (String purpose : List.of("consultation-response", "consultation-session-place")) {
            byte[] key = installationKeys.derivedKey(purpose);
            for (String form : List.of(HexFormat.of().formatHex(key), HexFormat.of().withUpperCase().formatHex(key),
                    Base64.getEncoder().encodeToString(key))) {
                assertFalse(Leaks.contains(closed, form), "expected no derived key in the dump: " + purpose);
            }
        }
    }

    @Test
    @Order(3)
    void theMailsToMembersSayOnlyThatThereIsSomethingNew() throws Exception {
        desk.saveOutcome(admin(), anonymousId, new StaffViews.Outcome(Map.of("ro",
                new StaffViews.OutcomeTexts("Ați spus că vreți ore de seară.", "Am deschis seara.", "Nimic.")), false,
                false));
        desk.publishOutcome(admin(), anonymousId, false, true);
        List<String> bodies = outbox.bodiesTo(MAIL);
        List<String> subjects = outbox.subjectsTo(MAIL);
        assertEquals(3, bodies.size(), "expected the two openings' mails and the outcome's, nothing more");
        for (String text : concat(bodies, subjects)) {
            for (String secret : List.of(ANSWER, DRAFT, PLACE, MARKER, TITLE, "canary-0", "seara")) {
                assertFalse(text.contains(secret), "expected nothing of the consultation in a mail: " + secret);
            }
        }
        assertTrue(bodies.stream().allMatch(body -> body.contains("/ro/members/")),
                "expected each mail to link to the members' pages in the member's language");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    @Order(4)
    @RunAsClient
    void noneOfItIsInAnyFileTheServerWrote() throws Exception {
        Path serverDir = Portal.serverDir();
        assertTrue(Files.isDirectory(serverDir.resolve("logs")), "expected the test server's directory");
        // the bare marker travels in the test archive (so both JVMs know it): the canaries are the marked texts
        for (String secret : List.of(ANSWER, DRAFT, PLACE)) {
            assertEquals(List.of(), Leaks.filesContaining(serverDir, secret),
                    "expected the canary in no file the server wrote: " + secret);
        }
    }

    @Test
    @Order(9)
    void cleanUp() throws Exception {
        for (long id : new long[]{anonymousId, namedId}) {
            if (id != 0) {
                sql("DELETE FROM consultation WHERE id = " + id);
            }
        }
        sql("DELETE FROM member WHERE id BETWEEN " + FIRST_MEMBER + " AND " + (FIRST_MEMBER + 9));
    }

    private long consultation(boolean anonymous) throws SQLException {
        Instant now = MovableClock.INSTANCE.instant();
        long id = desk.save(admin(), new StaffViews.Draft(null, anonymous, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), Map.of("ro", new StaffViews.Texts(TITLE, "Background.")),
                List.of(new StaffViews.QuestionDraft(null, QuestionKind.OPEN, true,
                        Map.of("ro", new StaffViews.QuestionTexts("Ce v-ar ajuta?", List.of(), null, null)))),
                false, false));
        desk.publish(admin(), id);
        return id;
    }

    private Answers answer(long id, String text) throws SQLException {
        long question = count("SELECT id FROM consultation_question WHERE consultation_id = " + id);
        Map<Long, Answers.Answer> given = new LinkedHashMap<>();
        given.put(question, new Answers.Answer(Set.of(), null, text));
        return new Answers(given);
    }

    private static SignedInMember member(int i) {
        return new SignedInMember(FIRST_MEMBER + i, "canary-" + i, "ro");
    }

    private SignedIn admin() throws SQLException {
        long adminId = count("SELECT id FROM staff_account WHERE username = '" + Office.ADMIN + "'");
        return new SignedIn(adminId, Office.ADMIN, Set.of(Role.ADMIN),
                Installation.firstAdminKey(keys, secrets, database));
    }

    private long count(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.getConnection(); Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
