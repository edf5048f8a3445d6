package nl.xenia.portal.meetups.boundary;

import static nl.xenia.portal.testing.ApiCalls.json;
import static nl.xenia.portal.testing.ApiCalls.ok;
import static nl.xenia.portal.testing.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.testing.CalendarFiles;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.MeetupFixtures;
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
 * The meetups API and calendar feed, on a meetup of the test's own (two places, one taken, an address that is a canary
 * marker): the same public fields as the public list, in the asked language, with places left; the feed parses with
 * ical4j, has a neutral calendar name, the public area as the location and every meetup the JSON lists; neither holds
 * the address or who comes; clear JSON errors; both described in the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetupsApiIT {

    private static final String ARCHIVE = "meetups-api-it";
    private static final String MARKER = Leaks.marker(ARCHIVE);
    private static final String LABEL = MARKER.substring(24) + "-api";
    private static final String NICKNAME = "Nick " + MARKER.substring(0, 16);

    private static long made;

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive(ARCHIVE);
    }

    @Inject
    MeetupFixtures fixtures;

    @Inject
    Meetups meetups;

    @Test
    @Order(0)
    @RunAsClient
    void theOfficeIsSetUp() {
        Office.admin();
    }

    @Test
    @Order(1)
    void aMeetupWithOneOfTwoPlacesTaken() {
        made = fixtures.meetup(LABEL, 2, true, "Street " + MARKER).id();
        meetups.rsvp(Client.of("api-it-" + UUID.randomUUID()),
                new Meetups.Request(made, NICKNAME, null, null, "api-it-" + UUID.randomUUID(), "es"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theListHasThePublicFieldsInTheAskedLanguageAndNoAddress() {
        String body = ok("/api/v1/meetups?lang=es");
        JsonObject meetup = ours(json(body).asJsonArray());
        assertEquals("es", meetup.getString("textLanguage"), "expected the Spanish text");
        assertEquals("Meetup " + LABEL + " es", meetup.getString("title"));
        assertEquals("About " + LABEL + " in es", meetup.getString("description"));
        assertEquals("PEER", meetup.getString("hostKind"));
        assertEquals("Host " + LABEL, meetup.getString("hostName"));
        assertEquals(List.of("es", "nl"), meetup.getJsonArray("languages").getValuesAs(JsonValue::toString).stream()
                .map(value -> value.replace("\"", "")).toList(), "expected the languages spoken as codes");
        assertEquals("Area " + LABEL, meetup.getString("area"));
        assertFalse(meetup.getBoolean("online"));
        assertEquals(2, meetup.getInt("capacity"));
        assertEquals(1, meetup.getInt("placesLeft"), "expected one place left");
        assertTrue(meetup.getBoolean("waitingList"));
        assertFalse(meetup.getBoolean("cancelled"));
        Instant start = Instant.parse(meetup.getString("start"));
        assertEquals(LocalTime.of(19, 0), start.atZone(Languages.LOCAL_TIME).toLocalTime(), "expected 19:00 local");
        assertEquals(start.plusSeconds(7200), Instant.parse(meetup.getString("end")), "expected two hours");
        Set<String> fields = new TreeSet<>(meetup.keySet());
        assertFalse(fields.stream().anyMatch(field -> field.toLowerCase(Locale.ROOT).contains("address")
                || field.toLowerCase(Locale.ROOT).contains("nick") || field.toLowerCase(Locale.ROOT).contains("rsvp")),
                "expected no address and no one who comes among the fields: " + fields);
        assertFalse(body.contains(MARKER) || body.contains(NICKNAME), "expected no address and no nickname at all");
        List<Instant> starts = json(body).asJsonArray().stream()
                .map(value -> Instant.parse(value.asJsonObject().getString("start"))).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "expected the soonest first");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCalendarFeedParsesHasANeutralNameThePublicAreaAndNoAddress() {
        HttpResponse<String> response = Portal.get("/api/v1/meetups/calendar.ics?lang=es");
        assertEquals(200, response.statusCode(), "expected the feed");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                "expected text/calendar");
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie");
        Calendar calendar = CalendarFiles.parse(response.body());
        String name = Bundles.text("es", "meetups.feed.name");
        assertEquals(name, CalendarFiles.property(calendar, "X-WR-CALNAME"), "expected the neutral name");
        assertEquals(name, CalendarFiles.property(calendar, "NAME"), "expected the neutral name (RFC 7986)");
        assertFalse(name.toLowerCase(Locale.ROOT).contains("xenia"), "expected a name that tells nothing");
        List<Map<String, String>> events = CalendarFiles.events(calendar);
        assertEquals(json(ok("/api/v1/meetups?lang=es")).asJsonArray().size(), events.size(),
                "expected every meetup the JSON lists");
        Map<String, String> ours = events.stream()
                .filter(event -> ("Meetup " + LABEL + " es").equals(event.get("SUMMARY"))).findFirst().orElse(null);
        assertNotNull(ours, "expected the test's meetup in the feed");
        assertEquals("Area " + LABEL, ours.get("LOCATION"), "expected only the public area");
        assertNotNull(ours.get("UID"), "expected a UID (a calendar updates the entry by it)");
        assertFalse(response.body().contains(MARKER) || response.body().contains(NICKNAME),
                "expected no address and no nickname in the feed");
        for (Map<String, String> event : events) {
            assertFalse(event.containsKey("ATTENDEE") || event.containsKey("ORGANIZER") || event.containsKey("URL"),
                    "expected no attendee, organiser or link: " + event);
        }
        String english = Portal.get("/api/v1/meetups/calendar.ics").body();
        assertTrue(english.contains("SUMMARY:Meetup " + LABEL + " en"), "expected English without a language");
    }

    @Test
    @Order(4)
    @RunAsClient
    void anUnknownLanguageIsAClearJsonError() {
        problem("/api/v1/meetups?lang=xx", 400, "unknown-language");
        problem("/api/v1/meetups/calendar.ics?lang=xx", 400, "unknown-language");
        problem("/api/v1/meetups?lang=" + "e".repeat(20), 400, "unknown-language");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theApiIsDescribed() {
        String openapi = ok("/openapi?format=JSON");
        for (String path : List.of("/api/v1/meetups", "/api/v1/meetups/calendar.ics")) {
            assertTrue(openapi.contains("\"" + path + "\""), "expected " + path + " in the OpenAPI document");
        }
        assertFalse(openapi.contains(MARKER), "expected no address in the API's description");
    }

    @Test
    @Order(9)
    void cleanUp() {
        fixtures.remove(made);
    }

    private static JsonObject ours(JsonArray meetups) {
        return meetups.stream().map(JsonValue::asJsonObject)
                .filter(meetup -> meetup.getString("title").equals("Meetup " + LABEL + " es")).findFirst()
                .orElseThrow(() -> new AssertionError("expected the test's meetup in the API"));
    }
}
