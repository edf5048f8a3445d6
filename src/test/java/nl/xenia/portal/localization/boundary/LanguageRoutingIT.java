package nl.xenia.portal.localization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageRoutingIT {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → /{1}/")
    @CsvSource(delimiter = '|', value = {"ro-RO,ro;q=0.9,en;q=0.8|ro", "nl-NL,nl;q=0.9|nl", "bg|bg",
            "de-DE,es;q=0.7|es", "th-TH|en", "''|en"})
    void theRootSendsTheReaderToTheirLanguage(String acceptLanguage, String expected) {
        HttpResponse<String> response = acceptLanguage.isEmpty()
                ? Portal.get("/")
                : Portal.get("/", "Accept-Language", acceptLanguage);
        assertEquals(303, response.statusCode(), "expected 303 See Other from /");
        assertEquals("/" + expected + "/", response.headers().firstValue("Location").orElse(""),
                "expected the best supported language for " + acceptLanguage);
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept-Language"),
                "expected the redirect to vary by Accept-Language");
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "expected no language cookie");
    }

    @Test
    void everyLanguageHasItsHomeWithLangCanonicalAndAlternates() {
        List<String> languages = Portal.languages();
        assertEquals(List.of("nl", "en", "ro", "bg", "es"), languages, "expected the languages in order of need");
        for (String language : languages) {
            HttpResponse<String> response = Portal.get("/" + language + "/");
            assertEquals(200, response.statusCode(), "expected a home page in " + language);
            Document html = Portal.html(response);
            assertEquals(language, html.selectFirst("html").attr("lang"), "expected lang=" + language);
            assertEquals(language, response.headers().firstValue("Content-Language").orElse(""),
                    "expected Content-Language " + language);
            Element canonical = html.selectFirst("link[rel=canonical]");
            assertNotNull(canonical, "expected a canonical link in " + language);
            assertTrue(canonical.attr("href").endsWith("/" + language + "/"),
                    "expected the canonical URL of this page");
            Set<String> alternates = html.select("link[rel=alternate][hreflang]").stream()
                    .map(link -> link.attr("hreflang") + "=" + link.attr("href").replaceAll("^https?://[^/]+", ""))
                    .collect(Collectors.toSet());
            for (String other : languages) {
                assertTrue(alternates.contains(other + "=/" + other + "/"),
                        "expected an hreflang alternate for " + other + " on the " + language + " home, got "
                                + alternates);
            }
            assertEquals(Bundles.text(language, "home.title"), html.selectFirst("h1").text(),
                    "expected the home title in " + language);
            List<String> picker = html.select("nav.languages li").eachText();
            for (String other : languages) {
                assertTrue(picker.contains(Bundles.text(other, "general.language.endonym")),
                        "expected the picker to name " + other + " by its own name, got " + picker);
            }
            assertEquals(languages.size() - 1, html.select("nav.languages a[hreflang]").size(),
                    "expected a link to every other language in the picker");
        }
    }

    @Test
    void aLanguageWithoutSlashIsRedirectedAndUnknownLanguagesAreNotFound() {
        HttpResponse<String> bare = Portal.get("/ro");
        assertEquals(301, bare.statusCode(), "expected /ro to move to /ro/");
        assertEquals("/ro/", bare.headers().firstValue("Location").orElse(""), "expected the slash added");
        assertEquals(404, Portal.get("/fr/").statusCode(), "expected an unsupported language to be not found");
        assertEquals(404, Portal.get("/home.xhtml").statusCode(), "expected views not reachable by file name");
    }
}
