package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.control.Totp;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The office's authorization matrix: every office page (every file under src/main/webapp/office)
 * requested as an anonymous visitor, as a member with the STAFF role and as an ADMIN, each answer
 * compared with what the matrix expects. A page without a row makes the check fail.
 */
final class OfficeAuthorizationMatrix {

    /**
     * What a GET of the page answers when reached by the office's own links (with the session's
     * token): 200, 403, 404, or 303 to the named office page.
     */
    private record Expected(String anonymous, String staff, String admin) {
    }

    /**
     * What each page answers, derived from how its component contributes it (testing.OfficeMap reads the same
     * contributions as the office's registry): the set-up page is closed once set up; the sign-in pages are open;
     * the second step is for a login half-way; other pages send anonymous visitors to sign in; a role page answers
     * 403 to other roles; a page showing one item answers 404 for an id that does not exist.
     */
    private static Expected expected(OfficePage page) {
        return switch (page.access()) {
            case UNTIL_FIRST_ADMIN -> new Expected("404", "404", "404");
            case OPEN -> new Expected("200", "200", "200");
            case DURING_LOGIN -> new Expected("303 login", "303 dashboard", "303 dashboard");
            case SIGNED_IN -> new Expected("303 login", "200", "200");
            case ROLES -> new Expected("303 login", forRole(page, Role.STAFF), forRole(page, Role.ADMIN));
        };
    }

    private static String forRole(OfficePage page, Role role) {
        if (!page.allows(Set.of(role))) {
            return "403";
        }
        return page.item() ? "404" : "200";
    }

    /**
     * Office API endpoints (paths of the OpenAPI document with "/office"), answered like the pages.
     * None yet: one added without a row here fails the check.
     */
    private static final Map<String, Expected> API = Map.of();

    /**
     * Ways to name an office view ({@code %s} is the page) past its URL: a dot segment after another
     * prefix, encoded separators, the view's own file name. Each must be refused (400 or 404) to
     * anyone, signed in or not, and never show the page.
     */
    static final List<String> PAST_THE_GUARD = List.of("/jakarta.faces.resource/../office/%2$s.xhtml",
            "/jakarta.faces.resource/..%%2foffice/%2$s.xhtml", "/jakarta.faces.resource/..%%5coffice/%2$s.xhtml",
            "/jakarta.faces.resource/%%2e%%2e/office/%2$s.xhtml", "/jakarta.faces.resource/..;/office/%2$s.xhtml",
            "/office/%2$s.xhtml", "/nl/office/../office/%1$s", "/nl/info/../office/%1$s", "/en/office/./%1$s",
            "/office/en/%1$s.xhtml", "/office/en/%2$s.xhtml", "/office/nl/../%2$s.xhtml", "/office/en/./%1$s",
            "/office/en//%1$s", "/%%6ffice/en/%1$s");

    private OfficeAuthorizationMatrix() {
    }

    /** Every office page's name, as the components contribute them. */
    static Set<String> pages() {
        return new TreeSet<>(OfficeMap.pages().keySet());
    }

    static void check(String admin, String adminPassword, byte[] adminSecret, String member, String memberPassword,
            byte[] memberSecret) throws IOException, InterruptedException {
        Map<String, OfficePage> pages = OfficeMap.pages();
        assertEquals(OfficeMap.viewFiles(),
                pages.values().stream().map(OfficePage::view).collect(Collectors.toCollection(TreeSet::new)),
                "expected every view under office/ contributed as an office page by its component");

        HttpClient anonymous = client();
        String openapi = anonymous.send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/openapi?format=JSON"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher apiPath = Pattern.compile("\"(/api/[^\"]*)\"\\s*:\\s*\\{").matcher(openapi);
        Set<String> officeApi = new TreeSet<>();
        Set<String> allApi = new TreeSet<>();
        while (apiPath.find()) {
            allApi.add(apiPath.group(1));
            if (apiPath.group(1).contains("/office")) {
                officeApi.add(apiPath.group(1));
            }
        }
        assertTrue(allApi.contains("/api/v1/languages"), "expected to read the API's paths: " + allApi);
        assertEquals(new TreeSet<>(API.keySet()), officeApi, "expected every office API path in the matrix");
        // once set up, the set-up form tells nothing (not whether a username exists), whatever is posted
        HttpResponse<String> setupPost = anonymous.send(HttpRequest.newBuilder(URI.create(Portal.BASE
                + "/office/en/setup")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("setup=setup&setup%3Atoken=x&setup%3Ausername=" + admin
                        + "&setup%3Apassword=x&setup%3Acreate="))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, setupPost.statusCode(), "expected a post to the set-up page answered 404 once set up");
        CookieJar staffCookies = new CookieJar();
        CookieJar adminCookies = new CookieJar();
        HttpClient staff = signedIn(staffCookies, member, memberPassword, memberSecret);
        HttpClient administrator = signedIn(adminCookies, admin, adminPassword, adminSecret);
        String staffToken = token(staff);
        String adminToken = token(administrator);
        for (OfficePage page : pages.values()) {
            Expected expected = expected(page);
            String path = "/office/en/" + page.name() + (page.item() ? "?id=0&lang=nl" : "");
            String separator = path.contains("?") ? "&" : "?";
            assertEquals(expected.anonymous(), answer(anonymous, path), "expected for anonymous on " + path);
            assertEquals(expected.staff(), answer(staff, path + separator + staffToken),
                    "expected for STAFF on " + path);
            assertEquals(expected.admin(), answer(administrator, path + separator + adminToken),
                    "expected for ADMIN on " + path);
            for (String form : PAST_THE_GUARD) {
                String target = String.format(java.util.Locale.ROOT, form, page.name(), OfficeMap.viewPath(page));
                for (Map.Entry<String, CookieJar> who : Map.of("anonymous", new CookieJar(), "STAFF", staffCookies,
                        "ADMIN", adminCookies).entrySet()) {
                    String raw = RawHttp.get(null, target, who.getValue().header());
                    String status = raw.lines().findFirst().orElse("");
                    assertTrue(status.startsWith("HTTP/1.1 400") || status.startsWith("HTTP/1.1 404"),
                            "expected " + target + " refused (400 or 404) to " + who.getKey() + ", got " + status);
                    assertTrue(!raw.contains("ln=primefaces"),
                            "expected no office page in the answer to " + target + " for " + who.getKey());
                }
            }
            if (page.linkedOnly()) {
                assertEquals(expected.staff().equals("403") ? "403" : "303 dashboard", answer(staff, path),
                        "expected " + path + " without the token not shown to STAFF");
                assertEquals("303 dashboard", answer(administrator, path),
                        "expected " + path + " without the token not shown to ADMIN");
                assertEquals("303 dashboard", answer(administrator, path + separator + staffToken),
                        "expected " + path + " with another session's token not shown");
            }
        }
    }

    /** The protected-view token of a signed-in client's session, as its dashboard's links carry it. */
    private static String token(HttpClient client) throws IOException, InterruptedException {
        String dashboard = client.send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/office/en/dashboard"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String href = Jsoup.parse(dashboard).getElementById("nav-password").attr("href");
        Matcher token = Pattern.compile("jakarta\\.faces\\.Token=[^&]+").matcher(href);
        assertTrue(token.find(), "expected the link to a protected page to carry the token: " + href);
        return token.group();
    }

    static String answer(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(Portal.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 303) {
            String location = response.headers().firstValue("Location").orElse("");
            return "303 " + location.substring(location.lastIndexOf('/') + 1);
        }
        return String.valueOf(response.statusCode());
    }

    static HttpClient client() {
        return client(new CookieJar());
    }

    static HttpClient client(CookieJar cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in over plain HTTP as a browser would: both steps, with the next TOTP code. */
    static HttpClient signedIn(String username, String password, byte[] secret)
            throws IOException, InterruptedException {
        return signedIn(new CookieJar(), username, password, secret);
    }

    /** Signs in as {@link #signedIn(String, String, byte[])} does, keeping the session in the given jar. */
    static HttpClient signedIn(CookieJar cookies, String username, String password, byte[] secret)
            throws IOException, InterruptedException {
        HttpClient client = client(cookies);
        HttpResponse<String> afterPassword = submit(client, "/office/en/login", "login",
                Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals("/office/en/second-factor", afterPassword.headers().firstValue("Location").orElse(""),
                "expected " + username + "'s password to lead to the second step");
        String code = new Totp().code(secret, Instant.now().plusSeconds(30));
        HttpResponse<String> afterCode = submit(client, "/office/en/second-factor", "second",
                Map.of("second:code", code), "second:signIn");
        assertEquals("/office/en/dashboard", afterCode.headers().firstValue("Location").orElse(""),
                "expected " + username + " signed in with the next code");
        return client;
    }

    /** Fills a Faces form as the page has it (hidden fields, PrimeFaces' nonce from the policy) and posts it. */
    static HttpResponse<String> submit(HttpClient client, String path, String formId, Map<String, String> values,
            String button) throws IOException, InterruptedException {
        return submit(client, path, formId, values, button, true);
    }

    /** As {@link #submit(HttpClient, String, String, Map, String)}, with headers on both requests (e.g. a forwarded client). */
    static HttpResponse<String> submit(HttpClient client, String path, String formId, Map<String, String> values,
            String button, String... headers) throws IOException, InterruptedException {
        return submit(client, path, formId, values, button, true, headers);
    }

    /** Fills and posts a Faces form as {@link #submit} does, but without PrimeFaces' nonce. */
    static HttpResponse<String> submitWithoutNonce(HttpClient client, String path, String formId,
            Map<String, String> values, String button) throws IOException, InterruptedException {
        return submit(client, path, formId, values, button, false);
    }

    private static HttpResponse<String> submit(HttpClient client, String path, String formId,
            Map<String, String> values, String button, boolean withNonce, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(
                withHeaders(HttpRequest.newBuilder(URI.create(Portal.BASE + path)), headers).build(),
                HttpResponse.BodyHandlers.ofString());
        Document html = Jsoup.parse(page.body(), Portal.BASE + path);
        Element form = html.getElementById(formId);
        assertTrue(form != null, "expected the form " + formId + " on " + path);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(values);
        fields.put(button, "");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        if (withNonce && nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(withHeaders(HttpRequest.newBuilder(URI.create(form.attr("abs:action"))), headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        return headers.length == 0 ? request : request.headers(headers);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
