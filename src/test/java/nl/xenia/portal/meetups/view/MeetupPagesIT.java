package nl.xenia.portal.meetups.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.meetups.boundary.MeetupPlanning;
import nl.xenia.portal.meetups.boundary.Meetups;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.CalendarFiles;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Installation;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
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
 * The person's meetup pages over plain HTTP (no script), in Spanish, on meetups of the test's own made by
 * {@link MeetupFixtures}: the list with places left, full with and without a waiting list, a text missing in Romanian
 * marked; "I'll come" with the code shown once, the address and the calendar file; the inbox with the address and "I
 * can't come after all" freeing the place; an earlier code joined; the waiting list and the place given from it, a move
 * and a cancellation as the person reads them; every refusal translated, next to its field, keeping what was typed;
 * then the same in a browser, with JavaScript on and off (screenshots in Spanish and Romanian). No answer sets a
 * cookie, and every page weighs at most 14 KB gzipped ({@link MeetupHttp} checks each).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupPagesIT {

    private static final String ARCHIVE = "meetup-pages-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String ES = "es";

    /** Made in the container (its statics), found again by title on the client. */
    private static final Map<String, Long> MADE = new ConcurrentHashMap<>();
    private static final Map<String, Long> IDS = new ConcurrentHashMap<>();
    private static String firstWaitingCode;
    private static long firstWaitingRsvp;
    private static long reasonId;
    private static String openCode;
    private static String waitingCode;
    private static String cancelCode;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    MeetupFixtures fixtures;

    @Inject
    Meetups meetups;

    @Inject
    MeetupPlanning planning;

    @Inject
    OrganisationKeys keys;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    static String label(String kind) {
        return MARKER.substring(0, 8) + "-" + kind;
    }

    static String title(String kind, String language) {
        return "Meetup " + label(kind) + " " + language;
    }

    static String area(String kind) {
        return "Area " + label(kind);
    }

    /** The exact address: the marker in it, so no other page can have it by chance. */
    static String address(String kind) {
        return "Calle " + kind + " 7, timbre verde " + MARKER;
    }

    // ---- set-up in the container ----

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key: nicknames can be sealed, so people can say they come
    }

    @Test
    @Order(1)
    void meetupsOfTheTestsOwn() throws Exception {
        MADE.put("open", fixtures.meetup(label("open"), 6, false, address("open")).id());
        MADE.put("waiting", fixtures.meetup(label("waiting"), 1, true, address("waiting")).id());
        MADE.put("full", fixtures.meetup(label("full"), 1, false, address("full")).id());
        MADE.put("cancel", fixtures.meetup(label("cancel"), 5, false, address("cancel")).id());
        MADE.put("begun", fixtures.meetup(label("begun"), 5, false, address("begun")).id());
        reasonId = fixtures.reason(label("reason"));
        // the open one has no Romanian text: the Romanian list shows the English one, marked
        sql("DELETE FROM meetup_text WHERE meetup_id = ? AND language = 'ro'", MADE.get("open"));
        // someone holds the one place of each full meetup (in the waiting one: the first in line will leave)
        Meetups.Joined first = meetups.rsvp(Client.of("pages-it-" + UUID.randomUUID()), new Meetups.Request(
                MADE.get("waiting"), "Nick " + MARKER, null, null, "pages-it-" + UUID.randomUUID(), ES));
        firstWaitingCode = first.code();
        firstWaitingRsvp = first.rsvp().id();
        meetups.rsvp(Client.of("pages-it-" + UUID.randomUUID()), new Meetups.Request(MADE.get("full"), null, null,
                null, "pages-it-" + UUID.randomUUID(), ES));
    }

    // ---- the list ----

    @Test
    @Order(2)
    @RunAsClient
    void theListShowsWhenWhereWhoLanguagesAndPlacesButNeverWhoComes() {
        MeetupHttp person = new MeetupHttp();
        assertFalse(person.page("/es/").select("a#meetups-link[href$=/es/meetups]").isEmpty(),
                "expected the home page to lead to the meetups");
        Document list = person.page("/es/meetups");
        for (String kind : List.of("open", "waiting", "full", "cancel", "begun")) {
            Long id = MeetupHttp.idOf(list, title(kind, ES));
            assertNotNull(id, "expected the " + kind + " meetup listed in Spanish");
            IDS.put(kind, id);
        }
        Element open = MeetupHttp.entry(list, IDS.get("open"));
        assertEquals(Bundles.format(ES, "meetups.places.left", Map.of("count", 6)), open.selectFirst(".places").text(),
                "expected the places left");
        assertTrue(open.selectFirst(".when").text().endsWith("19:00–21:00"), "expected the time: " + open.text());
        assertEquals("Dónde: " + area("open"), open.selectFirst(".where").text(), "expected the public area");
        assertEquals(Bundles.text(ES, "HostKind.PEER") + ": Host " + label("open"), open.selectFirst(".host").text(),
                "expected who hosts");
        assertEquals("Idiomas: español y neerlandés", open.selectFirst(".spoken").text(),
                "expected the languages spoken, by name in Spanish");
        assertNull(open.selectFirst(".other-language"), "expected no mark on a text in Spanish");
        assertEquals(Bundles.text(ES, "meetups.places.waiting"),
                MeetupHttp.entry(list, IDS.get("waiting")).selectFirst(".places").text(),
                "expected a full meetup with a waiting list to say one can wait");
        assertEquals(Bundles.text(ES, "meetups.places.full"),
                MeetupHttp.entry(list, IDS.get("full")).selectFirst(".places").text(), "expected full");
        assertFalse(list.html().contains(MARKER), "expected no address and no nickname in the list");

        Document romanian = person.page("/ro/meetups");
        Element fallback = MeetupHttp.entry(romanian, IDS.get("open"));
        assertEquals(title("open", "en"), fallback.selectFirst("h2 a").text(), "expected the English text");
        assertEquals("en", fallback.selectFirst("h2 a").attr("lang"), "expected the English text marked as such");
        assertEquals("(în engleză)", fallback.selectFirst(".other-language").text(),
                "expected the fallback marked in Romanian");
        assertEquals("Limbi: spaniolă și neerlandeză", fallback.selectFirst(".spoken").text(),
                "expected the languages by name in Romanian");
    }

    @Test
    @Order(3)
    void oneMeetupBegins() {
        Instant now = clock.instant();
        fixtures.reschedule(MADE.get("begun"), now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2)));
    }

    // ---- I'll come, the code once, the address, the calendar file, the inbox, I can't come after all ----

    @Test
    @Order(4)
    @RunAsClient
    void iComeGetTheCodeOnceTheAddressAndTheCalendarThenLeaveAndThePlaceIsFreeAgain() {
        MeetupHttp person = new MeetupHttp();
        long id = IDS.get("open");
        Document page = person.meetup(ES, id);
        assertEquals(Bundles.text(ES, "meetup.button.come"), page.getElementById("come").text(),
                "expected the I'll come button");
        assertFalse(page.html().contains(MARKER), "expected no address before saying I come");
        Document receipt = person.come(ES, id, "Luna", "", "");
        String code = receipt.getElementById("receipt-code").text();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+"), "expected a receipt code, was " + code);
        assertEquals(Bundles.text(ES, "RsvpStatus.COMING"), receipt.selectFirst(".status").text(),
                "expected a place");
        assertEquals(address("open"), receipt.selectFirst(".address").text(), "expected the exact address");
        String rsvp = receipt.selectFirst("form.ics input[name=rsvp]").attr("value");

        // the calendar file: a neutral title and the public area, the address only when asked
        HttpResponse<String> ics = person.send("/es/meetup", Map.of("code", code, "rsvp", rsvp, "action", "ics"));
        assertEquals(200, ics.statusCode(), "expected the calendar file");
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                "expected text/calendar");
        assertTrue(ics.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                "expected an attachment");
        Map<String, String> event = CalendarFiles.events(CalendarFiles.parse(ics.body())).get(0);
        assertEquals(Bundles.text(ES, "meetup.calendar.title"), event.get("SUMMARY"), "expected the neutral title");
        assertEquals(area("open"), event.get("LOCATION"), "expected only the public area");
        assertFalse(ics.body().contains(MARKER) || ics.body().toLowerCase(Locale.ROOT).contains("xenia")
                || ics.body().contains("Meetup " + label("open")),
                "expected nothing naming Xenia, the address or the meetup: " + ics.body());
        HttpResponse<String> withAddress = person.send("/es/meetup",
                Map.of("code", code, "rsvp", rsvp, "action", "ics", "address", "on"));
        assertEquals(address("open"),
                CalendarFiles.events(CalendarFiles.parse(withAddress.body())).get(0).get("LOCATION"),
                "expected the address in the file when asked for");

        // written down: first without the box (asked again, the code still there), then with it (gone)
        Document unticked = person.post("/es/meetup", Map.of("step", "saved", "code", code, "rsvp", rsvp));
        assertEquals(Bundles.text(ES, "ask.receipt.message.confirm"), unticked.getElementById("error").text(),
                "expected to be asked to tick the box");
        assertEquals(code, unticked.getElementById("receipt-code").text(), "expected the code again");
        Document done = person.post("/es/meetup", Map.of("step", "saved", "code", code, "rsvp", rsvp, "saved", "on"));
        assertNotNull(done.getElementById("done-text"), "expected done");
        assertNull(done.getElementById("receipt-code"), "expected the code shown no more");
        assertEquals(address("open"), done.selectFirst(".address").text(), "expected the address still shown");
        assertEquals(Bundles.format(ES, "meetups.places.left", Map.of("count", 5)),
                MeetupHttp.entry(person.page("/es/meetups"), id).selectFirst(".places").text(),
                "expected one place fewer");

        // the inbox: the meetup with its address; I can't come after all, asked once more, then the place is free
        Document inbox = person.inbox(ES, code);
        Element shown = inbox.getElementById("rsvp-" + rsvp);
        assertNotNull(shown, "expected the meetup in the inbox");
        assertEquals(title("open", ES), shown.selectFirst("h3").text(), "expected its title");
        assertEquals(address("open"), shown.selectFirst(".address").text(), "expected the address in the inbox");
        assertEquals("Luna", shown.select("dd").stream().filter(dd -> dd.text().equals("Luna")).findFirst()
                .map(Element::text).orElse(null), "expected the nickname to its person");
        Document asked = person.post("/es/meetup",
                MeetupHttp.fields(shown.selectFirst("form:has(button[id^=leave-])")));
        assertNotNull(asked.getElementById("leave-question"), "expected to be asked once more");
        assertTrue(asked.getElementById("leave-question").text().contains(title("open", ES)),
                "expected the meetup named in the question");
        HttpResponse<String> left = person.send("/es/meetup", MeetupHttp.fields(asked.selectFirst("form:has(#leave)")));
        assertEquals(303, left.statusCode(), "expected a redirect to the inbox after leaving");
        String location = left.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/es/inbox?view=") && !location.contains(code.replace("-", ""))
                && !location.contains(code), "expected a one-time view of the inbox, never the code: " + location);
        Document after = person.page(location);
        assertEquals(Bundles.text(ES, "meetup.message.left"), after.getElementById("notice").text(),
                "expected the notice that the place is free");
        Element leftShown = after.getElementById("rsvp-" + rsvp);
        assertEquals(Bundles.text(ES, "RsvpStatus.LEFT"), leftShown.selectFirst(".status").text(),
                "expected the state: you said you cannot come");
        assertNull(leftShown.selectFirst(".address"), "expected no address once left");
        assertNull(leftShown.selectFirst("button[id^=leave-]"), "expected no leave button once left");
        assertEquals(Bundles.format(ES, "meetups.places.left", Map.of("count", 6)),
                MeetupHttp.entry(person.page("/es/meetups"), id).selectFirst(".places").text(),
                "expected the place free again");
        openCode = code;
    }

    @Test
    @Order(5)
    @RunAsClient
    void anEarlierCodeIsJoinedWithoutANewCode() {
        MeetupHttp person = new MeetupHttp();
        long id = IDS.get("open");
        Document joined = person.come(ES, id, "", "", openCode.toLowerCase(Locale.ROOT));
        assertNotNull(joined.getElementById("joined"), "expected the meetup added to the earlier code");
        assertNull(joined.getElementById("receipt-code"), "expected no new code");
        assertEquals(address("open"), joined.selectFirst(".address").text(), "expected the address");
        Document again = person.come(ES, id, "Luna", "", openCode);
        assertEquals(Bundles.text(ES, "MeetupException.Problem.ALREADY"), again.getElementById("error").text(),
                "expected the code refused for a meetup it already comes to");
        assertNotNull(again.selectFirst("p:has(#earlier) #error"), "expected the message next to the code's field");
        assertEquals(openCode, again.getElementById("earlier").attr("value"), "expected the code kept");
        assertEquals("Luna", again.getElementById("nickname").attr("value"), "expected the nickname kept");
        Document inbox = person.inbox(ES, openCode);
        assertEquals(2, inbox.select("#meetups article").size(), "expected both RSVPs of the code in the inbox");
        // the one coming again leaves, so the browser journeys find the places as they were
        Element coming = inbox.select("#meetups article").stream()
                .filter(article -> article.selectFirst("button[id^=leave-]") != null).findFirst().orElseThrow();
        Document asked = person.post("/es/meetup",
                MeetupHttp.fields(coming.selectFirst("form:has(button[id^=leave-])")));
        assertEquals(303, person.send("/es/meetup", MeetupHttp.fields(asked.selectFirst("form:has(#leave)")))
                .statusCode(), "expected to leave");
    }

    // ---- the waiting list, the place given from it, a move ----

    @Test
    @Order(6)
    @RunAsClient
    void aFullMeetupWithAWaitingListGivesATurnAndNoAddress() {
        MeetupHttp person = new MeetupHttp();
        long id = IDS.get("waiting");
        Document page = person.meetup(ES, id);
        assertEquals(Bundles.text(ES, "meetup.come.waiting"), page.getElementById("come-intro").text(),
                "expected to be told it is full and one can wait");
        assertEquals(Bundles.text(ES, "meetup.button.wait"), page.getElementById("come").text(),
                "expected the waiting list button");
        Map<String, String> fields = MeetupHttp.fields(page.selectFirst("form.come"));
        fields.put("nickname", "Sol");
        Document receipt = person.post("/es/meetup", fields);
        waitingCode = receipt.getElementById("receipt-code").text();
        assertEquals(Bundles.format(ES, "meetup.status.turn", Map.of("turn", 1)), receipt.selectFirst(".status").text(),
                "expected the first turn on the waiting list");
        assertNull(receipt.selectFirst(".address"), "expected no address while waiting");
        assertEquals(Bundles.text(ES, "meetup.address.later"), receipt.selectFirst(".address-later").text(),
                "expected to be told the address comes with a place");
        assertFalse(receipt.html().contains(MARKER), "expected the address nowhere in the page while waiting");
        // the same form sent again (Reload, a second tap) counts once: no second turn, no second code
        Document twice = person.post("/es/meetup", fields);
        refused(twice, "DUPLICATE", null);
        assertNull(twice.getElementById("receipt-code"), "expected no second code");
        assertEquals("Sol", twice.getElementById("nickname").attr("value"), "expected the nickname kept");
    }

    @Test
    @Order(7)
    void theOneWithThePlaceCannotComeAfterAll() {
        meetups.leave(Client.of("pages-it-" + UUID.randomUUID()), firstWaitingCode, firstWaitingRsvp);
    }

    @Test
    @Order(8)
    @RunAsClient
    void theFirstWaitingGetsThePlaceAndSeesItWithTheCode() {
        Document inbox = new MeetupHttp().inbox(ES, waitingCode);
        Element shown = inbox.selectFirst("#meetups article");
        assertEquals(Bundles.text(ES, "RsvpStatus.COMING"), shown.selectFirst(".status").text(), "expected a place");
        assertEquals(Bundles.text(ES, "meetup.message.promoted"), shown.selectFirst(".promoted").text(),
                "expected to be told the place came from the waiting list");
        assertEquals(address("waiting"), shown.selectFirst(".address").text(), "expected the address now");
    }

    @Test
    @Order(9)
    void staffMoveTheMeetupByADayWithAReason() throws Exception {
        SignedIn admin = admin();
        MeetupPlanning.Plan plan = planning.detail(admin, MADE.get("waiting"), "en").orElseThrow().plan();
        planning.change(admin, MADE.get("waiting"), new MeetupPlanning.Plan(plan.texts(), plan.hostKind(),
                plan.hostName(), plan.languages(), plan.area(), plan.online(), plan.address(), plan.capacity(),
                plan.waitingList(), plan.start().plusDays(1), plan.end().plusDays(1)), MeetupPlanning.Scope.ONE,
                reasonId);
    }

    @Test
    @Order(10)
    @RunAsClient
    void theMoveIsANoticeWithTheTimeBeforeAndTheReason() {
        Element shown = new MeetupHttp().inbox(ES, waitingCode).selectFirst("#meetups article");
        String notices = shown.selectFirst(".notices").text();
        assertTrue(notices.startsWith(Bundles.text(ES, "NoticeKind.MOVED")), "expected the move: " + notices);
        assertTrue(notices.contains("Antes: ") && notices.contains("19:00"), "expected the time before: " + notices);
        assertTrue(notices.contains("Motivo: Reason " + label("reason") + " es"),
                "expected the reason in Spanish: " + notices);
        assertEquals(address("waiting"), shown.selectFirst(".address").text(), "expected the address still there");
    }

    // ---- refusals: translated, next to the field, everything typed kept ----

    @Test
    @Order(11)
    @RunAsClient
    void refusalsAreTranslatedNextToTheirFieldAndKeepWhatWasTyped() {
        MeetupHttp person = new MeetupHttp();
        long open = IDS.get("open");
        String nickname = "Estrella " + "x".repeat(60);
        Document tooLong = person.come(ES, open, nickname, "luna@example.invalid", "");
        refused(tooLong, "LONG", "nickname");
        assertEquals(nickname, tooLong.getElementById("nickname").attr("value"), "expected the whole nickname kept");
        assertEquals("luna@example.invalid", tooLong.getElementById("mail").attr("value"), "expected the mail kept");

        Document badMail = person.come(ES, open, "Estrella", "not a mail address", "");
        refused(badMail, "MAIL", "mail");
        assertEquals("Estrella", badMail.getElementById("nickname").attr("value"), "expected the nickname kept");
        assertEquals("not a mail address", badMail.getElementById("mail").attr("value"), "expected the mail kept");

        Document wrongCode = person.come(ES, open, "Estrella", "", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        refused(wrongCode, "CODE", "earlier");
        assertEquals("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", wrongCode.getElementById("earlier").attr("value"),
                "expected the code kept");

        assertNull(MeetupHttp.idOf(person.page("/es/meetups"), title("begun", ES)),
                "expected a meetup that has begun no longer listed");
        for (String kind : List.of("full", "begun")) {
            Document page = person.meetup(ES, IDS.get(kind));
            assertNull(page.selectFirst("#come"), "expected no I'll come button on the " + kind + " meetup");
            assertEquals(Bundles.text(ES, "full".equals(kind) ? "meetup.full" : "MeetupException.Problem.PAST"),
                    page.getElementById("closed").text(), "expected why one cannot come to the " + kind + " meetup");
            Document posted = person.post("/es/meetup", typed(IDS.get(kind)));
            refused(posted, "full".equals(kind) ? "FULL" : "PAST", null);
            keptTyped(posted);
            assertFalse(posted.html().contains(MARKER), "expected no address after a refusal");
        }

        Document forged = person.post("/es/meetup", typed(987_654_321L));
        refused(forged, "GONE", null);
        keptTyped(forged);
        for (String address : List.of("/es/meetup?id=987654321", "/es/meetup?id=abc", "/es/meetup?id=")) {
            assertEquals(Bundles.text(ES, "MeetupException.Problem.GONE"),
                    person.page(address).getElementById("error").text(), "expected " + address + " explained");
        }
        HttpResponse<String> bare = person.get("/es/meetup");
        assertEquals(303, bare.statusCode(), "expected the meetup page without an id to lead to the list");
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/es/meetups"), "expected the list");
    }

    // ---- a cancellation ----

    @Test
    @Order(12)
    @RunAsClient
    void someoneComesToTheMeetupThatWillBeCancelled() {
        cancelCode = new MeetupHttp().come(ES, IDS.get("cancel"), "", "", "").getElementById("receipt-code").text();
    }

    @Test
    @Order(13)
    void staffCancelItWithAReason() throws Exception {
        planning.cancel(admin(), MADE.get("cancel"), MeetupPlanning.Scope.ONE, reasonId);
    }

    @Test
    @Order(14)
    @RunAsClient
    void theCancelledMeetupIsMarkedWithItsReasonAndTakesNoOne() {
        MeetupHttp person = new MeetupHttp();
        long id = IDS.get("cancel");
        Element entry = MeetupHttp.entry(person.page("/es/meetups"), id);
        String mark = entry.selectFirst(".cancelled-mark").text();
        assertEquals(Bundles.text(ES, "meetups.cancelled") + " Motivo: Reason " + label("reason") + " es", mark,
                "expected the cancellation and its reason in the list");
        assertNull(entry.selectFirst(".places"), "expected no places on a cancelled meetup");
        Document page = person.meetup(ES, id);
        assertNotNull(page.selectFirst(".cancelled-mark"), "expected the meetup's page to say it is cancelled");
        assertNull(page.selectFirst("#come"), "expected no I'll come button");
        Document posted = person.post("/es/meetup", typed(id));
        refused(posted, "CANCELLED", null);
        keptTyped(posted);
        Element shown = person.inbox(ES, cancelCode).selectFirst("#meetups article");
        assertTrue(shown.selectFirst(".notices").text().startsWith(Bundles.text(ES, "NoticeKind.CANCELLED")
                + " Motivo: Reason " + label("reason") + " es"), "expected the notice with the reason");
        assertNull(shown.selectFirst(".address"), "expected no address of a cancelled meetup");
        assertNull(shown.selectFirst("button[id^=leave-]"), "expected nothing to leave");
        assertNull(shown.selectFirst("form.ics"), "expected no calendar file of a cancelled meetup");
    }

    // ---- every language: light, no cookie ----

    @Test
    @Order(15)
    @RunAsClient
    void theListAndTheMeetupInEveryLanguageAreLightAndSetNoCookie() {
        MeetupHttp person = new MeetupHttp();
        for (String language : Portal.languages()) {
            Document list = person.page("/" + language + "/meetups"); // checked: no cookie, at most 14 KB gzipped
            assertEquals(language, list.selectFirst("html").attr("lang"), "expected the page in " + language);
            Document page = person.meetup(language, IDS.get("open"));
            assertEquals(Bundles.text(language, "meetup.button.come"), page.getElementById("come").text(),
                    "expected the form in " + language);
        }
    }

    /** The crawl the privacy tests make (links from every home page) reaches the list and each meetup's page. */
    @Test
    @Order(16)
    @RunAsClient
    void theCrawlOfThePrivacyTestsReachesTheMeetupPages() {
        Set<String> pages = Portal.publicPages();
        for (String language : Portal.languages()) {
            assertTrue(pages.contains("/" + language + "/meetups"), "expected the crawl to reach the list in "
                    + language);
            assertTrue(pages.contains("/" + language + "/meetup?id=" + IDS.get("open")),
                    "expected the crawl to reach the meetup's page in " + language);
        }
    }

    // ---- in a browser ----

    @Test
    @Order(17)
    @RunAsClient
    void theJourneyInABrowserWithJavaScript() {
        journey(true, ES);
    }

    @Test
    @Order(18)
    @RunAsClient
    void theJourneyInABrowserWithoutJavaScript() {
        journey(false, ES);
    }

    @Test
    @Order(19)
    @RunAsClient
    void theJourneyInRomanian() {
        journey(true, "ro");
    }

    @Test
    @Order(99)
    void cleanUp() {
        MADE.values().forEach(fixtures::remove);
        fixtures.removeReason(reasonId);
    }

    // ---- helpers ----

    /**
     * From the home page to the open meetup, I'll come, the code, the address, the calendar file, written down, the
     * inbox, I can't come after all; screenshots on the way, and axe's rules with JavaScript on.
     */
    private static void journey(boolean javascript, String language) {
        String title = "ro".equals(language) ? title("open", "en") : title("open", language);
        try (Browser browser = new Browser(javascript)) {
            MeetupJourney journey = new MeetupJourney(browser, language);
            journey.openList();
            assertEquals(Bundles.format(language, "meetups.places.left", Map.of("count", 6)), journey.placesOf(title),
                    "expected the places left in the list");
            journey.screenshot("meetups-list-" + language);
            accessible(journey, browser, javascript, "the list");
            journey.openMeetup(title);
            journey.screenshot("meetups-meetup-" + language);
            accessible(journey, browser, javascript, "the meetup's page");
            journey.come("Luna", "", "");
            String code = journey.code();
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+"), "expected the code: " + code + journey.error());
            assertEquals(address("open"), journey.address(), "expected the address after saying I come");
            journey.screenshot("meetups-confirmation-" + language);
            journey.screenshot("meetups-confirmation-details-" + language, "#rsvp-title");
            accessible(journey, browser, javascript, "the confirmation");
            String ics = new String(journey.calendarFile(false), StandardCharsets.UTF_8);
            assertEquals(area("open"), CalendarFiles.events(CalendarFiles.parse(ics)).get(0).get("LOCATION"),
                    "expected the downloaded file to hold the public area only");
            assertFalse(ics.contains(MARKER), "expected no address in the file");
            journey.writtenDown();
            assertEquals(address("open"), journey.address(), "expected the address still shown");
            journey.openInbox(code);
            assertEquals(address("open"), journey.address(), "expected the address in the inbox");
            journey.screenshot("meetups-inbox-" + language);
            journey.screenshot("meetups-inbox-actions-" + language, "form.ics");
            accessible(journey, browser, javascript, "the inbox");
            journey.leave(title);
            assertEquals(Bundles.text(language, "RsvpStatus.LEFT"), journey.status(), "expected it left");
            assertTrue(journey.driver().manage().getCookies().isEmpty(), "expected no cookie at any point");
        }
    }

    /** axe's rules (with JavaScript on), and every touch target high enough for a finger. */
    private static void accessible(MeetupJourney journey, Browser browser, boolean javascript, String what) {
        if (javascript) {
            assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on " + what);
        }
        assertEquals(List.of(), journey.smallTargets(), "expected every target on " + what + " at least 44 px high");
    }

    /** What the test types into an "I'll come" form, with a meetup's id and a fresh form token. */
    private static Map<String, String> typed(long id) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "rsvp");
        fields.put("token", UUID.randomUUID().toString());
        fields.put("id", String.valueOf(id));
        fields.put("nickname", "Margarita");
        fields.put("earlier", "");
        fields.put("mail", "margarita@example.invalid");
        return fields;
    }

    private static void keptTyped(Document page) {
        assertEquals("Margarita", page.getElementById("nickname").attr("value"), "expected the nickname kept");
        assertEquals("margarita@example.invalid", page.getElementById("mail").attr("value"), "expected the mail kept");
    }

    /** The refusal shown in Spanish: next to its field (or for the form as a whole), the field marked. */
    private static void refused(Document page, String problem, String field) {
        Element error = page.getElementById("error");
        assertNotNull(error, "expected the refusal " + problem + " shown");
        assertEquals(Bundles.text(ES, "MeetupException.Problem." + problem), error.text(),
                "expected the " + problem + " refusal in Spanish");
        if (field != null) {
            assertNotNull(page.selectFirst("p:has(#" + field + ") #error"), "expected the message next to " + field);
            assertEquals("true", page.getElementById(field).attr("aria-invalid"), "expected " + field + " marked");
        } else {
            assertNull(page.selectFirst("form #error"), "expected the message for the form as a whole");
        }
    }

    private SignedIn admin() throws Exception {
        return new SignedIn(adminId(), Office.ADMIN, Set.of(Role.ADMIN),
                Installation.firstAdminKey(keys, secrets, database));
    }

    private long adminId() throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT id FROM staff_account WHERE username = ?")) {
            query.setString(1, Office.ADMIN);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void sql(String statement, long id) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
