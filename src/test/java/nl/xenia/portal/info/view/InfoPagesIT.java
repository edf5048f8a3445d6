package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The public information pages over HTTP with the demo content: topic tiles, a page in the reader's
 * language, a marked fallback, the municipalities, search that forgives accents and case (a POST,
 * nothing in the address), and 404s — never a cookie.
 */
class InfoPagesIT {

    private static final List<String> MUNICIPALITIES = List.of("Achtkarspelen", "Ameland", "Dantumadiel",
            "De Fryske Marren", "Harlingen", "Heerenveen", "Leeuwarden", "Noardeast-Fryslân", "Ooststellingwerf",
            "Opsterland", "Schiermonnikoog", "Smallingerland", "Súdwest-Fryslân", "Terschelling", "Tytsjerksteradiel",
            "Vlieland", "Waadhoeke", "Weststellingwerf");

    @Test
    void theTopicsAreTilesWithPictogramsInTheReadersLanguage() {
        HttpResponse<String> response = Portal.get("/ro/info");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie");
        Document page = Portal.html(response);
        List<Element> tiles = page.select(".tiles li a");
        // pages the office journeys publish are named proef-… (they may have run before this test)
        assertEquals(8, tiles.stream().filter(tile -> !tile.attr("href").contains("/info/proef-")).count(),
                "expected the eight demo topics as tiles");
        Element health = page.selectFirst(".tiles a[href$=/ro/info/health]");
        assertNotNull(health, "expected a tile linking to the Romanian health page");
        assertEquals("ro", health.attr("lang"), "expected the health tile in Romanian");
        assertNotNull(health.selectFirst("svg[aria-hidden=true]"), "expected an inline pictogram");
        Element safeWork = page.selectFirst(".tiles a[href$=/ro/info/safe-work]");
        assertEquals("en", safeWork.attr("lang"), "expected an untranslated topic marked as English");
    }

    @Test
    void aPageInTheReadersLanguageWithItsCheckedDateAndRelatedPages() {
        HttpResponse<String> response = Portal.get("/nl/info/health");
        assertEquals(200, response.statusCode());
        Document page = Portal.html(response);
        assertEquals("nl", page.selectFirst("article").attr("lang"));
        assertNull(page.getElementById("fallback-notice"), "expected no fallback notice for a Dutch page");
        assertNull(page.getElementById("outdated-notice"), "expected the source language never outdated");
        assertTrue(page.selectFirst(".checked").text().contains("2026"), "expected the last-checked date");
        assertTrue(page.select(".related a").stream().anyMatch(link -> link.attr("href").endsWith("/nl/info/prep")),
                "expected the topic's pages listed as related");
        assertEquals(1, page.select("h1").size(), "expected the title as the only h1");
        assertEquals("http://localhost:9080/nl/info/health", page.selectFirst("link[rel=canonical]").attr("href"),
                "expected the page's own canonical address");
    }

    @Test
    void aPageNotYetTranslatedIsShownInEnglishWithATranslatedNotice() {
        Document page = Portal.html(Portal.get("/ro/info/safe-work"));
        assertEquals("en", page.selectFirst("article").attr("lang"), "expected the English text");
        Element notice = page.getElementById("fallback-notice");
        assertNotNull(notice, "expected a notice that the page is shown in another language");
        assertEquals(Bundles.format("ro", "info.page.fallback", Map.of("shown", "English")), notice.text());
    }

    @Test
    void theRulesPageListsEveryMunicipality() {
        Document page = Portal.html(Portal.get("/ro/info/rules"));
        List<String> names = page.select(".municipalities tbody th[scope=row]").eachText();
        assertEquals(MUNICIPALITIES, names, "expected the 18 municipalities of Fryslân by name");
        assertTrue(page.select(".municipalities td").eachText()
                .contains(Bundles.text("ro", "Municipality.Pilot.UNKNOWN")), "expected the pilot state in Romanian");
    }

    @Test
    void searchForgivesAccentsAndCaseAndKeepsTheWordsOutOfTheAddress() {
        for (String query : List.of("sanatate", "SĂNĂTATE", "hepatita")) {
            HttpResponse<String> response = Portal.postForm("/ro/info/search", Map.of("q", query));
            assertEquals(200, response.statusCode(), "expected search to answer " + query);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie after a search");
            Document page = Portal.html(response);
            assertTrue(page.select(".hits a").stream().anyMatch(hit -> hit.attr("href").endsWith("/ro/info/health")),
                    "expected '" + query + "' to find the Romanian health page");
            assertEquals(query, page.getElementById("q").attr("value"), "expected the words kept in the field");
            assertEquals("post", page.selectFirst("form.search").attr("method"));
        }
        Document none = Portal.html(Portal.postForm("/ro/info/search", Map.of("q", "xylofoonzzz")));
        assertEquals(Bundles.format("ro", "info.search.results", Map.of("count", 0)),
                none.getElementById("result-count").text(), "expected a translated nothing-found");
        Document huge = Portal.html(Portal.postForm("/nl/info/search", Map.of("q", "soa ".repeat(5000))));
        assertTrue(huge.getElementById("q").attr("value").length() <= 200, "expected an oversized query cut short");
    }

    @Test
    void unknownPagesAreTranslated404s() {
        for (String path : List.of("/ro/info/no-such-page", "/ro/info/_item", "/ro/info/health/more",
                "/ro/info/Health")) {
            HttpResponse<String> response = Portal.get(path);
            assertEquals(404, response.statusCode(), "expected 404 for " + path);
            assertFalse(response.body().contains("Exception"), "expected no stack trace for " + path);
        }
        assertTrue(Portal.html(Portal.get("/ro/info/no-such-page")).select("html[lang=ro]").size() == 1,
                "expected the 404 page in Romanian");
    }
}
