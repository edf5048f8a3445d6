package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A public page is one request: its style and script are inline, it loads no stylesheet, script,
 * image or frame (from this host or any other), and no office library leaks into it.
 */
class PublicPagesLoadNothingIT {

    @Test
    void everyPublicPageIsOneRequest() {
        for (String page : Portal.publicPages()) {
            String body = Portal.get(page).body();
            Document html = Portal.html(Portal.get(page));
            List<String> loaded = html.select("link[rel=stylesheet], script[src], img[src], iframe, object, embed, "
                    + "source[src], video, audio").stream().map(Element::outerHtml)
                    .filter(tag -> !tag.contains("src=\"data:")).toList();
            assertTrue(loaded.isEmpty(), "expected " + page + " to load nothing, found " + loaded);
            assertFalse(body.contains("/jakarta.faces.resource/"), "expected no Faces resources on " + page);
            assertFalse(body.contains("PrimeFaces") || body.contains("nonce="),
                    "expected no trace of the office's PrimeFaces on " + page);
            assertTrue(html.select("style").size() == 1 && html.select("script").size() == 1,
                    "expected exactly one inline style and one inline script on " + page);
        }
    }
}
