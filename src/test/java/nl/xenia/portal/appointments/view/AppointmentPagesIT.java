package nl.xenia.portal.appointments.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.appointments.entity.Service;
import nl.xenia.portal.appointments.entity.ServiceText;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.AppointmentFixtures;
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
 * The person's appointment pages over plain HTTP (no script): a confirm-first service with an interpreter, written in
 * Bulgarian and Dutch, at one office, made by the fixture; then booking, the inbox, move, cancel, the calendar file,
 * joining an earlier question's code, and every refusal keeping what was typed. No response sets a cookie, and each
 * page weighs at most 14 KB gzipped.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentPagesIT {

    private static final String ARCHIVE = "appointment-pages-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    /** The service's name in Bulgarian: the test finds its own service by it. */
    static final String NAME_BG = "Разговор " + MARKER.substring(0, 8);
    static final String NAME_NL = "Gesprek " + MARKER.substring(0, 8);
    static final String DETAILS = "Voordeur, bel bij " + MARKER.substring(0, 8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    AppointmentFixtures fixtures;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin(); // the organisation's key: appointments can be booked
    }

    @Test
    @Order(1)
    void aServiceIsOffered() {
        fixtures.offer(new Service.Settings(30, 0, 60, 21, 1, true, true, true),
                Map.of("bg", new ServiceText(NAME_BG, "Поверителен разговор.", "Нищо."), "nl",
                        new ServiceText(NAME_NL, "Een vertrouwelijk gesprek.", "Niets.")),
                LocalTime.of(8, 0), LocalTime.of(20, 0),
                new AppointmentFixtures.PlaceSpec(PlaceKind.OFFICE, "Kantoor", "Leeuwarden", DETAILS));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServiceIsListedWithDurationPlaceAndFreeOfChargeAndMarkedWhenInAnotherLanguage() {
        Client client = new Client();
        Document bg = client.page("/bg/appointments");
        Element link = serviceLink(bg, NAME_BG);
        assertNotNull(link, "expected the service listed by its Bulgarian name");
        String facts = link.closest("li").selectFirst(".facts").text();
        assertTrue(facts.contains("30 минути") && facts.contains("Leeuwarden")
                && facts.contains(Bundles.text("bg", "appointments.free")),
                "expected duration, town and free of charge, was: " + facts);
        assertNull(link.closest("li").selectFirst(".other-language"), "expected no mark for a text in Bulgarian");
        Document ro = client.page("/ro/appointments");
        Element fallback = serviceLink(ro, "Gesprek " + MARKER.substring(0, 8));
        // no Romanian and no English text: Dutch, marked
        assertNotNull(fallback, "expected the Dutch text on the Romanian page");
        assertEquals("(în neerlandeză)", fallback.closest("li").selectFirst(".other-language").text(),
                "expected the fallback marked in Romanian");
        assertFalse(Portal.html(Portal.get("/bg/")).select("a#appointments-link[href$=/bg/appointments]").isEmpty(),
                "expected the home page to lead to the appointments");
    }

    @Test
    @Order(3)
    @RunAsClient
    void bookSeeMoveCancelAndTheTimeIsFreeAgain() {
        Client client = new Client();
        Week week = client.week("bg");
        assertTrue(week.times().size() >= 3, "expected free times in the first week");
        Document days = client.page(week.path());
        assertFalse(days.select("main h3").isEmpty(), "expected each day as a heading");
        String first = week.times().get(0);
        Document details = client.choose("bg", week, first);
        assertNotNull(details.getElementById("interpreter"), "expected the interpreter question (service allows it)");
        assertEquals("bg", details.selectFirst("#language option[selected]").attr("value"),
                "expected the page's language chosen for the conversation");
        Map<String, String> fields = Client.fields(details.selectFirst("form.book"));
        fields.put("nickname", "Мими");
        fields.put("interpreter", "ro");
        fields.put("note", "Бележка " + MARKER);
        Document receipt = client.post("/bg/book", fields);
        String code = receipt.getElementById("receipt-code").text();
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+"), "expected a receipt code, was " + code);
        assertEquals(Bundles.text("bg", "AppointmentStatus.REQUESTED"),
                receipt.selectFirst(".status").text(),
                "expected the request waiting for Xenia");
        assertTrue(receipt.selectFirst(".details").text().contains(DETAILS), "expected the full place details");
        String id = receipt.selectFirst("form.ics input[name=id]").attr("value");

        HttpResponse<String> ics = client.send("/bg/appointment", Map.of("code", code, "id", id, "action", "ics"));
        assertEquals(200, ics.statusCode(), "expected the calendar file");
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                "expected text/calendar");
        assertTrue(ics.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                "expected an attachment");
        assertTrue(ics.body().contains("SUMMARY:Appointment") && ics.body().contains("LOCATION:Leeuwarden"),
                "expected the neutral title and only the town: " + ics.body());
        assertFalse(ics.body().toLowerCase(java.util.Locale.ROOT).contains("xenia")
                || ics.body().contains(DETAILS) || ics.body().contains(MARKER.substring(0, 8)),
                "expected nothing naming Xenia, the address or the service: " + ics.body());

        Document inbox = client.inbox("bg", code);
        Element shown = inbox.getElementById("appointment-" + id);
        assertNotNull(shown, "expected the appointment in the inbox");
        assertTrue(shown.text().contains(DETAILS) && shown.text().contains(NAME_BG),
                "expected service and place details in the inbox");

        // move: the week of the same service and place, another time
        Document moving = client.post("/bg/appointment", Map.of("code", code, "id", id, "action", "choose"));
        List<String> others = moving.select("button[name=time]").eachAttr("value");
        assertFalse(others.contains(first), "expected the booked time not offered");
        String second = others.get(0);
        HttpResponse<String> moved = client.send("/bg/appointment",
                Map.of("code", code, "id", id, "action", "move", "time", second));
        assertEquals(303, moved.statusCode(), "expected a redirect to the inbox after moving");
        Document afterMove = client.page(moved.headers().firstValue("Location").orElseThrow());
        assertEquals(Bundles.text("bg", "appointment.message.moved"), afterMove.getElementById("notice").text(),
                "expected the notice of the move");
        assertTrue(client.page(week.path()).select("button[name=time]").eachAttr("value").contains(first),
                "expected the first time free again after the move");
        assertFalse(client.page(week.path()).select("button[name=time]").eachAttr("value").contains(second),
                "expected the new time taken");

        // cancel: first without "I am sure" (kept), then with it
        Document unsure = client.post("/bg/appointment", Map.of("code", code, "id", id, "action", "cancel"));
        assertEquals(Bundles.text("bg", "inbox.message.error.confirm"), unsure.getElementById("error").text(),
                "expected to be asked to tick the box");
        assertNotNull(unsure.getElementById("confirm"), "expected the cancel form again");
        HttpResponse<String> cancelled = client.send("/bg/appointment",
                Map.of("code", code, "id", id, "action", "cancel", "confirm", "on"));
        assertEquals(303, cancelled.statusCode(), "expected a redirect to the inbox after cancelling");
        Document afterCancel = client.page(cancelled.headers().firstValue("Location").orElseThrow());
        assertEquals(Bundles.text("bg", "AppointmentStatus.CANCELLED_BY_PERSON"),
                afterCancel.selectFirst("#appointment-" + id + " .status").text(), "expected the cancelled state");
        assertNull(afterCancel.getElementById("cancel-" + id), "expected no cancel button on a closed appointment");
        assertTrue(client.page(week.path()).select("button[name=time]").eachAttr("value").contains(second),
                "expected the time free again on the public page after cancelling");
    }

    @Test
    @Order(4)
    @RunAsClient
    void anEarlierQuestionsCodeIsJoined() {
        Client client = new Client();
        Document ask = client.page("/ro/ask");
        Document asked = client.post("/ro/ask", Map.of("token", ask.selectFirst("input[name=token]").attr("value"),
                "topic", "HEALTH", "question", "O întrebare de probă " + MARKER, "municipality", "", "mail", ""));
        String code = asked.getElementById("receipt-code").text();
        Week week = client.week("ro");
        Map<String, String> fields = Client.fields(client.choose("ro", week, week.times().get(1))
                .selectFirst("form.book"));
        fields.put("earlier", code.toLowerCase(java.util.Locale.ROOT));
        Document joined = client.post("/ro/book", fields);
        assertNotNull(joined.getElementById("joined"), "expected the appointment added to the code");
        assertNull(joined.getElementById("receipt-code"), "expected no new code");
        Document inbox = client.inbox("ro", code);
        assertNotNull(inbox.getElementById("appointments"), "expected the appointment in the inbox of the code");
        assertFalse(inbox.select(".thread").isEmpty(), "expected the question still there");
        assertTrue(inbox.getElementById("appointments").text().contains(DETAILS), "expected the place details");

        // deleting the question leaves the code working for the appointment, and says so
        HttpResponse<String> deleted = client.send("/ro/inbox", Map.of("code", code, "action", "delete", "confirm",
                "on"));
        assertEquals(303, deleted.statusCode(), "expected the deletion answered with a redirect");
        Document after = client.page(deleted.headers().firstValue("Location").orElseThrow());
        assertEquals(Bundles.text("ro", "inbox.message.deleted_question"), after.getElementById("notice").text(),
                "expected the notice that the code still opens the appointments");
        assertTrue(after.select(".thread").isEmpty(), "expected the question gone");
        assertTrue(after.getElementById("appointments").text().contains(DETAILS), "expected the appointment kept");
        assertNotNull(client.inbox("ro", code).getElementById("appointments"),
                "expected the code still to open the appointment");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aTakenTimeKeepsWhatWasTypedAndOffersTheWeekAgain() {
        Client first = new Client();
        Client second = new Client();
        Week week = first.week("bg");
        String time = week.times().get(2);
        Map<String, String> mine = Client.fields(second.choose("bg", week, time).selectFirst("form.book"));
        Map<String, String> theirs = Client.fields(first.choose("bg", week, time).selectFirst("form.book"));
        assertNotNull(first.post("/bg/book", theirs).getElementById("receipt-code"), "expected the first to book");
        mine.put("nickname", "Ана");
        mine.put("note", "Моля, тихо място. " + MARKER);
        mine.put("interpreter", "tr");
        Document taken = second.post("/bg/book", mine);
        assertEquals(Bundles.text("bg", "AppointmentException.Problem.TAKEN"), taken.getElementById("error").text(),
                "expected to be told the time was just taken");
        assertEquals("Моля, тихо място. " + MARKER, taken.selectFirst("input[type=hidden][name=note]").attr("value"),
                "expected the note carried in the form");
        List<String> free = taken.select("button[name=time]").eachAttr("value");
        assertFalse(free.contains(time), "expected the taken time no longer offered");
        Map<String, String> carried = Client.fields(taken.selectFirst("main form"));
        carried.put("time", free.get(0));
        Document again = second.post("/bg/book", carried);
        assertEquals("Ана", again.getElementById("nickname").attr("value"), "expected the nickname kept");
        assertEquals("Моля, тихо място. " + MARKER, again.getElementById("note").text(), "expected the note kept");
        assertEquals("tr", again.selectFirst("#interpreter option[selected]").attr("value"),
                "expected the interpreter's language kept");
        assertNotNull(second.post("/bg/book", Client.fields(again.selectFirst("form.book")))
                .getElementById("receipt-code"), "expected the other time booked");
    }

    @Test
    @Order(6)
    @RunAsClient
    void forgedIdsATimeBeyondTheHorizonAndAnOverLongNoteAreRefusedKeepingTheText() {
        Client client = new Client();
        Week week = client.week("bg");
        Map<String, String> fields = Client.fields(client.choose("bg", week, week.times().get(3))
                .selectFirst("form.book"));
        String note = "Дълга бележка " + MARKER + " " + "я".repeat(1_000);
        fields.put("note", note);
        Document longNote = client.post("/bg/book", fields);
        assertEquals("#note", longNote.selectFirst("#error a").attr("href"), "expected the error to link to the note");
        assertEquals(note, longNote.getElementById("note").text(), "expected the whole note given back");

        fields.put("note", "Кратка бележка");
        Map<String, String> forgedService = new LinkedHashMap<>(fields);
        forgedService.put("service", "987654321");
        Document notOffered = client.post("/bg/book", forgedService);
        assertEquals(Bundles.text("bg", "AppointmentException.Problem.NOT_OFFERED"),
                notOffered.getElementById("error").text(), "expected a forged service refused");
        assertEquals("Кратка бележка", notOffered.getElementById("note").text(), "expected the note kept");

        Map<String, String> forgedPlace = new LinkedHashMap<>(fields);
        forgedPlace.put("place", "987654321");
        assertEquals(Bundles.text("bg", "AppointmentException.Problem.NOT_OFFERED"),
                client.post("/bg/book", forgedPlace).getElementById("error").text(), "expected a forged place refused");

        for (Instant forged : List.of(Instant.parse(week.times().get(3)).plus(7, ChronoUnit.MINUTES),
                Instant.parse(week.times().get(3)).plus(60, ChronoUnit.DAYS))) {
            Map<String, String> forgedTime = new LinkedHashMap<>(fields);
            forgedTime.put("time", forged.toString());
            Document refused = client.post("/bg/book", forgedTime);
            assertEquals(Bundles.text("bg", "AppointmentException.Problem.NOT_A_TIME"),
                    refused.getElementById("error").text(), "expected " + forged + " refused as not a time");
            assertEquals("Кратка бележка", refused.selectFirst("input[type=hidden][name=note]").attr("value"),
                    "expected the note carried");
        }
        Document outside = client.page(week.path() + "&week=2099-01-05");
        assertEquals(Bundles.text("bg", "appointments.week.outside"), outside.getElementById("error").text(),
                "expected a week beyond the horizon explained");
        assertEquals(Bundles.text("bg", "AppointmentException.Problem.NOT_OFFERED"),
                client.page("/bg/appointments?service=987654321").getElementById("error").text(),
                "expected a forged service in the address explained");
    }

    @Test
    @Order(7)
    @RunAsClient
    void theJourneyInABrowserWithJavaScript() {
        AppointmentJourney.run(true);
    }

    @Test
    @Order(8)
    @RunAsClient
    void theJourneyInABrowserWithoutJavaScript() {
        AppointmentJourney.run(false);
    }

    /**
     * The crawl that the privacy tests make (links from every home page) reaches the service's weeks once it exists,
     * and every appointment page and each of its forms, posted as found, stays light and sets no cookie.
     */
    @Test
    @Order(9)
    @RunAsClient
    void theCrawlReachesTheWeeksAndNoPageOrFormSetsACookie() {
        List<String> pages = Portal.publicPages().stream().filter(path -> path.contains("/appointments")).toList();
        assertTrue(pages.stream().anyMatch(path -> path.startsWith("/bg/appointments?service=")),
                "expected the crawl to reach the weeks of free times: " + pages);
        Client client = new Client();
        for (String path : pages) {
            for (Element form : client.page(path).select("main form[method=post]")) {
                client.send(form.attr("abs:action").substring(Portal.BASE.length()), Client.fields(form)); // asserts no cookie, light, no error
            }
        }
    }

    // ---- the client: a plain HTTP reader of its own (own address for the limits), asserting no cookie ever ----

    record Week(String path, String service, String place, List<String> times) {
    }

    static Element serviceLink(Document list, String name) {
        return list.select("ul.services h2 a").stream().filter(a -> a.text().equals(name)).findFirst().orElse(null);
    }

    static final class Client {

        final String address = "198.18.200." + (1 + RANDOM.nextInt(254));

        Document page(String path) {
            HttpResponse<String> response = Portal.get(path, "X-Forwarded-For", address);
            checked("GET " + path, response);
            assertEquals(200, response.statusCode(), "expected " + path + " to be a page");
            return Portal.html(response);
        }

        HttpResponse<String> send(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = Portal.send("POST", path, body, "Content-Type",
                    "application/x-www-form-urlencoded", "X-Forwarded-For", address);
            checked("POST " + path, response);
            return response;
        }

        Document post(String path, Map<String, String> fields) {
            HttpResponse<String> response = send(path, fields);
            assertEquals(200, response.statusCode(), "expected a page from POST " + path);
            return Portal.html(response);
        }

        /** The first week of the test's service, as the Bulgarian (or other) list leads to it. */
        Week week(String lang) {
            Element link = serviceLink(page("/" + lang + "/appointments"), "bg".equals(lang) ? NAME_BG : NAME_NL);
            String path = link.attr("href");
            Document week = page(path);
            Element form = week.selectFirst("main form");
            return new Week(path, form.selectFirst("input[name=service]").attr("value"),
                    form.selectFirst("input[name=place]").attr("value"),
                    week.select("button[name=time]").eachAttr("value"));
        }

        Document choose(String lang, Week week, String time) {
            return post("/" + lang + "/book",
                    Map.of("step", "time", "service", week.service(), "place", week.place(), "time", time));
        }

        Document inbox(String lang, String code) {
            HttpResponse<String> opened = send("/" + lang + "/inbox", Map.of("code", code));
            assertEquals(303, opened.statusCode(), "expected the inbox to redirect after the code");
            return page(opened.headers().firstValue("Location").orElseThrow());
        }

        /** A form's fields as the browser sends them (no button). */
        static Map<String, String> fields(Element form) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                if (!input.attr("type").equals("checkbox")) {
                    fields.put(input.attr("name"), input.attr("value"));
                }
            }
            for (Element textarea : form.select("textarea[name]")) {
                fields.put(textarea.attr("name"), textarea.text());
            }
            for (Element select : form.select("select[name]")) {
                Element chosen = select.selectFirst("option[selected]");
                fields.put(select.attr("name"), chosen == null
                        ? select.selectFirst("option").attr("value")
                        : chosen.attr("value"));
            }
            return fields;
        }

        private static void checked(String what, HttpResponse<String> response) {
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                    "expected no cookie from " + what + ", got " + response.headers().allValues("Set-Cookie"));
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                int gzipped = gzipped(response.body());
                assertTrue(gzipped <= 14 * 1024, "expected " + what + " to weigh at most 14 KB gzipped, was "
                        + gzipped);
            }
            assertNotEquals(500, response.statusCode(), "expected no server error from " + what);
        }
    }

    static int gzipped(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.size();
    }
}
