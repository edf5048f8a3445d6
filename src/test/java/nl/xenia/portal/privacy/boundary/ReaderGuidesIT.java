package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The reader's guides: the hide-your-visit page and the privacy page exist in every language, are linked
 * from the home page and from every footer, and stay as light as every other public page (≤ 14 KB gzipped,
 * no cookie).
 */
class ReaderGuidesIT {

    private static final int MAX_GZIPPED_BYTES = 14 * 1024;
    private static final List<String> GUIDES = List.of("tips", "privacy");

    @Test
    void theGuidesExistInEveryLanguageAndAreLinked() {
        for (String language : Portal.languages()) {
            Document home = Portal.html(Portal.get("/" + language + "/"));
            for (String guide : GUIDES) {
                String path = "/" + language + "/" + guide;
                HttpResponse<String> response = Portal.get(path);
                assertEquals(200, response.statusCode(), "expected " + path + " to be a page");
                Document page = Portal.html(response);
                assertEquals(language, page.selectFirst("html").attr("lang"),
                        "expected lang=" + language + " on " + path);
                assertEquals(Bundles.text(language, guide + ".title"), page.selectFirst("h1").text(),
                        "expected the " + guide + " title in " + language + " on " + path);
                assertFalse(home.select("main a[href$=" + path + "]").isEmpty(),
                        "expected the " + language + " home page to link to " + path);
            }
            assertFalse(home.select("header a#hide-visit[href$=/" + language + "/tips]").isEmpty(),
                    "expected the hide-your-visit link next to quick exit in the header (" + language + ")");
        }
    }

    @Test
    void everyPublicPageLinksThePrivacyPageIsLightAndSetsNoCookie() {
        for (String path : Portal.publicPages()) {
            HttpResponse<String> response = Portal.get(path);
            if (response.statusCode() != 200) {
                continue;
            }
            Document page = Portal.html(response);
            String language = page.selectFirst("html").attr("lang");
            assertFalse(page.select("footer a[href$=/" + language + "/privacy]").isEmpty(),
                    "expected the footer of " + path + " to link to the privacy page");
            assertFalse(page.select("footer a[href$=/" + language + "/tips]").isEmpty(),
                    "expected the footer of " + path + " to link to the hide-your-visit page");
            int gzipped = gzipped(response.body());
            assertTrue(gzipped <= MAX_GZIPPED_BYTES,
                    "expected " + path + " to weigh at most 14 KB gzipped, was " + gzipped + " bytes");
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                    "expected no cookie from " + path + ", got " + response.headers().allValues("Set-Cookie"));
        }
    }

    private static int gzipped(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.size();
    }
}
