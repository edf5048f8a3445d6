package nl.xenia.portal.consultations.view.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.ConsultationFixtures;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
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
 * The members' consultation pages over plain HTTP (no script), in Romanian, as a signed-in member, on consultations of
 * the test's own made by {@link ConsultationFixtures} (one anonymous, one under the pseudonym, one for the phones): the
 * list; every question kind on one page with required ones marked in words and the notice of who sees the answers
 * before the questions; a draft saved and shown again; a required question left open refused at that question with
 * everything typed kept; sending confirmed; an anonymous response sent once only, one under the pseudonym changed
 * again; a session's sign-up and withdrawal; every member page at most 20 KB gzipped ({@link ConsultationMemberHttp}
 * checks each answer); the answer page on a phone in Romanian, JavaScript on and off (screenshots). Then the outcome
 * for members once published, and not for the public while staff keep it for members
 * ({@code consultations.view.ConsultationOutcomePagesIT} reads a public one).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationMemberPagesIT {

    private static final String ARCHIVE = "consultation-member-pages-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String RO = "ro";
    private static final String PAGE = "/ro/members/consultation";

    /** Made in the container (its statics). */
    private static final Map<String, ConsultationFixtures.Made> MADE = new ConcurrentHashMap<>();
    /** Found on the client, by title. */
    private static final Map<String, Long> IDS = new ConcurrentHashMap<>();
    private static ConsultationMemberHttp member;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    ConsultationFixtures fixtures;

    static String label(String kind) {
        return MARKER.substring(0, 8) + "-" + kind;
    }

    static String title(String kind) {
        return ConsultationFixtures.title(label(kind), RO);
    }

    private static synchronized ConsultationMemberHttp member() {
        if (member == null) {
            member = new ConsultationMemberHttp(MemberSignIn.cookies("cons-" + MARKER.substring(0, 8)));
        }
        return member;
    }

    // ---- set-up in the container ----

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key: the fixture writes through the office's facade as the first admin
    }

    @Test
    @Order(1)
    void consultationsOfTheTestsOwn() throws Exception {
        MADE.put("anonymous", fixtures.consultation(label("anonymous"), true));
        MADE.put("pseudonym", fixtures.consultation(label("pseudonym"), false));
        MADE.put("phone", fixtures.consultation(label("phone"), true));
    }

    // ---- the list and the page ----

    @Test
    @Order(2)
    @RunAsClient
    void theListShowsEachWithItsStageAndWhoSeesTheAnswers() {
        Document list = member().page("/ro/members/consultations");
        for (String kind : List.of("anonymous", "pseudonym", "phone")) {
            Element link = list.select("ul.consultations h2 a").stream().filter(a -> a.text().equals(title(kind)))
                    .findFirst().orElse(null);
            assertNotNull(link, "expected the " + kind + " consultation listed in Romanian: " + list.text());
            IDS.put(kind, Long.valueOf(link.attr("href").replaceAll(".*[?&]id=([0-9]+).*", "$1")));
        }
        Element anonymous = list.getElementById("consultation-" + IDS.get("anonymous"));
        assertEquals(Bundles.text(RO, "ConsultationStage.OPEN"), anonymous.selectFirst(".stage strong").text(),
                "expected the stage's label");
        assertTrue(anonymous.selectFirst(".when").text().startsWith("Poți răspunde până la "),
                "expected until when one can answer: " + anonymous.text());
        assertEquals(Bundles.text(RO, "members.consultations.anonymous"), anonymous.selectFirst(".who-sees").text(),
                "expected the anonymous one marked as such");
        assertEquals(Bundles.text(RO, "members.consultations.pseudonym"),
                list.getElementById("consultation-" + IDS.get("pseudonym")).selectFirst(".who-sees").text(),
                "expected the other marked as under the pseudonym");
        assertEquals(Bundles.text(RO, "members.consultations.not_sent"), anonymous.selectFirst(".sent").text(),
                "expected nothing sent yet");
        assertNull(anonymous.selectFirst("a.outcome"), "expected no outcome link before one is published");
    }

    @Test
    @Order(3)
    @RunAsClient
    void thePageAsksEveryKindInOneFormAfterSayingWhoSeesTheAnswers() {
        Document page = page("anonymous");
        assertEquals(title("anonymous"), page.selectFirst("h1").text(), "expected the title");
        assertTrue(page.selectFirst(".background").html().contains("<strong>" + label("anonymous") + "</strong>"),
                "expected the background as HTML from Markdown: " + page.selectFirst(".background").html());
        List<String> order = page.select("#how, #questions, form.answers").eachAttr("id");
        assertEquals("how", order.get(0), "expected the notice of who sees the answers before the questions");
        assertEquals(Bundles.text(RO, "members.consultation.anonymous.title"), page.selectFirst("#how h2").text(),
                "expected the anonymous notice");
        assertEquals(Bundles.text(RO, "members.consultation.anonymous.text"), page.selectFirst("#how p").text(),
                "expected staff cannot see who answered what, and no change once sent");
        Element form = page.selectFirst("form.answers");
        assertNotNull(form, "expected one form with every question");
        Element open = question(page, QuestionKind.OPEN);
        assertNotNull(open.selectFirst("textarea"), "expected a text area for the open question");
        assertEquals(3, question(page, QuestionKind.ONE).select("input[type=radio]").size(),
                "expected a radio button per option of the one-choice question");
        assertEquals(3, question(page, QuestionKind.SEVERAL).select("input[type=checkbox]").size(),
                "expected a check box per option of the several-choices question");
        Element scale = question(page, QuestionKind.SCALE);
        assertEquals(List.of("1", "2", "3", "4", "5"), scale.select("input[type=radio]").eachAttr("value"),
                "expected five points on the scale");
        assertEquals(ConsultationFixtures.scaleWords(RO), scale.select(".ends span").eachText(),
                "expected the words at both ends of the scale");
        String required = Bundles.text(RO, "members.consultation.required");
        for (QuestionKind kind : List.of(QuestionKind.OPEN, QuestionKind.ONE, QuestionKind.SCALE)) {
            assertEquals(required, question(page, kind).selectFirst(".required").text(),
                    "expected the required " + kind + " question marked in words");
        }
        assertNull(question(page, QuestionKind.SEVERAL).selectFirst(".required"),
                "expected the optional question not marked");
        assertTrue(page.select("[required], [pattern]").isEmpty(), "expected no HTML5 required or pattern");
        assertEquals(List.of("draft", "send"), form.select("button[name=action]").eachAttr("value"),
                "expected the buttons Save draft and Send");
        assertEquals(1, page.select("ul.sessions > li").size(), "expected the session listed");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aDraftIsKeptAndShownAgain() {
        Document page = page("anonymous");
        long several = id(question(page, QuestionKind.SEVERAL));
        long evening = option(page, QuestionKind.SEVERAL, "Seara");
        String typed = "Mai târziu seara, " + label("draft");
        Document saved = member().sendAndFollow(PAGE, List.of(Map.entry("id", String.valueOf(IDS.get("anonymous"))),
                Map.entry("action", "draft"), Map.entry("q" + id(question(page, QuestionKind.OPEN)), typed),
                Map.entry("q" + several, String.valueOf(evening))));
        assertEquals(Bundles.text(RO, "members.consultation.message.info.draft"), saved.selectFirst("#done").text(),
                "expected the draft saved");
        assertEquals(typed, question(saved, QuestionKind.OPEN).selectFirst("textarea").val(),
                "expected the draft's text shown again");
        assertTrue(saved.getElementById("o-" + evening).hasAttr("checked"), "expected the draft's choice shown again");
        assertFalse(saved.getElementById("o-" + option(page, QuestionKind.SEVERAL, "Dimineața")).hasAttr("checked"),
                "expected nothing else chosen");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aRequiredQuestionLeftOpenIsRefusedThereKeepingEverythingTyped() {
        Document page = page("anonymous");
        long one = id(question(page, QuestionKind.ONE));
        long scale = id(question(page, QuestionKind.SCALE));
        String typed = "Ceva nou, " + label("refused");
        Document refused = member().refused(PAGE, List.of(Map.entry("id", String.valueOf(IDS.get("anonymous"))),
                Map.entry("action", "send"), Map.entry("q" + id(question(page, QuestionKind.OPEN)), typed),
                Map.entry("q" + scale, "4")));
        assertEquals(Bundles.text(RO, "ConsultationException.Problem.REQUIRED"),
                refused.getElementById("error-" + one).text(), "expected the message at the one-choice question");
        assertEquals("#question-" + one, refused.selectFirst("#error a").attr("href"),
                "expected the summary to lead to the question");
        assertEquals(typed, question(refused, QuestionKind.OPEN).selectFirst("textarea").val(),
                "expected the typed text kept");
        assertTrue(refused.getElementById("s-" + scale + "-4").hasAttr("checked"), "expected the scale's point kept");
        assertTrue(question(refused, QuestionKind.SEVERAL).select("input[checked]").isEmpty(),
                "expected the page as posted (the draft's choice was not posted)");
        assertEquals(Bundles.text(RO, "members.consultations.not_sent"),
                member().page("/ro/members/consultations").getElementById("consultation-" + IDS.get("anonymous"))
                        .selectFirst(".sent").text(),
                "expected nothing sent");
    }

    @Test
    @Order(6)
    @RunAsClient
    void sendingIsConfirmedAndAnAnonymousResponseIsSentOnce() {
        Document page = page("anonymous");
        List<Map.Entry<String, String>> answers = complete(page, "anonymous", "Trimis " + label("sent"));
        Document sent = member().sendAndFollow(PAGE, answers);
        assertEquals(Bundles.text(RO, "members.consultation.message.info.sent"),
                sent.selectFirst("#confirmation h2").text(), "expected the confirmation");
        assertEquals(Bundles.text(RO, "members.consultation.sent.anonymous"),
                sent.selectFirst("#confirmation p").text(),
                "expected the confirmation to say the answers can no longer change");
        assertNull(sent.selectFirst("form.answers"), "expected no answer form after an anonymous response was sent");
        Document again = member().refused(PAGE, answers);
        assertEquals(Bundles.text(RO, "ConsultationException.Problem.SENT"), again.selectFirst("#error").text(),
                "expected a second anonymous response refused");
        assertEquals(Bundles.text(RO, "members.consultations.sent"),
                member().page("/ro/members/consultations").getElementById("consultation-" + IDS.get("anonymous"))
                        .selectFirst(".sent").text(),
                "expected the list to say the answers were sent");
    }

    @Test
    @Order(7)
    @RunAsClient
    void answersUnderThePseudonymCanChangeUntilTheClose() {
        Document page = page("pseudonym");
        assertEquals(Bundles.text(RO, "members.consultation.pseudonym.title"), page.selectFirst("#how h2").text(),
                "expected the notice that staff see the pseudonym");
        member().sendAndFollow(PAGE, complete(page, "pseudonym", "Prima dată " + label("first")));
        String changed = "A doua oară " + label("second");
        Document sent = member().sendAndFollow(PAGE, complete(page("pseudonym"), "pseudonym", changed));
        assertNotNull(sent.selectFirst("#confirmation"), "expected the change confirmed");
        assertEquals(changed, question(sent, QuestionKind.OPEN).selectFirst("textarea").val(),
                "expected the changed answer shown, and still open to change");
    }

    @Test
    @Order(8)
    @RunAsClient
    void aMemberSignsUpForASessionAndWithdraws() {
        Document page = page("anonymous");
        Element session = page.selectFirst("ul.sessions > li");
        assertNotNull(session, "expected the consultation's session");
        assertTrue(session.selectFirst(".where").text().contains(ConsultationFixtures.place(label("anonymous"))),
                "expected the session's place shown to the member");
        assertTrue(session.selectFirst(".when").text().endsWith("19:00–21:00"),
                "expected the session's time: " + session.selectFirst(".when").text());
        long sessionId = Long.parseLong(session.id().substring("session-".length()));
        Document coming = member().sendAndFollow(PAGE,
                ConsultationMemberHttp.fields(session.selectFirst("form.session")));
        assertEquals(Bundles.text(RO, "members.consultation.message.info.coming"), coming.selectFirst("#done").text(),
                "expected the sign-up confirmed");
        Element signedUp = coming.getElementById("session-" + sessionId);
        assertNotNull(signedUp.selectFirst(".signed-up"), "expected the session marked as coming");
        assertNotNull(signedUp.getElementById("leave-" + sessionId), "expected the button I can't come after all");
        Document left = member().sendAndFollow(PAGE,
                ConsultationMemberHttp.fields(signedUp.selectFirst("form.session")));
        assertEquals(Bundles.text(RO, "members.consultation.message.info.not_coming"), left.selectFirst("#done").text(),
                "expected the withdrawal confirmed");
        assertNotNull(left.getElementById("come-" + sessionId), "expected I'll come again");
    }

    @Test
    @Order(9)
    @RunAsClient
    void everyMemberPageWeighsAtMostTwentyKilobytesGzipped() {
        for (String path : List.of("/ro/members/consultations", "/ro/members/consultation?id=" + IDS.get("anonymous"),
                "/ro/members/consultation?id=" + IDS.get("pseudonym"),
                "/ro/members/consultation?id=" + IDS.get("phone"), "/bg/members/consultation?id=" + IDS.get("phone"))) {
            HttpResponse<String> response = member().get(path);
            assertEquals(200, response.statusCode(), "expected " + path + " to be a page");
            int gzipped = ConsultationMemberHttp.gzipped(response.body());
            assertTrue(gzipped <= ConsultationMemberHttp.MAX_GZIPPED,
                    "expected " + path + " at most 20 KB gzipped, was " + gzipped);
        }
        assertEquals(404, member().get("/ro/members/consultation?id=999999999").statusCode(),
                "expected 404 for a consultation that does not exist");
        assertEquals(404, member().get("/ro/members/consultation?id=x").statusCode(), "expected 404 for a bad id");
    }

    @Test
    @Order(10)
    @RunAsClient
    void theAnswerPageOnAPhoneInRomanianWithAndWithoutJavaScript() {
        Document page = page("phone");
        long scale = id(question(page, QuestionKind.SCALE));
        long no = option(page, QuestionKind.ONE, "Nu");
        for (boolean javascript : new boolean[]{true, false}) {
            ConsultationMemberBrowsers.answerInRomanian(member().cookies(), IDS.get("phone"), scale, no, javascript);
        }
    }

    // ---- the outcome ----

    @Test
    @Order(11)
    void theAnonymousOneHasAnOutcomeForMembersOnly() throws Exception {
        fixtures.publishOutcome(MADE.get("anonymous"), false);
    }

    @Test
    @Order(12)
    @RunAsClient
    void membersReadTheOutcomeWhichIsNotPublic() {
        ConsultationMemberHttp reader = member();
        long id = IDS.get("anonymous");
        Document page = reader.page(PAGE + "?id=" + id);
        Element link = page.getElementById("outcome");
        assertNotNull(link, "expected the outcome's link on the consultation's page");
        Document outcome = member().page(link.attr("href"));
        assertOutcome(outcome, "anonymous");
        assertNotNull(member().page("/ro/members/consultations").getElementById("consultation-" + id)
                .selectFirst("a.outcome"), "expected the outcome's link in the list");
        HttpResponse<String> outside = Portal.get("/ro/outcome?id=" + id);
        assertEquals(404, outside.statusCode(), "expected no public outcome page while it is for members only");
        assertFalse(Portal.get("/ro/outcomes").body().contains(title("anonymous")),
                "expected the public list without it");
    }

    @Test
    @Order(99)
    void theTestsConsultationsAreRemoved() {
        MADE.values().forEach(made -> fixtures.remove(made.id()));
    }

    // ---- helpers ----

    private static Document page(String kind) {
        return member().page(PAGE + "?id=" + IDS.get(kind));
    }

    /** The question of a kind on the page, found by its Romanian text. */
    private static Element question(Document page, QuestionKind kind) {
        String text = ConsultationFixtures.question(kind, RO);
        return page.select(".question").stream()
                .filter(question -> question.select("label, legend").stream().findFirst()
                        .map(label -> label.ownText().strip().equals(text)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("expected the " + kind + " question on the page"));
    }

    private static long id(Element question) {
        return Long.parseLong(question.id().substring("question-".length()));
    }

    /** The id of an option of a choice question, by its Romanian label. */
    private static long option(Document page, QuestionKind kind, String label) {
        Element found = question(page, kind).select(".option").stream()
                .filter(option -> option.selectFirst("label").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("expected the option " + label));
        return Long.parseLong(found.selectFirst("input").attr("value"));
    }

    /** Every question answered: the text typed, Yes, the morning and the evening, 3 on the scale. */
    private static List<Map.Entry<String, String>> complete(Document page, String kind, String text) {
        List<Map.Entry<String, String>> answers = new ArrayList<>();
        answers.add(Map.entry("id", String.valueOf(IDS.get(kind))));
        answers.add(Map.entry("action", "send"));
        answers.add(Map.entry("q" + id(question(page, QuestionKind.OPEN)), text));
        answers.add(Map.entry("q" + id(question(page, QuestionKind.ONE)),
                String.valueOf(option(page, QuestionKind.ONE, "Da"))));
        long several = id(question(page, QuestionKind.SEVERAL));
        answers.add(Map.entry("q" + several, String.valueOf(option(page, QuestionKind.SEVERAL, "Dimineața"))));
        answers.add(Map.entry("q" + several, String.valueOf(option(page, QuestionKind.SEVERAL, "Seara"))));
        answers.add(Map.entry("q" + id(question(page, QuestionKind.SCALE)), "3"));
        return answers;
    }

    private static void assertOutcome(Document outcome, String kind) {
        assertEquals(title(kind), outcome.selectFirst("h1").text(), "expected the consultation's title");
        List<String> parts = ConsultationFixtures.outcome(label(kind), RO);
        assertEquals(parts.get(0), outcome.selectFirst("#said div").text(), "expected what you said");
        assertEquals(parts.get(1), outcome.selectFirst("#did div").text(), "expected what we did");
        assertEquals(parts.get(2), outcome.selectFirst("#not-did div").text(), "expected what we did not do");
        assertEquals(List.of(Bundles.text(RO, "outcome.said"), Bundles.text(RO, "outcome.did"),
                Bundles.text(RO, "outcome.not_did")), outcome.select(".outcome h2").eachText(),
                "expected the three parts' headings");
    }
}
