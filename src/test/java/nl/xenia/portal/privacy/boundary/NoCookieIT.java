package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** No public page view and no public form post sets a cookie. */
class NoCookieIT {

    @Test
    void noPublicPageSetsACookie() {
        Set<String> pages = Portal.publicPages();
        assertTrue(pages.size() >= Portal.languages().size(), "expected at least a home page per language: " + pages);
        for (String page : pages) {
            HttpResponse<String> response = Portal.get(page);
            assertEquals(200, response.statusCode(), "expected " + page + " to be a page");
            assertNoCookie("GET " + page, response);
        }
        for (String path : List.of("/", "/nl", "/exit", "/robots.txt", "/nl/does-not-exist", "/api/v1/languages")) {
            assertNoCookie("GET " + path, Portal.get(path));
        }
    }

    @Test
    void noPublicFormPostSetsACookie() {
        int forms = 0;
        for (String page : Portal.publicPages()) {
            assertNoCookie("POST " + page + " (a stateless postback)",
                    Portal.postForm(page, Map.of("jakarta.faces.ViewState", "stateless")));
            for (Element form : Portal.html(Portal.get(page)).select("form[method=post]")) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element input : form.select("input[name], textarea[name], select[name]")) {
                    fields.put(input.attr("name"), input.hasAttr("value") ? input.attr("value") : "");
                }
                String action = form.attr("abs:action").substring(Portal.BASE.length());
                assertNoCookie("POST " + action + " (form on " + page + ")", Portal.postForm(action, fields));
                forms++;
            }
        }
        System.out.println("Public forms posted: " + forms);
    }

    private static void assertNoCookie(String what, HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                "expected no cookie from " + what + ", got " + response.headers().allValues("Set-Cookie"));
    }
}
