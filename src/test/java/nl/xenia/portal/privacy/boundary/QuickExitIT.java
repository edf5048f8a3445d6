package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class QuickExitIT {

    @Test
    void exitClearsTheSiteAndLandsOnTheNeutralSite() {
        for (String method : new String[]{"GET", "POST"}) {
            HttpResponse<String> exit = Portal.send(method, "/exit", method.equals("GET") ? null : "");
            assertEquals(303, exit.statusCode(), "expected " + method + " /exit to send the reader on (303)");
            assertEquals("http://localhost:9099/neutral", exit.headers().firstValue("Location").orElse(""),
                    "expected /exit to land on the configured neutral site");
            String clear = exit.headers().firstValue("Clear-Site-Data").orElse("");
            for (String kind : new String[]{"\"cache\"", "\"cookies\"", "\"storage\""}) {
                assertTrue(clear.contains(kind), "expected Clear-Site-Data to clear " + kind + ", got " + clear);
            }
        }
    }

    @Test
    void everyPublicPageOffersQuickExitFirst() {
        for (String page : Portal.publicPages()) {
            Document html = Portal.html(Portal.get(page));
            Element firstLink = html.body().selectFirst("a[href]");
            assertEquals("/exit", firstLink.attr("href"),
                    "expected the first link (a skip link) of " + page + " to be quick exit");
            Element button = html.getElementById("quick-exit");
            assertTrue(button != null && button.attr("href").equals("/exit"),
                    "expected a quick exit button that is a plain link on " + page);
        }
    }
}
