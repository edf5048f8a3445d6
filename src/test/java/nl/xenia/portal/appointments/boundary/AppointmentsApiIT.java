package nl.xenia.portal.appointments.boundary;

import static nl.xenia.portal.testing.ApiCalls.json;
import static nl.xenia.portal.testing.ApiCalls.ok;
import static nl.xenia.portal.testing.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The appointments API against the demo planning (service 1: a 45-minute talk at the Leeuwarden office, Monday to
 * Friday 09:00–12:00 and Tuesday and Thursday also 13:00–16:00, 2 hours' notice, 8 weeks ahead): services in a language with the fallback stated and places only by town or
 * kind, free times within the hours, and clear JSON errors for what cannot be answered. Nothing personal, no address.
 */
class AppointmentsApiIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void servicesComeInTheAskedLanguageWithPlacesOnlyByTownOrKind() {
        String body = ok("/api/v1/services?lang=bg");
        JsonObject talk = service(json(body).asJsonArray(), 1);
        assertEquals("bg", talk.getString("textLanguage"), "expected the Bulgarian text");
        assertEquals("Разговор със социален работник", talk.getString("name"));
        assertEquals(45, talk.getInt("minutes"));
        assertTrue(talk.getBoolean("interpreter"), "expected an interpreter possible");
        List<String> kinds = talk.getJsonArray("places").stream().map(place -> place.asJsonObject().getString("kind"))
                .sorted().toList();
        assertEquals(List.of("OFFICE", "PHONE"), kinds, "expected the office and the phone");
        JsonObject office = talk.getJsonArray("places").stream().map(JsonValue::asJsonObject)
                .filter(place -> place.getString("kind").equals("OFFICE")).findFirst().orElseThrow();
        assertEquals("Leeuwarden", office.getString("town"));
        assertFalse(body.contains("Voorbeeldstraat") || body.contains("details"),
                "expected no place's address or details in the public API");
    }

    @Test
    void aServiceMissingInTheLanguageFallsBackToEnglishAndSaysSo() {
        JsonObject talk = service(json(ok("/api/v1/services?lang=es")).asJsonArray(), 1);
        assertEquals("en", talk.getString("textLanguage"), "expected English for Spanish readers");
        assertEquals("Talk with a social worker", talk.getString("name"));
    }

    @Test
    void freeTimesLieWithinTheServicesHours() {
        LocalDate from = LocalDate.now(AMSTERDAM).plusDays(7);
        JsonArray times = json(ok("/api/v1/services/1/times?place=1&from=" + from + "&until=" + from.plusDays(13)))
                .asJsonArray();
        assertFalse(times.isEmpty(), "expected free times in two weeks of weekdays");
        for (JsonValue value : times) {
            JsonObject time = value.asJsonObject();
            ZonedDateTime start = Instant.parse(time.getString("start")).atZone(AMSTERDAM);
            ZonedDateTime end = Instant.parse(time.getString("end")).atZone(AMSTERDAM);
            assertTrue(start.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue(), "expected a weekday: " + start);
            boolean morning = !start.toLocalTime().isBefore(LocalTime.of(9, 0))
                    && !end.toLocalTime().isAfter(LocalTime.of(12, 0));
            boolean afternoon = (start.getDayOfWeek() == DayOfWeek.TUESDAY
                    || start.getDayOfWeek() == DayOfWeek.THURSDAY)
                    && !start.toLocalTime().isBefore(LocalTime.of(13, 0))
                    && !end.toLocalTime().isAfter(LocalTime.of(16, 0));
            assertTrue(morning || afternoon, "expected within the demo's hours: " + start + " – " + end);
            assertEquals(45, java.time.Duration.between(start, end).toMinutes(), "expected the service's length");
            assertTrue(time.getInt("free") >= 1, "expected a place left");
        }
    }

    @Test
    void whatCannotBeAnsweredIsAClearJsonError() {
        LocalDate from = LocalDate.now(AMSTERDAM).plusDays(1);
        problem("/api/v1/services?lang=xx", 400, "unknown-language");
        problem("/api/v1/services/1/times?place=1&from=" + from.plusDays(3) + "&until=" + from, 400, "bad-range");
        problem("/api/v1/services/1/times?place=1&from=" + from + "&until=" + from.plusDays(62), 400, "bad-range");
        problem("/api/v1/services/1/times?from=" + from + "&until=" + from.plusDays(6), 400, "bad-range");
        problem("/api/v1/services/1/times?place=1&from=tomorrow&until=" + from, 400, "bad-range");
        problem("/api/v1/services/999999/times?place=1&from=" + from + "&until=" + from.plusDays(6), 404,
                "not-offered");
        problem("/api/v1/services/2/times?place=2&from=" + from + "&until=" + from.plusDays(6), 404, "not-offered");
    }

    @Test
    void theApiIsDescribed() {
        String openapi = ok("/openapi?format=JSON");
        for (String path : List.of("/api/v1/services", "/api/v1/services/{id}/times")) {
            assertTrue(openapi.contains("\"" + path + "\""), "expected " + path + " in the OpenAPI document");
        }
    }

    private static JsonObject service(JsonArray services, int id) {
        return services.stream().map(JsonValue::asJsonObject).filter(service -> service.getInt("id") == id)
                .findFirst().orElseThrow(() -> new AssertionError("expected the demo service " + id));
    }
}
