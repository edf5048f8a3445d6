package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the office that need no account, over HTTP as an outsider would make them: office views
 * reached past the guard by paths the container normalises, the set-up form telling more than whether
 * the token is right, a form posted without its PrimeFaces nonce, the session cookie sent to public
 * pages (its path is the office's, {@code /office}), earlier office addresses as a way past the guard,
 * redirects built from the Host header and the container's $WSEP header. Works whether or not
 * the first admin exists; the checks that need accounts are in the office journey's matrix.
 */
class OfficeAttacksIT {

    /** Ways to name an office view ("%1$s" is the page, "%2$s" its view's path under office/) that no link uses. */
    private static final List<String> PAST_THE_GUARD = List.of("/jakarta.faces.resource/../office/%2$s.xhtml",
            "/jakarta.faces.resource/..%%2foffice/%2$s.xhtml", "/jakarta.faces.resource/..%%2Foffice/%2$s.xhtml",
            "/jakarta.faces.resource/..%%5coffice/%2$s.xhtml", "/jakarta.faces.resource/%%2e%%2e/office/%2$s.xhtml",
            "/jakarta.faces.resource/..;/office/%2$s.xhtml", "/jakarta.faces.resource/x/../../office/%2$s.xhtml",
            "/office/%2$s.xhtml", "/office/%1$s", "/office/%2$s", "/nl/office/../office/%1$s",
            "/nl/info/../office/%1$s", "/en/office/./%1$s", "/nl/../office/%2$s.xhtml", "/en/office//%1$s",
            "/nl/office/..%%2f..%%2foffice/%2$s.xhtml", "/office/en/%1$s.xhtml", "/office/en/%2$s.xhtml",
            "/office/en/../%2$s.xhtml", "/office/nl/./%1$s", "/office/en//%1$s", "/office/nl/..%%2f%2$s.xhtml",
            "/office/en/%%2e%%2e/%2$s.xhtml", "/office/./en/%1$s", "/office//en/%1$s", "/office/en/x/../%1$s",
            "/%%6ffice/en/%1$s", "/office/en;x=1/%1$s");

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void officeViewsAreNeverRenderedPastTheGuard() throws IOException {
        Map<String, OfficePage> pages = OfficeMap.pages();
        assertTrue(pages.containsKey("staff") && pages.containsKey("questions"),
                "expected to find the office pages: " + pages.keySet());
        for (OfficePage page : pages.values()) {
            for (String form : PAST_THE_GUARD) {
                String target = String.format(Locale.ROOT, form, page.name(), OfficeMap.viewPath(page));
                String response = RawHttp.get(null, target);
                int status = status(response);
                assertTrue(status == 400 || status == 404,
                        "expected " + target + " refused (400 or 404), never the view nor its guard's redirect, got "
                                + response.lines().findFirst().orElse(""));
                assertFalse(response.contains("ln=primefaces"),
                        "expected no office page content (PrimeFaces) in the answer to " + target);
            }
        }
    }

    @Test
    void theSetUpFormChecksTheTokenBeforeAnythingElseAndClosesOnceSetUp() throws IOException, InterruptedException {
        OfficeHttp client = new OfficeHttp();
        HttpResponse<String> setup = client.get("/office/en/setup");
        if (setup.statusCode() == 404) {
            // set up already: closed for every method, so a post cannot ask whether a username exists
            HttpResponse<String> post = Portal.postForm("/office/en/setup",
                    Map.of("setup:token", "NOT-A-TOKEN", "setup:username", "first-admin", "setup:password", "x"));
            assertEquals(404, post.statusCode(), "expected a post to the closed set-up page answered 404");
            assertFalse(post.body().contains(Bundles.text("en", "office.problem.USERNAME_TAKEN")),
                    "expected the closed set-up page to say nothing about usernames");
            return;
        }
        assertEquals(200, setup.statusCode(), "expected the set-up page open (200) or closed (404)");
        for (Map.Entry<String, String> attempt : Map.of("!", "short", "first-admin",
                "four quiet herons over the frisian lakes", "admin", "password").entrySet()) {
            HttpResponse<String> answer = client.submit("/office/en/setup", "setup",
                    Map.of("setup:token", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "setup:username",
                            attempt.getKey(), "setup:password", attempt.getValue()),
                    "setup:create");
            assertEquals(200, answer.statusCode(), "expected a wrong token answered on the set-up page");
            String messages = OfficeHttp.messages(answer);
            assertTrue(messages.contains(Bundles.text("en", "office.problem.BOOTSTRAP_INVALID")),
                    "expected a wrong token refused: " + messages);
            for (String problem : List.of("USERNAME_INVALID", "USERNAME_TAKEN", "PASSWORD_TOO_SHORT",
                    "PASSWORD_TOO_COMMON")) {
                assertFalse(messages.contains(Bundles.text("en", "office.problem." + problem)),
                        "expected nothing said about the username (" + attempt.getKey()
                                + ") or the password before the token is right: " + messages);
            }
        }
    }

    @Test
    void aFormPostedWithoutItsNonceIsRefusedBeforeItsActionAndNeverWith500() throws IOException, InterruptedException {
        Path messagesLog = Portal.serverDir().resolve("logs/messages.log");
        long logSize = Files.size(messagesLog);
        for (String nonce : new String[]{null, "", "bm90LXRoZS1ub25jZQ"}) {
            OfficeHttp client = new OfficeHttp();
            Map<String, String> values = new LinkedHashMap<>(Map.of("login:username", "nobody-of-that-name",
                    "login:password", "not a password of anyone here"));
            if (nonce != null) {
                values.put("primefaces.nonce", nonce);
            }
            HttpResponse<String> answer = client.submitWithoutNonce("/office/en/login", "login", values, "login:next");
            String what = nonce == null ? "without a nonce" : "with the nonce '" + nonce + "'";
            assertNotEquals(500, answer.statusCode(), "expected a login form posted " + what + " never to answer 500");
            assertTrue(answer.statusCode() == 400 || answer.statusCode() == 403,
                    "expected a login form posted " + what + " refused (400 or 403), got " + answer.statusCode());
            assertFalse(answer.body().contains(Bundles.text("en", "office.login.message.error.failed")),
                    "expected the sign-in not attempted for a form posted " + what);
            assertTrue(answer.headers().firstValue("Location").isEmpty(),
                    "expected no way on from a form posted " + what);
        }
        byte[] log = Files.readAllBytes(messagesLog);
        String added = new String(log, (int) Math.min(logSize, log.length), (int) Math.max(0, log.length - logSize),
                StandardCharsets.ISO_8859_1);
        assertFalse(added.contains("SRVE0777E") || added.contains("SRVE0315E") || added.contains("\tat "),
                "expected no exception logged for a form posted without its nonce (the error page is rendered after"
                        + " Faces is done): " + added.lines().limit(3).toList());
    }

    @Test
    void theOfficeSessionCookieHasANeutralNameAndTheOfficePathOnly() throws IOException, InterruptedException {
        for (String language : List.of("en", "nl")) {
            HttpResponse<String> login = new OfficeHttp().get("/office/" + language + "/login");
            assertEquals(200, login.statusCode(), "expected the " + language + " office login page shown");
            List<String> cookies = login.headers().allValues("Set-Cookie");
            assertEquals(1, cookies.size(), "expected the office login page to start one session: " + cookies);
            String cookie = cookies.get(0);
            String name = cookie.substring(0, cookie.indexOf('='));
            assertEquals(OfficeSessionChecks.COOKIE, name, "expected the session cookie's neutral name");
            assertFalse(name.toUpperCase(Locale.ROOT).contains("SESSION"),
                    "expected a cookie name that tells nothing about the server: " + name);
            assertTrue(OfficeSessionChecks.hasAttribute(cookie, "Path=/office"),
                    "expected the session cookie limited to the office's path (Path=/office): " + cookie);
            for (String attribute : List.of("HttpOnly", "Secure", "SameSite=Strict")) {
                assertTrue(OfficeSessionChecks.hasAttribute(cookie, attribute),
                        "expected the session cookie to stay " + attribute + ": " + cookie);
            }
        }
    }

    @Test
    void publicPagesNeverReceiveTheOfficeCookieOnceTheLoginPageWasSeen() throws IOException, InterruptedException {
        OfficeHttp browser = new OfficeHttp();
        CookieJar jar = browser.cookies();
        assertEquals(200, browser.get("/office/en/login").statusCode(), "expected the office login page shown");
        assertFalse(jar.value(OfficeSessionChecks.COOKIE).isEmpty(),
                "expected the login page to set the session cookie");
        assertTrue(jar.offersAnyFor(URI.create(Portal.BASE + "/office/en/dashboard")),
                "expected the session cookie offered back to the office's own pages");
        for (String page : List.of("/nl/", "/ro/ask", "/en/info")) {
            assertFalse(jar.offersAnyFor(URI.create(Portal.BASE + page)),
                    "expected no cookie offered to the public page "
                            + page + " after the office login page was seen (the cookie's path is the office's)");
            HttpResponse<String> answer = browser.get(page);
            assertEquals(200, answer.statusCode(), "expected the public page " + page + " shown");
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(),
                    "expected the public page " + page + " to set no cookie: "
                            + answer.headers().allValues("Set-Cookie"));
        }
        for (String elsewhere : List.of("/", "/exit", "/api/v1/languages", "/officer", "/en/office-hours")) {
            assertFalse(jar.offersAnyFor(URI.create(Portal.BASE + elsewhere)),
                    "expected no cookie offered to " + elsewhere + " (outside the office's path)");
        }
    }

    @Test
    void earlierOfficeAddressesLeadToTheSamePageUnderTheOfficePrefix() throws IOException, InterruptedException {
        Map<String, String> moves = Map.of("/en/office/login", "/office/en/login", "/nl/office/dashboard?x=1&y=2",
                "/office/nl/dashboard?x=1&y=2", "/ro/office/login", "/office/en/login", "/nl/office",
                "/office/nl/dashboard", "/en/office/", "/office/en/dashboard");
        for (Map.Entry<String, String> move : moves.entrySet()) {
            HttpResponse<String> answer = new OfficeHttp().get(move.getKey());
            assertTrue(answer.statusCode() == 301 || answer.statusCode() == 303,
                    "expected the earlier address " + move.getKey() + " redirected (301 or 303), got "
                            + answer.statusCode());
            assertEquals(move.getValue(), answer.headers().firstValue("Location").orElse(""),
                    "expected " + move.getKey() + " sent to the same page under /office/{lang}/, its query kept");
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(),
                    "expected the redirect from " + move.getKey() + " to start no session");
        }
        // the redirect is no way past the guard: where it leads, an anonymous visitor is sent to sign in
        for (String page : List.of("staff", "dashboard", "enrol", "second-factor")) {
            OfficeHttp anonymous = new OfficeHttp();
            HttpResponse<String> earlier = anonymous.get("/en/office/" + page);
            String next = earlier.headers().firstValue("Location").orElse("");
            assertEquals("/office/en/" + page, next, "expected the earlier " + page + " address sent to the new one");
            assertFalse(earlier.body().contains("ln=primefaces"),
                    "expected no office page in the redirect from the earlier " + page + " address");
            HttpResponse<String> guarded = anonymous.get(next);
            assertEquals(303, guarded.statusCode(), "expected the " + page + " page to send an anonymous visitor on");
            String location = guarded.headers().firstValue("Location").orElse("");
            assertEquals("/office/en/login", location.replaceFirst("\\?next=" + page + "$", ""),
                    "expected an anonymous visitor of the " + page + " page sent to sign in (and back after it)");
        }
    }

    @Test
    void theOfficePrefixAloneAndUnknownLanguagesLeadToTheDefaultOfficeLanguage()
            throws IOException, InterruptedException {
        Map<String, String> moves = Map.of("/office", "/office/en/dashboard", "/office/", "/office/en/dashboard",
                "/office/nl", "/office/nl/dashboard", "/office/nl/", "/office/nl/dashboard", "/office/ro/login",
                "/office/en/login", "/office/xx", "/office/en/dashboard");
        for (Map.Entry<String, String> move : moves.entrySet()) {
            HttpResponse<String> answer = new OfficeHttp().get(move.getKey());
            assertEquals(303, answer.statusCode(), "expected " + move.getKey() + " to lead on (303)");
            assertEquals(move.getValue(), answer.headers().firstValue("Location").orElse(""),
                    "expected " + move.getKey() + " to lead to " + move.getValue());
        }
        assertEquals(404, new OfficeHttp().get("/office/en/no-such-page").statusCode(),
                "expected an unknown office page not found (404)");
    }

    @Test
    void noRedirectNamesTheHostTheRequestClaimed() {
        assertNoHostInHead(List.of("/openapi", "/", "/nl", "/nl/office", "/nl/office/", "/ro/office/login",
                "/en/office/dashboard", "/office", "/office/", "/office/nl", "/office/nl/", "/office/ro/login",
                "/office/en/dashboard", "/exit", "/health"));
    }

    /**
     * Point 18: Liberty's OpenAPI UI (only with the demo, as on the test server) builds its redirect from
     * the Host header; a request naming a host the server does not serve is refused (404) before it.
     */
    @Test
    void theOpenApiUiRedirectsNowhereTheHostHeaderSays() {
        assertNoHostInHead(List.of("/openapi/ui", "/openapi/ui/", "/openapi/ui/index.html", "/openapi"));
        String response = RawHttp.exchange(null, "GET /openapi/ui HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals(404, status(response),
                "expected a request naming an unknown host refused with 404, got "
                        + response.lines().findFirst().orElse(""));
    }

    /**
     * Point 18, with the demo on: the UI's own answers to a request for the server's own host name no
     * other host, whatever forwarded headers or absolute request target claim one.
     */
    @Test
    void theOpenApiUisOwnAnswersNameNoForeignHost() {
        URI base = URI.create(Portal.BASE);
        String own = base.getHost() + ":" + base.getPort();
        for (String path : List.of("/openapi/ui", "/openapi/ui/", "/openapi/ui/index.html")) {
            String plain = RawHttp.get(null, path);
            int status = status(plain);
            assertTrue(status == 200 || status == 302, "expected the demo's OpenAPI UI at " + path + ", got " + status);
            List<String> answers = List.of(plain,
                    RawHttp.get(null, path, "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
                            "Forwarded: host=evil.example;proto=https", "X-Forwarded-Server: evil.example"),
                    RawHttp.exchange(null, "GET http://evil.example" + path + " HTTP/1.1\r\nHost: " + own
                            + "\r\nConnection: close\r\n\r\n"));
            for (String answer : answers) {
                String head = head(answer);
                assertFalse(head.contains("evil.example"), "expected no header naming evil.example for " + path
                        + ": " + head);
                for (String location : head.lines().filter(line -> line.startsWith("location:")).toList()) {
                    URI target = URI.create(location.substring("location:".length()).strip());
                    // the scheme may follow X-Forwarded-Proto; the host must be the server's own
                    assertTrue(target.getHost() == null || own.equalsIgnoreCase(target.getAuthority()),
                            "expected the UI's redirect relative or to the server's own host, got " + target);
                }
            }
        }
    }

    private static void assertNoHostInHead(List<String> paths) {
        for (String path : paths) {
            String response = RawHttp.exchange(null, "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n");
            String head = head(response);
            assertFalse(head.contains("evil.example"),
                    "expected no header naming the Host header's evil.example for " + path + ": " + head);
        }
    }

    @Test
    void noAnswerCarriesTheContainersWsepHeader() {
        for (String path : List.of("/WEB-INF/web.xml", "/health/nothing", "/openapi/ui/nothing", "/ibm/api",
                "/metrics", "/nl/does-not-exist", "/jakarta.faces.resource/../office/login.xhtml")) {
            String head = head(RawHttp.get(null, path));
            assertFalse(head.contains("$wsep"), "expected no $WSEP header on " + path + ": " + head);
        }
    }

    private static int status(String response) {
        String[] first = response.lines().findFirst().orElse("").split(" ");
        return first.length > 1 ? Integer.parseInt(first[1]) : -1;
    }

    private static String head(String response) {
        int end = response.indexOf("\r\n\r\n");
        return (end < 0 ? response : response.substring(0, end)).toLowerCase(Locale.ROOT);
    }
}
