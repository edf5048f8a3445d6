package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Someone searching in their own language finds the public pages: each has one short description in
 * its language, and robots.txt lets search engines read every public page but keeps the office out.
 */
class FindableIT {

    private static final int MAX_DESCRIPTION = 160;

    @Test
    void everyPublicPageHasOneShortDescriptionInItsLanguage() {
        List<String> wrong = new ArrayList<>();
        for (String path : Portal.publicPages()) {
            HttpResponse<String> response = Portal.get(path);
            if (response.statusCode() != 200) {
                continue;
            }
            Document page = Portal.html(response);
            List<Element> descriptions = page.select("head meta[name=description]");
            String content = descriptions.size() == 1 ? descriptions.get(0).attr("content").strip() : "";
            if (content.isEmpty() || content.length() > MAX_DESCRIPTION) {
                wrong.add(path + " " + descriptions);
            }
        }
        assertEquals(List.of(), wrong, "expected one description of 1 to " + MAX_DESCRIPTION + " characters per page");
        for (String language : List.of("ro", "bg")) {
            assertEquals(Bundles.text(language, "general.site.description"), description("/" + language + "/"),
                    "expected the home page described in " + language);
            assertEquals(Bundles.text(language, "ask.description"), description("/" + language + "/ask"),
                    "expected the ask page described in " + language);
            assertEquals(Bundles.text(language, "info.description"), description("/" + language + "/info"),
                    "expected the information page described in " + language);
        }
        Document health = Portal.html(Portal.get("/ro/info/" + DemoPages.address("health")));
        String first = health.selectFirst("head meta[name=description]").attr("content").replace("…", "");
        assertTrue(first.length() > 40 && health.selectFirst("article").text().contains(first.substring(0, 40)),
                "expected an information page described by its own first lines: " + first);
    }

    @Test
    void robotsTxtAllowsEveryPublicPageAndKeepsTheOfficeOut() {
        HttpResponse<String> robots = Portal.get("/robots.txt");
        assertEquals(200, robots.statusCode(), "expected robots.txt to exist");
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "expected robots.txt as plain text");
        List<String> disallowed = new ArrayList<>();
        boolean allAgents = false;
        for (String raw : robots.body().split("\n")) {
            String line = raw.replaceAll("#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] field = line.split(":", 2);
            assertEquals(2, field.length, "expected every robots.txt line to be a field: " + raw);
            String name = field[0].strip().toLowerCase(java.util.Locale.ROOT);
            assertTrue(Set.of("user-agent", "allow", "disallow", "sitemap").contains(name),
                    "expected only known robots.txt fields, not " + raw);
            if (name.equals("user-agent") && field[1].strip().equals("*")) {
                allAgents = true;
            }
            if (name.equals("disallow") && !field[1].isBlank()) {
                disallowed.add(field[1].strip());
            }
        }
        assertTrue(allAgents, "expected rules for every search engine");
        assertTrue(disallowed.contains("/office/"), "expected the office kept out of search engines");
        for (String page : Portal.publicPages()) {
            assertTrue(disallowed.stream().noneMatch(page::startsWith), "expected " + page + " open to search engines");
        }
    }

    @Test
    void aPageMayReadItsOwnSitesRobotsTxtButNothingElsewhere() {
        try (Browser browser = new Browser(true)) {
            browser.driver().get(Portal.BASE + "/ro/");
            Object own = browser.driver().executeAsyncScript(
                    "const done = arguments[0]; fetch('/robots.txt').then(r => done(r.status), e => done('refused'));");
            assertEquals(200L, own,
                    "expected the page's policy to let it read its own robots.txt (as Lighthouse does)");
            Object elsewhere = browser.driver().executeAsyncScript("const done = arguments[0];"
                    + " fetch('" + Browser.NEUTRAL_SITE + "/').then(r => done(r.status), e => done('refused'));");
            assertEquals("refused", elsewhere, "expected the page's policy to refuse any other host");
        }
    }

    private static String description(String path) {
        return Portal.html(Portal.get(path)).selectFirst("head meta[name=description]").attr("content");
    }
}
