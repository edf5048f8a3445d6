package nl.xenia.portal.localization.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Error pages speak the page's language and show no technical detail. */
class ErrorPagesIT {

    @Test
    void notFoundSpeaksTheLanguageOfTheUrl() {
        for (String language : Portal.languages()) {
            HttpResponse<String> response = Portal.get("/" + language + "/no-such-page");
            assertEquals(404, response.statusCode(), "expected 404");
            Document html = Portal.html(response);
            assertEquals(language, html.selectFirst("html").attr("lang"), "expected the 404 page in " + language);
            assertEquals(Bundles.text(language, "errorpages.404.title"), html.selectFirst("h1").text(),
                    "expected the translated 404 title in " + language);
            assertNoTechnicalDetail(response.body());
        }
    }

    @Test
    void withoutALanguageInTheUrlTheBrowsersLanguageIsUsed() {
        HttpResponse<String> response = Portal.get("/no-such-page", "Accept-Language", "bg-BG,bg;q=0.9");
        assertEquals(404, response.statusCode(), "expected 404");
        assertEquals(Bundles.text("bg", "errorpages.404.title"), Portal.html(response).selectFirst("h1").text(),
                "expected the 404 page in Bulgarian");
    }

    @Test
    void anExpiredFormGetsAFriendlyPage() throws java.io.IOException {
        java.nio.file.Path messagesLog = Portal.serverDir().resolve("logs/messages.log");
        long logSize = java.nio.file.Files.size(messagesLog);
        HttpResponse<String> response = Portal.postForm("/ro/", Map.of("jakarta.faces.ViewState", "no-such-state"));
        assertEquals(400, response.statusCode(), "expected an unreadable form answered as a bad request");
        Document html = Portal.html(response);
        assertEquals("ro", html.selectFirst("html").attr("lang"), "expected the error page in Romanian");
        assertEquals(Bundles.text("ro", "errorpages.400.title"), html.selectFirst("h1").text(),
                "expected the translated 400 title");
        byte[] bytes = java.nio.file.Files.readAllBytes(messagesLog);
        // only what this request added: other tests may log server errors on purpose
        String log = bytes.length >= logSize
                ? new String(bytes, (int) logSize, (int) (bytes.length - logSize),
                        java.nio.charset.StandardCharsets.UTF_8)
                : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(log.contains("while processing RESTORE_VIEW") || log.contains("Illegal base64"),
                "expected an unreadable form not to be logged as a server error");
        assertNoTechnicalDetail(response.body());
    }

    @Test
    void anUnreadableRequestShowsNoTechnicalDetail() {
        String response = RawHttp.get(null, "/nl/%zz");
        assertTrue(response.startsWith("HTTP/1.1 400"), "expected 400 for an unreadable URL");
        assertNoTechnicalDetail(response);
    }

    static void assertNoTechnicalDetail(String body) {
        for (String detail : new String[]{"Exception", "at nl.xenia", "at com.ibm", "at org.apache", "SRVE", "CWWK",
                "stack", "Error 500", "MyFaces"}) {
            assertFalse(body.contains(detail), "expected no technical detail (" + detail + ") on an error page");
        }
    }
}
