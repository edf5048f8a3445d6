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
        // pages the office journeys publish (they may have run before this test) have addresses of their own
        assertEquals(8, tiles.stream().filter(tile -> DemoPages.TOPICS.stream()
                .anyMatch(slug -> tile.attr("href").endsWith("/ro/info/" + DemoPages.address(slug)))).count(),
                "expected the eight demo topics as tiles");
        Element health = page.selectFirst(".tiles a[href$=/ro/info/" + DemoPages.address("health") + "]");
        assertNotNull(health, "expected a tile linking to the Romanian health page");
        assertEquals("ro", health.attr("lang"), "expected the health tile in Romanian");
        assertNotNull(health.selectFirst("svg[aria-hidden=true]"), "expected an inline pictogram");
        Element safeWork = page.selectFirst(".tiles a[href$=/ro/info/" + DemoPages.address("safe-work") + "]");
        assertEquals("en", safeWork.attr("lang"), "expected an untranslated topic marked as English");
        assertEquals("în engleză", safeWork.selectFirst(".other-language[lang=ro]").text(),
                "expected the tile to say in Romanian that it opens in English");
        assertNull(health.selectFirst(".other-language"), "expected no language mark on a Romanian tile");
    }

    @Test
    void aPageInTheReadersLanguageWithItsCheckedDateAndRelatedPages() {
        HttpResponse<String> response = Portal.get("/nl/info/" + DemoPages.address("health"));
        assertEquals(200, response.statusCode());
        Document page = Portal.html(response);
        assertEquals("nl", page.selectFirst("article").attr("lang"));
        assertNull(page.getElementById("fallback-notice"), "expected no fallback notice for a Dutch page");
        assertNull(page.getElementById("outdated-notice"), "expected the source language never outdated");
        assertTrue(page.selectFirst(".checked").text().contains("2026"), "expected the last-checked date");
        assertTrue(
                page.select(".related a").stream()
                        .anyMatch(link -> link.attr("href").endsWith("/nl/info/" + DemoPages.address("prep"))),
                "expected the topic's pages listed as related");
        assertEquals(1, page.select("h1").size(), "expected the title as the only h1");
        assertEquals("http://localhost:9080/nl/info/" + DemoPages.address("health"),
                page.selectFirst("link[rel=canonical]").attr("href"),
                "expected the page's own canonical address");
    }

    @Test
    void aPageNotYetTranslatedIsShownInEnglishWithATranslatedNotice() {
        Document page = Portal.html(Portal.get("/ro/info/" + DemoPages.address("safe-work")));
        assertEquals("en", page.selectFirst("article").attr("lang"), "expected the English text");
        Element notice = page.getElementById("fallback-notice");
        assertNotNull(notice, "expected a notice that the page is shown in another language");
        assertEquals(Bundles.format("ro", "info.page.fallback", Map.of("shown", "engleză")), notice.text(),
                "expected the notice to name the language the Romanian way");
        assertTrue(notice.text().endsWith("în engleză."), "expected the language named in Romanian: " + notice.text());
        Document bulgarian = Portal.html(Portal.get("/bg/info/" + DemoPages.address("safe-work")));
        assertTrue(bulgarian.getElementById("fallback-notice").text().contains("английски"),
                "expected the notice to name the language the Bulgarian way");
    }

    @Test
    void theRulesPageListsEveryMunicipality() {
        Document page = Portal.html(Portal.get("/ro/info/" + DemoPages.address("rules")));
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
            assertTrue(
                    page.select(".hits a").stream()
                            .anyMatch(hit -> hit.attr("href").endsWith("/ro/info/" + DemoPages.address("health"))),
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
    void theDemoTextsAskReadersToFillInNothingAndSayWhoThePartnersAre() {
        List<String> placeholders = List.of("vul hier", "fill in", "completați", "completati", "попълнете",
                "completar aquí", "rellena");
        for (String language : Portal.languages()) {
            for (String slug : DemoPages.ADDRESSES.keySet()) {
                String where = language + "/" + slug;
                String text = Portal.html(Portal.get("/" + language + "/info/" + DemoPages.address(slug)))
                        .selectFirst("article").text();
                for (String placeholder : placeholders) {
                    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(placeholder),
                            "expected no task for the reader (" + placeholder + ") on " + where);
                }
                for (String partner : List.of("Fier", "GGD")) {
                    int first = text.indexOf(partner);
                    assertTrue(first < 0 || text.startsWith(partner + " (", first),
                            "expected " + partner + " explained in a few words where " + where + " first names it");
                }
            }
        }
    }

    @Test
    void unknownPagesAreTranslated404s() {
        for (String path : List.of("/ro/info/no-such-page", "/ro/info/_item", "/ro/info/health/more",
                "/ro/info/Health", "/ro/info/p999999", "/ro/info/p0", "/ro/info/P2", "/ro/info/p02")) {
            HttpResponse<String> response = Portal.get(path);
            assertEquals(404, response.statusCode(), "expected 404 for " + path);
            assertFalse(response.body().contains("Exception"), "expected no stack trace for " + path);
        }
        assertTrue(Portal.html(Portal.get("/ro/info/no-such-page")).select("html[lang=ro]").size() == 1,
                "expected the 404 page in Romanian");
    }
}
