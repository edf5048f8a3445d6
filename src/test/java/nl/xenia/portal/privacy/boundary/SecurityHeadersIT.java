package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** Every response, whatever its route and status, carries the privacy and security headers. */
class SecurityHeadersIT {

    private static final Map<String, String> FIXED = Map.of("cache-control", "no-store", "referrer-policy",
            "no-referrer", "x-content-type-options", "nosniff", "x-frame-options", "DENY",
            "cross-origin-opener-policy", "same-origin", "cross-origin-resource-policy", "same-origin");

    @Test
    void everyRouteAndStatusCarriesTheHeaders() {
        List<String[]> routes = new ArrayList<>();
        for (String page : Portal.publicPages()) {
            routes.add(new String[]{"GET", page, "200"});
        }
        routes.add(new String[]{"GET", "/", "303"});
        routes.add(new String[]{"GET", "/nl", "301"});
        routes.add(new String[]{"GET", "/exit", "303"});
        routes.add(new String[]{"POST", "/exit", "303"});
        routes.add(new String[]{"GET", "/robots.txt", "200"});
        routes.add(new String[]{"GET", "/nl/does-not-exist", "404"});
        routes.add(new String[]{"GET", "/home.xhtml", "404"});
        routes.add(new String[]{"GET", "/WEB-INF/web.xml", "404"});
        routes.add(new String[]{"GET", "/zz/", "404"});
        routes.add(new String[]{"PUT", "/nl/", "403"});
        routes.add(new String[]{"DELETE", "/api/v1/languages", "403"});
        routes.add(new String[]{"POST", "/api/v1/languages", "405"});
        routes.add(new String[]{"GET", "/api/v1/languages", "200"});
        routes.add(new String[]{"GET", "/api/v1/does-not-exist", "404"});
        routes.add(new String[]{"GET", "/health/ready", "200"});
        routes.add(new String[]{"GET", "/health/live", "200"});
        routes.add(new String[]{"GET", "/openapi", "200"});

        Map<Integer, Integer> statusesSeen = new TreeMap<>();
        for (String[] route : routes) {
            HttpResponse<String> response = Portal.send(route[0], route[1], route[0].equals("GET") ? null : "",
                    "Content-Type", "application/x-www-form-urlencoded");
            String where = route[0] + " " + route[1];
            assertEquals(Integer.parseInt(route[2]), response.statusCode(),
                    "expected status " + route[2] + " for " + where);
            assertHeaders(where, response.headers());
            statusesSeen.merge(response.statusCode(), 1, Integer::sum);
        }
        assertTrue(statusesSeen.keySet().containsAll(List.of(200, 301, 303, 403, 404, 405)),
                "expected the walk to cover every kind of status, saw " + statusesSeen);
    }

    @Test
    void anExpiredFormAndAnUnreadableRequestCarryTheHeadersToo() {
        HttpResponse<String> expired = Portal.postForm("/nl/", Map.of("jakarta.faces.ViewState", "no-such-state"));
        assertTrue(expired.statusCode() >= 400, "expected an error status for a form with an unknown view state");
        assertHeaders("POST /nl/ with an unknown view state", expired.headers());

        String badRequest = RawHttp.get(null, "/nl/%zz");
        assertTrue(badRequest.startsWith("HTTP/1.1 400"), "expected 400 for an unreadable URL, got "
                + badRequest.lines().findFirst().orElse(""));
        String head = badRequest.substring(0, badRequest.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> header : FIXED.entrySet()) {
            assertTrue(head.contains(header.getKey() + ": " + header.getValue().toLowerCase(Locale.ROOT)),
                    "expected " + header.getKey() + " on the 400 response");
        }
        assertTrue(head.contains("content-security-policy:"), "expected a content security policy on the 400 response");
    }

    @Test
    void httpsThroughATrustedProxyAddsHsts() {
        HttpResponse<String> plain = Portal.get("/nl/");
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(),
                "expected no HSTS over plain HTTP");
        HttpResponse<String> proxied = Portal.get("/nl/", "X-Forwarded-Proto", "https", "X-Forwarded-For", "192.0.2.1");
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="),
                "expected HSTS when a trusted proxy forwards an HTTPS request");
    }

    static void assertHeaders(String where, HttpHeaders headers) {
        for (Map.Entry<String, String> header : FIXED.entrySet()) {
            assertEquals(List.of(header.getValue()), headers.allValues(header.getKey()),
                    "expected exactly one " + header.getKey() + ": " + header.getValue() + " on " + where);
        }
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        for (String feature : new String[]{"camera=()", "microphone=()", "geolocation=()"}) {
            assertTrue(permissions.contains(feature),
                    "expected Permissions-Policy to deny " + feature + " on " + where);
        }
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "expected exactly one Content-Security-Policy on " + where);
        String csp = policies.get(0);
        assertTrue(csp.contains("default-src 'none'") || csp.contains("default-src 'self'"),
                "expected default-src 'none' or 'self' on " + where + ": " + csp);
        for (String directive : new String[]{"object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                "form-action 'self'"}) {
            assertTrue(csp.contains(directive), "expected " + directive + " in the policy on " + where + ": " + csp);
        }
        String scripts = csp.replaceAll(".*script-src([^;]*).*", "$1");
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"),
                "expected no unsafe script sources on " + where + ": " + csp);
        assertTrue(headers.firstValue("Server").isEmpty(), "expected no Server header on " + where);
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), "expected no X-Powered-By header on " + where);
        assertTrue(
                new TreeSet<>(headers.map().keySet()).stream().noneMatch(name -> name.equalsIgnoreCase("set-cookie")),
                "expected no cookie on " + where);
    }
}
