package nl.xenia.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Calls of the JSON API for black-box tests: an answer that must be 200, a JSON problem, a body read as JSON. */
public final class ApiCalls {

    private ApiCalls() {
    }

    /** The body of a GET that must answer 200. */
    public static String ok(String path) {
        HttpResponse<String> response = Portal.get(path);
        assertEquals(200, response.statusCode(), "expected 200 for " + path);
        return response.body();
    }

    /** A GET that must answer this status with a JSON problem of this error and a sentence for people. */
    public static void problem(String path, int status, String error) {
        HttpResponse<String> response = Portal.get(path);
        String shown = path.substring(0, Math.min(path.length(), 60));
        assertEquals(status, response.statusCode(), "expected " + status + " for " + shown);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "expected a JSON error for " + shown);
        JsonObject body = json(response.body()).asJsonObject();
        assertEquals(error, body.getString("error"));
        assertFalse(body.getString("message").isBlank(), "expected a sentence for people");
    }

    public static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }
}
