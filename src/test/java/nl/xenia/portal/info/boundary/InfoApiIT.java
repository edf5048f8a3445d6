package nl.xenia.portal.info.boundary;

import static nl.xenia.portal.testing.ApiCalls.json;
import static nl.xenia.portal.testing.ApiCalls.ok;
import static nl.xenia.portal.testing.ApiCalls.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;

/**
 * The information API: published pages with the fallback stated, the municipalities, the OpenAPI
 * description, and clear JSON errors for a missing or unknown language, an unknown or malformed
 * page address and oversized input.
 */
class InfoApiIT {

    @Test
    void pagesAreListedWithTheirLanguageAndFallbackStated() {
        JsonArray pages = json(ok("/api/v1/pages?lang=ro")).asJsonArray();
        // pages the office journeys publish are named proef-… (they may have run before this test)
        assertEquals(10, pages.stream().filter(page -> !page.asJsonObject().getString("slug").startsWith("proef-"))
                .count(), "expected every demo page");
        JsonObject health = find(pages, "health");
        assertEquals("ro", health.getString("language"));
        assertFalse(health.getBoolean("fallback"), "expected the Romanian health page not a fallback");
        JsonObject safeWork = find(pages, "safe-work");
        assertEquals("en", safeWork.getString("language"), "expected the untranslated page in English");
        assertTrue(safeWork.getBoolean("fallback"), "expected the fallback stated");
        assertEquals("health", find(pages, "prep").getString("topic"), "expected a page's topic");
    }

    @Test
    void onePageCarriesCleanHtmlAndItsRelatedPages() {
        JsonObject page = json(ok("/api/v1/pages/health?lang=bg")).asJsonObject();
        assertEquals("bg", page.getString("language"));
        assertEquals("bg", page.getString("requestedLanguage"));
        assertTrue(page.getString("html").contains("<p>"), "expected the body as HTML");
        assertFalse(page.getString("html").contains("<script"), "expected clean HTML");
        assertEquals(List.of("sti-testing", "prep"),
                page.getJsonArray("related").stream().map(link -> link.asJsonObject().getString("slug")).toList(),
                "expected the topic's pages as related, in order");
        JsonObject fallback = json(ok("/api/v1/pages/money?lang=es")).asJsonObject();
        assertEquals("en", fallback.getString("language"));
        assertTrue(fallback.getBoolean("fallback"));
    }

    @Test
    void theMunicipalitiesAreListedWithTheirNotesLanguage() {
        JsonArray municipalities = json(ok("/api/v1/municipalities?lang=nl")).asJsonArray();
        assertEquals(18, municipalities.size(), "expected the 18 municipalities of Fryslân");
        JsonObject leeuwarden = municipalities.stream().map(item -> item.asJsonObject())
                .filter(item -> item.getString("name").equals("Leeuwarden")).findFirst().orElseThrow();
        assertEquals("UNKNOWN", leeuwarden.getString("pilot"));
        assertEquals(18, json(ok("/api/v1/municipalities")).asJsonArray().size(), "expected English by default");
    }

    @Test
    void badRequestsGetClearJsonErrors() {
        problem("/api/v1/pages", 400, "language-required");
        problem("/api/v1/pages?lang=", 400, "language-required");
        problem("/api/v1/pages?lang=xx", 400, "unknown-language");
        problem("/api/v1/pages?lang=" + "r".repeat(5000), 400, "unknown-language");
        problem("/api/v1/pages/health?lang=klingon", 400, "unknown-language");
        problem("/api/v1/pages/no-such-page?lang=ro", 404, "not-found");
        problem("/api/v1/pages/" + "a".repeat(200) + "?lang=ro", 400, "invalid-slug");
        problem("/api/v1/pages/Health%20Page?lang=ro", 400, "invalid-slug");
        problem("/api/v1/municipalities?lang=zz", 400, "unknown-language");
        HttpResponse<String> echo = Portal.get("/api/v1/pages?lang=%3Cscript%3E");
        assertFalse(echo.body().contains("<script>"), "expected the error not to echo what was sent");
    }

    @Test
    void theApiIsDescribed() {
        String openapi = ok("/openapi?format=JSON");
        for (String path : List.of("/api/v1/pages", "/api/v1/pages/{slug}", "/api/v1/municipalities")) {
            assertTrue(openapi.contains("\"" + path + "\""), "expected " + path + " in the OpenAPI document");
        }
    }

    private static JsonObject find(JsonArray pages, String slug) {
        return pages.stream().map(item -> item.asJsonObject()).filter(item -> item.getString("slug").equals(slug))
                .findFirst().orElseThrow(() -> new AssertionError("expected the page " + slug));
    }
}
