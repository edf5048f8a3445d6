package nl.xenia.portal.consultations.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.xenia.portal.consultations.boundary.Answers;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff run a consultation through the office pages over HTTP (a STAFF member of the office fixture, office in Dutch):
 * the editor with all four kinds of question (added, moved and refused without losing anything typed), publishing
 * after the question, a session (refused without a place), members who answer anonymously and sign up (through the
 * members' facade in the container, on members made for the test), who came, closing now, the results with a chart
 * container and the same numbers in a table (small groups as "< 5"), the open answers shown on request and audited,
 * the CSV files, the outcome saved and published, the participation record for an admin; the questions shown, not
 * edited, once answered; a consultation never published deleted. The pages refused to other roles and visitors.
 * Screenshots of the editor and the results at 1280 wide.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationOfficeIT {

    private static final String ARCHIVE = "consultation-office-it";
    private static final String STAFF = "consultation-staff";
    private static final String COORDINATOR = "consultation-coordinator";
    private static final long FIRST_MEMBER = 990_700L;
    private static final int MEMBERS = 10;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    Consultations consultations;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    /** Kept in the test's JVM between the client steps. */
    private static ConsultationOfficeClient office;

    /** The test's label (both sides know it: from the archive's marker), in the titles of its consultations. */
    private static String label() {
        return Leaks.marker(ARCHIVE).substring(0, 8);
    }

    /** The canary in every member's open answer. */
    private static String canary() {
        return Leaks.marker(ARCHIVE).substring(8, 28);
    }

    private static String title() {
        return "Raadpleging " + label();
    }

    private static String pseudonym(int member) {
        return "cons-" + label() + "-" + member;
    }

    /** The day the session is on (tomorrow in the Netherlands: members may still sign up). */
    private static LocalDate sessionDay() {
        return today().plusDays(1);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
        office = new ConsultationOfficeClient(Office.member(STAFF, "STAFF").signIn());
    }

    @Test
    @Order(1)
    @RunAsClient
    void staffWriteAConsultationWithFourKindsOfQuestionWithoutLosingWhatTheyTyped() {
        HttpResponse<String> editor = office.newEditor();
        assertEquals("anonymous", Portal.html(editor).select("#consultation\\:answering input[checked]").val(),
                "expected a new consultation anonymous unless chosen otherwise");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("consultation:opensDay", today().toString());
        fields.put("consultation:opensTime", "0:00");
        fields.put("consultation:closesDay", today().plusDays(14).toString());
        fields.put("consultation:closesTime", "17:00");
        fields.put("consultation:answering", "anonymous");
        fields.put("title-nl", title());
        fields.put("background-nl", "Waarom we het **vragen** " + label());
        fields.put("title-en", "Consultation " + label());
        fields.put("questions", "1");
        fields.put("q0-kind", "OPEN");
        fields.put("q0-required", "true");
        fields.put("q0-text-nl", "Wat wilt u ons zeggen?");
        fields.put("q0-text-en", "What would you like to tell us?");

        // three questions added, one by one: each post comes back with everything typed
        fields.put("consultation:newKind", "ONE");
        HttpResponse<String> added = office.post(editor, fields, "consultation:add");
        assertEquals(200, added.statusCode(), "expected the form back with a question more, not saved");
        assertEquals("What would you like to tell us?", ConsultationOfficeClient.field(added, "q0-text-en"),
                "expected the first question's text kept");
        assertEquals(title(), ConsultationOfficeClient.field(added, "title-nl"), "expected the title kept");
        assertEquals(today().toString(), ConsultationOfficeClient.field(added, "consultation:opensDay"));
        assertEquals("ONE", ConsultationOfficeClient.field(added, "q1-kind"), "expected the kind chosen added");
        fields.put("questions", "2");
        fields.put("q1-kind", "ONE");
        fields.put("q1-text-nl", "Welke dag past u het best?");
        fields.put("q1-options-nl", "Maandag\nWoensdag");
        fields.put("consultation:newKind", "SEVERAL");
        added = office.post(added, fields, "consultation:add");
        fields.put("questions", "3");
        fields.put("q2-kind", "SEVERAL");
        fields.put("q2-text-nl", "Wat heeft u nodig?");
        fields.put("q2-options-nl", "Informatie\n\n  Een gesprek  \nHulp met papieren");
        fields.put("consultation:newKind", "SCALE");
        added = office.post(added, fields, "consultation:add");
        assertEquals("SCALE", ConsultationOfficeClient.field(added, "q3-kind"));
        assertEquals("Maandag\nWoensdag", ConsultationOfficeClient.field(added, "q1-options-nl"),
                "expected the options kept, one per line");
        fields.put("questions", "4");
        fields.put("q3-kind", "SCALE");
        fields.put("q3-text-nl", "Hoe veilig voelt u zich?");

        // a scale without its words: refused, naming the question, with everything kept
        HttpResponse<String> refused = office.post(added, fields, "consultation:save");
        assertEquals(200, refused.statusCode(), "expected the refusal shown on the page, not a redirect");
        assertTrue(OfficeHttp.messages(refused).contains(problem("SCALE_WORDS")),
                "expected the scale's words asked for: " + OfficeHttp.messages(refused));
        assertEquals("Hoe veilig voelt u zich?", ConsultationOfficeClient.field(refused, "q3-text-nl"));
        assertEquals("Informatie\n\n  Een gesprek  \nHulp met papieren",
                ConsultationOfficeClient.field(refused, "q2-options-nl"), "expected the options kept as typed");

        // moved down (not saved: the next post is of the form as it was): the texts travel with their question
        HttpResponse<String> moved = office.post(refused, fields, "consultation:q:0:down");
        assertEquals("Welke dag past u het best?", ConsultationOfficeClient.field(moved, "q0-text-nl"),
                "expected the second question first after moving the first down");
        assertEquals("Wat wilt u ons zeggen?", ConsultationOfficeClient.field(moved, "q1-text-nl"));
        assertTrue(Portal.html(moved).getElementById("q1-required").hasAttr("checked"),
                "expected 'required' to travel with the question");
        assertFalse(Portal.html(moved).getElementById("q0-required").hasAttr("checked"));

        fields.put("q3-low-nl", "Helemaal niet");
        fields.put("q3-high-nl", "Heel erg");
        HttpResponse<String> saved = office.post(refused, fields, "consultation:save");
        assertEquals(303, saved.statusCode(), "expected the consultation saved: " + OfficeHttp.messages(saved));
        long id = ConsultationOfficeClient.idIn(saved.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> shown = office.office().follow(saved);
        assertEquals(Bundles.text("nl", "office.consultation.message.created"), OfficeHttp.messages(shown));
        assertEquals("OPEN", ConsultationOfficeClient.field(shown, "q0-kind"));
        assertEquals("ONE", ConsultationOfficeClient.field(shown, "q1-kind"));
        assertEquals("SEVERAL", ConsultationOfficeClient.field(shown, "q2-kind"));
        assertEquals("SCALE", ConsultationOfficeClient.field(shown, "q3-kind"));
        assertEquals("Informatie\nEen gesprek\nHulp met papieren",
                ConsultationOfficeClient.field(shown, "q2-options-nl"), "expected blank lines and spaces dropped");
        assertEquals("Heel erg", ConsultationOfficeClient.field(shown, "q3-high-nl"));
        assertEquals("17:00", ConsultationOfficeClient.field(shown, "consultation:closesTime"));
        assertTrue(Portal.html(shown).getElementById("q0-required").hasAttr("checked"), "expected 'required' saved");

        ConsultationOfficeClient.Row row = office.row(label());
        assertEquals(id, row.id());
        assertEquals(title(), row.title(), "expected the Dutch title in the Dutch office");
        assertEquals(Bundles.text("nl", "office.consultations.answering.anonymous"), row.answering());
        assertEquals(Bundles.text("nl", "office.consultations.stage.unpublished"), row.stage());
        assertEquals("0", row.answered());
    }

    @Test
    @Order(2)
    @RunAsClient
    void publishingAsksFirstAndASessionIsAddedWithItsPlace() {
        long id = office.row(label()).id();
        HttpResponse<String> published = office.confirm(id, "publish");
        assertEquals(303, published.statusCode(), "expected published: " + OfficeHttp.messages(published));
        assertEquals(Bundles.text("nl", "office.consultation.message.published"),
                OfficeHttp.messages(office.office().follow(published)));
        assertEquals(Bundles.text("nl", "ConsultationStage.OPEN"), office.row(label()).stage());
        assertNull(Portal.html(office.editor(id)).getElementById("toDelete"),
                "expected no way to delete a published consultation");

        HttpResponse<String> sessions = office.page("consultation-sessions", id);
        assertNotNull(Portal.html(sessions).getElementById("no-sessions"), "expected no sessions yet");
        Map<String, String> session = new LinkedHashMap<>();
        session.put("add:day", sessionDay().toString());
        session.put("add:start", "19:00");
        session.put("add:end", "21:00");
        session.put("add:place", " ");
        HttpResponse<String> refused = office.office().submit(sessions, "add", session, "add:save");
        assertEquals(200, refused.statusCode(), "expected a session without a place refused on the page");
        assertTrue(OfficeHttp.messages(refused).contains(problem("SESSION")), OfficeHttp.messages(refused));
        assertEquals("19:00", ConsultationOfficeClient.field(refused, "add:start"), "expected the time kept");

        session.put("add:place", "Zaal " + label() + ", bel aan bij Xenia");
        HttpResponse<String> added = office.office().submit(sessions, "add", session, "add:save");
        assertEquals(303, added.statusCode(), "expected the session added: " + OfficeHttp.messages(added));
        Document page = Portal.html(office.office().follow(added));
        assertEquals(List.of("Zaal " + label() + ", bel aan bij Xenia"), page.select(".session .place").eachText());
        assertTrue(page.select(".session-when").text().endsWith("19:00–21:00"), page.select(".session-when").text());

        // a second one, online, removed after the question
        session.put("add:start", "10:00");
        session.put("add:end", "11:00");
        session.put("add:online", "true");
        session.put("add:place", "https://meet.example.invalid/" + label());
        HttpResponse<String> second = office.office()
                .follow(office.office().submit(office.page("consultation-sessions", id), "add", session, "add:save"));
        assertEquals(2, Portal.html(second).select(".session").size(), "expected two sessions");
        Element remove = Portal.html(second).select(".session").stream()
                .filter(shown -> shown.select(".place").text().startsWith("https://")).findFirst()
                .map(shown -> shown.selectFirst("a.remove-link")).orElse(null);
        assertNotNull(remove, "expected a link to remove the second session");
        HttpResponse<String> question = office.office().get(remove.attr("abs:href"));
        assertNotNull(Portal.html(question).getElementById("ask-question"), "expected the removal asked first");
        HttpResponse<String> removed = office.office().submit(question, "remove", Map.of(), "remove:confirm");
        assertEquals(303, removed.statusCode(), "expected the session removed: " + OfficeHttp.messages(removed));
        Document after = Portal.html(office.office().follow(removed));
        assertEquals(List.of("Zaal " + label() + ", bel aan bij Xenia"), after.select(".session .place").eachText(),
                "expected only the first session left");
    }

    @Test
    @Order(3)
    void membersAnswerAnonymouslyAndSignUpForTheSession() throws Exception {
        long id = consultationId();
        List<Long> questions = longs("SELECT id FROM consultation_question WHERE consultation_id = " + id
                + " ORDER BY position");
        assertEquals(4, questions.size(), "expected the four questions saved");
        List<List<Long>> options = new ArrayList<>();
        for (long question : questions) {
            options.add(longs("SELECT id FROM consultation_option WHERE question_id = " + question
                    + " ORDER BY position"));
        }
        long session = longs("SELECT id FROM consultation_session WHERE consultation_id = " + id).get(0);
        for (int i = 0; i < MEMBERS; i++) {
            String pseudonym = pseudonym(i);
            sql("INSERT INTO member (id, pseudonym, pseudonym_key, password_hash, language, joined_on) VALUES ("
                    + (FIRST_MEMBER + i) + ", '" + pseudonym + "', '" + pseudonym.toLowerCase(Locale.ROOT)
                    + "', 'x', 'nl', CURRENT_DATE)");
            SignedInMember member = new SignedInMember(FIRST_MEMBER + i, pseudonym, "nl");
            // 0 open, 1 one choice, 2 several, 3 scale
            Map<Long, Answers.Answer> given = new LinkedHashMap<>();
            given.put(questions.get(0), new Answers.Answer(Set.of(), null, "lid " + i + " " + canary()));
            given.put(questions.get(1), new Answers.Answer(Set.of(options.get(1).get(i % 2)), null, null));
            given.put(questions.get(2), new Answers.Answer(i < 5
                    ? Set.of(options.get(2).get(0), options.get(2).get(1))
                    : Set.of(options.get(2).get(0)), null, null));
            given.put(questions.get(3), new Answers.Answer(Set.of(), i < 5 ? 4 : 5, null));
            consultations.send(member, id, new Answers(given));
            if (i < 3) {
                consultations.signUp(member, session, true);
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void resultsComeAfterTheCloseTheQuestionsAreLockedAndWhoCameIsRecorded() {
        long id = office.row(label()).id();
        HttpResponse<String> before = office.page("consultation-results", id);
        assertNotNull(Portal.html(before).getElementById("not-available"), "expected no results before the close");
        assertNull(Portal.html(before).getElementById("csv"), "expected no CSV before the close");
        assertEquals(String.valueOf(MEMBERS), office.row(label()).answered(), "expected everyone counted");

        HttpResponse<String> editor = office.editor(id);
        assertNotNull(Portal.html(editor).getElementById("questions-locked"), "expected the questions shown only");
        assertNull(Portal.html(editor).getElementById("q0-text-nl"), "expected no question field once answered");
        HttpResponse<String> renamed = office.post(editor, Map.of("title-nl", title() + " (bijgewerkt)"),
                "consultation:save");
        assertEquals(303, renamed.statusCode(), "expected the texts still saved: " + OfficeHttp.messages(renamed));
        assertEquals(title() + " (bijgewerkt)", office.row(label()).title());

        // who came: the first two of the three who signed up
        HttpResponse<String> sessions = office.page("consultation-sessions", id);
        Document page = Portal.html(sessions);
        assertEquals(List.of(pseudonym(0), pseudonym(1), pseudonym(2)), page.select(".pseudonym").eachText(),
                "expected the pseudonyms of those who signed up");
        Element form = page.selectFirst("form[id$=\":attendance\"]");
        assertNotNull(form, "expected a form for who came");
        Map<String, String> came = new LinkedHashMap<>();
        for (Element box : form.select("input[type=checkbox]")) {
            String who = page.selectFirst("label[for=\"" + box.id() + "\"]").text();
            if (!who.equals(pseudonym(2))) {
                came.put(box.attr("name"), "yes");
            }
        }
        HttpResponse<String> saved = office.office().submit(sessions, form.id(), came, form.id() + ":save");
        assertEquals(303, saved.statusCode(), "expected who came saved: " + OfficeHttp.messages(saved));
        HttpResponse<String> after = office.office().follow(saved);
        assertEquals(Bundles.text("nl", "office.consultationsessions.message.attendance"), OfficeHttp.messages(after));
        assertEquals(Bundles.format("nl", "office.consultationsessions.came", Map.of("came", 2, "signedUp", 3)),
                Portal.html(after).selectFirst(".came-count").text());

        HttpResponse<String> closed = office.confirm(id, "close");
        assertEquals(303, closed.statusCode(), "expected closed: " + OfficeHttp.messages(closed));
        assertEquals(Bundles.text("nl", "ConsultationStage.CLOSED"), office.row(label()).stage());
        Document closedEditor = Portal.html(office.editor(id));
        assertNotNull(closedEditor.getElementById("closed-note"), "expected a closed consultation said to be closed");
        assertNull(closedEditor.getElementById("consultation"), "expected no form to change a closed consultation");
        assertEquals(4, closedEditor.select("#questions-shown .locked-question").size(),
                "expected its questions shown");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theResultsShowAChartAndTheSameNumbersInATableAndTheOpenAnswersOnRequest() {
        long id = office.row(label()).id();
        HttpResponse<String> results = office.page("consultation-results", id);
        Document page = Portal.html(results);
        assertEquals(String.valueOf(MEMBERS), page.getElementById("answered").text());
        assertEquals(3, page.select("div.ui-chart canvas").size(),
                "expected a chart for the one choice, the several choices and the scale: " + page.select(".result"));
        assertTrue(page.select("script").stream().anyMatch(script -> script.data().contains("PrimeFaces.cw(\"Chart\"")
                && script.hasAttr("nonce")), "expected the charts' scripts to carry the page's nonce");
        List<Element> tables = page.select("table.counts");
        assertEquals(3, tables.size(), "expected a table below each chart");
        assertEquals(List.of("Maandag 5", "Woensdag 5"), rows(tables.get(0)), "expected five and five");
        assertEquals(List.of("Informatie 10", "Een gesprek 5", "Hulp met papieren < 5"), rows(tables.get(1)),
                "expected a group below five shown as '< 5'");
        assertEquals(List.of("1 < 5", "2 < 5", "3 < 5", "4 5", "5 5"), rows(tables.get(2)),
                "expected the scale's distribution");
        assertTrue(page.select(".open-count").text().contains("10"), page.select(".open-count").text());
        assertFalse(results.body().contains(canary()), "expected no open answer before asking");

        HttpResponse<String> opened = office.office().submit(results, "open", Map.of(), "open:show");
        assertEquals(200, opened.statusCode(), "expected the open answers in the answer to the post");
        List<String> answers = Portal.html(opened).select("#answers .open-answer").eachText();
        assertEquals(MEMBERS, answers.size(), "expected every open answer: " + answers);
        assertTrue(answers.stream().allMatch(answer -> answer.endsWith(canary())), "expected the answers opened");
        assertTrue(Portal.html(opened).select(".pseudonym").isEmpty(), "expected no pseudonyms: answers anonymous");

        HttpResponse<String> csv = office.office().get(office.path("consultation-results?id=" + id + "&download=csv"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                "expected text/csv: " + csv.headers().firstValue("Content-Type"));
        assertEquals("attachment; filename=\"consultation-" + id + "-results.csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""), "expected a neutral file name");
        List<String> lines = csv.body().lines().toList();
        assertEquals("question_number,question,kind,choice,count", lines.get(0), "expected the header columns");
        assertTrue(lines.contains("3,Wat heeft u nodig?,SEVERAL,Hulp met papieren,< 5"), "expected '< 5': " + lines);
        assertFalse(csv.body().contains(canary()), "expected no open answer in the CSV");
    }

    @Test
    @Order(6)
    void openingTheOpenAnswersIsInTheAuditLog() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE "
                        + "action = 'SEALED_ITEM_OPENED' AND actor = ? AND subject_type = 'consultation' AND subject_id = ?")) {
            query.setString(1, STAFF);
            query.setString(2, String.valueOf(consultationId()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                assertEquals(1, result.getLong(1), "expected one audit entry for opening the open answers");
            }
        }
    }

    @Test
    @Order(7)
    @RunAsClient
    void theOutcomeIsSavedThenPublishedAlsoPublicly() {
        long id = office.row(label()).id();
        HttpResponse<String> page = office.page("consultation-outcome", id);
        HttpResponse<String> empty = office.office().submit(page, "outcome", Map.of("did-nl", "Iets"), "outcome:save");
        assertEquals(200, empty.statusCode(), "expected an outcome without 'what you said' refused");
        assertTrue(OfficeHttp.messages(empty).contains(problem("OUTCOME_MISSING")), OfficeHttp.messages(empty));
        assertEquals("Iets", ConsultationOfficeClient.field(empty, "did-nl"), "expected the text kept");

        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("said-nl", "U zei: meer avonden " + label());
        texts.put("did-nl", "We openen op woensdag");
        texts.put("notdid-nl", "Geen maandag: geen ruimte");
        HttpResponse<String> saved = office.office().submit(page, "outcome", texts, "outcome:save");
        assertEquals(303, saved.statusCode(), "expected the outcome saved: " + OfficeHttp.messages(saved));
        HttpResponse<String> shown = office.office().follow(saved);
        assertEquals(Bundles.text("nl", "office.consultationoutcome.message.saved"), OfficeHttp.messages(shown));
        assertEquals("We openen op woensdag", ConsultationOfficeClient.field(shown, "did-nl"));
        assertEquals(Bundles.text("nl", "office.consultations.outcome.none"),
                Portal.html(shown).getElementById("published").text());

        Map<String, String> publish = new LinkedHashMap<>(texts);
        publish.put("outcome:public", "on");
        HttpResponse<String> published = office.office().submit(shown, "outcome", publish, "outcome:publish");
        assertEquals(303, published.statusCode(), "expected the outcome published: " + OfficeHttp.messages(published));
        HttpResponse<String> after = office.office().follow(published);
        assertEquals(Bundles.text("nl", "office.consultationoutcome.message.published"), OfficeHttp.messages(after));
        assertEquals(Bundles.text("nl", "office.consultationoutcome.state.public"),
                Portal.html(after).getElementById("published").text());
        assertEquals(Bundles.text("nl", "office.consultations.outcome.published"), office.row(label()).outcome());
    }

    @Test
    @Order(8)
    @RunAsClient
    void anAdminSeesTheParticipationRecordAndOthersAreRefused() {
        ConsultationOfficeClient admin = new ConsultationOfficeClient(Office.adminOffice());
        int year = today().getYear();
        HttpResponse<String> record = admin.office().get(admin.path("participation?year=" + year));
        assertEquals(200, record.statusCode(), "expected the participation record for an admin");
        Map<String, String> answered = new LinkedHashMap<>();
        Map<String, String> attended = new LinkedHashMap<>();
        for (Element row : Portal.html(record).select("#list\\:participation tbody tr")) {
            if (row.selectFirst(".pseudonym") != null && row.selectFirst(".pseudonym").text().contains(label())) {
                answered.put(row.selectFirst(".pseudonym").text(), row.selectFirst(".answered").text());
                attended.put(row.selectFirst(".pseudonym").text(), row.selectFirst(".attended").text());
            }
        }
        assertEquals(MEMBERS, answered.size(), "expected every member who answered: " + answered);
        assertTrue(answered.values().stream().allMatch("1"::equals), "expected one answer each: " + answered);
        if (sessionDay().getYear() == year) {
            assertEquals("1", attended.get(pseudonym(0)), "expected the session counted for who came");
            assertEquals("0", attended.get(pseudonym(2)), "expected no session for who signed up but did not come");
        }
        HttpResponse<String> csv = admin.office().get(admin.path("participation?year=" + year + "&download=csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"participation-" + year + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("pseudonym,year,consultations_answered,sessions_attended", csv.body().lines().findFirst()
                .orElse(""), "expected the header columns");
        assertTrue(csv.body().contains(pseudonym(3) + "," + year + ",1,"), "expected the member's line: " + csv.body());

        assertEquals("403", office.office().answer(office.path("participation")),
                "expected the participation record refused to STAFF");
        OfficeHttp coordinator = Office.member(COORDINATOR, "COORDINATOR").signIn();
        assertEquals("403", coordinator.answer(office.path("participation?year=" + year + "&download=csv")),
                "expected the participation CSV refused to a coordinator");
        assertEquals("200", coordinator.answer(office.path("consultations")),
                "expected the consultations open to the sounding board's coordinator");
        assertTrue(Portal.html(office.office().get(office.path("consultations"))).select("#participation")
                .isEmpty(), "expected no link to the participation record for STAFF");
    }

    @Test
    @Order(9)
    @RunAsClient
    void aConsultationNeverPublishedIsDeletedAfterTheQuestion() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("consultation:opensDay", today().plusDays(30).toString());
        fields.put("consultation:opensTime", "9:00");
        fields.put("consultation:closesDay", today().plusDays(40).toString());
        fields.put("consultation:closesTime", "9:00");
        fields.put("title-en", "To delete " + label());
        fields.put("questions", "1");
        fields.put("q0-kind", "OPEN");
        fields.put("q0-text-en", "Anything?");
        HttpResponse<String> saved = office.post(office.newEditor(), fields, "consultation:save");
        assertEquals(303, saved.statusCode(), "expected saved: " + OfficeHttp.messages(saved));
        long id = ConsultationOfficeClient.idIn(saved.headers().firstValue("Location").orElseThrow());
        assertEquals("To delete " + label(), office.row("To delete " + label()).title(),
                "expected the English title where there is no Dutch one");
        HttpResponse<String> deleted = office.confirm(id, "delete");
        assertEquals(303, deleted.statusCode(), "expected deleted: " + OfficeHttp.messages(deleted));
        assertTrue(deleted.headers().firstValue("Location").orElse("").endsWith("/consultations"));
        assertEquals(Bundles.text("nl", "office.consultation.message.deleted"),
                OfficeHttp.messages(office.office().follow(deleted)));
        assertTrue(office.rows().stream().noneMatch(row -> row.title().contains("To delete " + label())));
        assertEquals("404", office.office().answer(office.path("consultation?id=" + id)));
    }

    @Test
    @Order(10)
    @RunAsClient
    void thePagesAreRefusedToVisitorsAndWithoutTheOrganisationsKeyAndUnknownOnesAreNotFound() {
        long id = office.row(label()).id();
        OfficeHttp visitor = new OfficeHttp();
        OfficeHttp withoutKey = Office.memberWithoutAccess("consultation-nokey", "STAFF").signIn();
        for (String page : List.of("consultations", "consultation", "consultation?id=" + id,
                "consultation-sessions?id=" + id, "consultation-results?id=" + id,
                "consultation-results?id=" + id + "&download=csv", "consultation-outcome?id=" + id,
                "participation")) {
            assertEquals("303 login", visitor.answer(office.path(page)), "expected " + page + " to ask to sign in");
            assertNotEquals("200", withoutKey.answer(office.path(page)),
                    "expected " + page + " closed to a member without the organisation's key");
        }
        for (String page : List.of("consultation?id=0", "consultation?id=abc", "consultation-sessions",
                "consultation-sessions?id=0", "consultation-results?id=abc", "consultation-outcome?id=0",
                "consultation-sessions?id=" + id + "&remove=abc")) {
            assertEquals("404", office.office().answer(office.path(page)), "expected " + page + " not found");
        }
        assertFalse(Portal.html(office.office().get(office.path("dashboard"))).select("#nav-consultations").isEmpty(),
                "expected the consultations in the staff's navigation");
    }

    @Test
    @Order(11)
    @RunAsClient
    void screenshotsOfTheEditorAndTheResults() {
        ConsultationScreenshots.take(STAFF, label());
    }

    @Test
    @Order(12)
    void theTestsConsultationsAndMembersAreRemoved() throws Exception {
        sql("DELETE FROM consultation WHERE id IN (SELECT consultation_id FROM consultation_text WHERE title LIKE '%"
                + label() + "%')");
        sql("DELETE FROM member WHERE id >= " + FIRST_MEMBER + " AND id < " + (FIRST_MEMBER + MEMBERS));
        assertEquals(0, longs("SELECT consultation_id FROM consultation_text WHERE title LIKE '%" + label() + "%'")
                .size(), "expected the test's consultations gone");
    }

    /** A problem's words in the Dutch office. */
    private static String problem(String name) {
        return Bundles.text("nl", "ConsultationException.Problem." + name);
    }

    /** A table's body rows as "label count". */
    private static List<String> rows(Element table) {
        return table.select("tbody tr").eachText();
    }

    private long consultationId() throws SQLException {
        List<Long> ids = longs("SELECT consultation_id FROM consultation_text WHERE language = 'nl' AND title LIKE '"
                + title() + "%'");
        assertEquals(1, ids.size(), "expected the test's consultation: " + ids);
        return ids.get(0);
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
