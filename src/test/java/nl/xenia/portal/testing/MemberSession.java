package nl.xenia.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A member of the sounding board over plain HTTP, made through the real pages, for any black-box test:
 *
 * <pre>
 * MemberSession member = MemberSession.joined("pseudonym-of-my-test");   // invited by the admin, joined, signed in
 * Document home = member.page("/ro/members");                            // a member page, 200 asserted
 * HttpResponse&lt;String&gt; sent = member.submit(member.get("/ro/members/account"), "address-form",
 *         Map.of("address", "x@example.invalid"));                     // a plain form of the page, posted
 * member.signOut();
 * </pre>
 *
 * {@link #joined(String)} asks the office fixture's first admin ({@link Office#adminOffice()}) to make an invitation on
 * the office's members page, reads the code the page shows, and joins with it on {@code /en/members/join} under the
 * pseudonym (use one of your test's own: pseudonyms are unique) with {@link #passwordOf(String)}; every step is
 * asserted. The session speaks as a client of its own (a forwarded address of its own, so the limits one test runs into
 * never reach another), keeps its cookie (the member session's {@code m}), follows no redirect by itself
 * ({@link #follow}), and asserts on every answer that it sets no other cookie (no servlet session on member pages) and
 * is no server error. {@link #invitationCode()} and {@link #join(String, String, String)} are the steps alone, for tests
 * of joining itself.
 */
public final class MemberSession {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The member session's cookie (members.boundary.MemberCookie.NAME). */
    private static final String MEMBER_COOKIE = "m";

    private final String pseudonym;
    private final String password;
    private final CookieJar cookies = new CookieJar();
    private final String address = "198.18." + (100 + RANDOM.nextInt(100)) + "." + (1 + RANDOM.nextInt(254));
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private MemberSession(String pseudonym, String password) {
        this.pseudonym = pseudonym;
        this.password = password;
    }

    /** A visitor without a member session yet (to join or sign in by hand). */
    public static MemberSession visitor() {
        return new MemberSession(null, null);
    }

    /** A new member under this pseudonym, invited by the admin, joined and signed in. */
    public static MemberSession joined(String pseudonym) {
        MemberSession member = new MemberSession(pseudonym, passwordOf(pseudonym));
        HttpResponse<String> joined = member.join(invitationCode(), pseudonym, member.password);
        assertEquals(303, joined.statusCode(), "expected " + pseudonym + " to join: " + error(joined));
        assertEquals("/en/members?done=joined", path(joined.headers().firstValue("Location").orElse("")),
                "expected the members' home after joining");
        assertEquals(200, member.get("/en/members").statusCode(), "expected " + pseudonym + " signed in after joining");
        return member;
    }

    /** A password for a test member: long, not common, the same for a pseudonym in every JVM. */
    public static String passwordOf(String pseudonym) {
        return "member " + pseudonym + " cycles along the wadden dike at dawn";
    }

    /** A new invitation's code, as the admin's office page shows it once. */
    public static synchronized String invitationCode() {
        OfficeHttp office = Office.adminOffice();
        HttpResponse<String> list = office.click(office.get("/office/en/dashboard"), "nav-members");
        HttpResponse<String> made = office.follow(office.submit(list, "invite", Map.of(), "invite:send"));
        Element code = Portal.html(made).getElementById("invitation-code");
        assertNotNull(code, "expected the invitation's code shown once: " + OfficeHttp.messages(made));
        return code.text();
    }

    /** A new code for an existing member (lost password), as the admin's office page shows it once. */
    public static synchronized String reinvitationCode(String pseudonym) {
        OfficeHttp office = Office.adminOffice();
        HttpResponse<String> list = office.click(office.get("/office/en/dashboard"), "nav-members");
        Element row = Portal.html(list).select("#list\\:members tr").stream()
                .filter(tr -> tr.select(".member-pseudonym").text().equals(pseudonym)).findFirst()
                .orElseThrow(() -> new AssertionError("expected " + pseudonym + " in the office's list of members"));
        Element button = row.selectFirst("button[id$=:reinvite]");
        assertNotNull(button, "expected a New code button in " + pseudonym + "'s row");
        HttpResponse<String> made = office.follow(office.submit(list, "list", Map.of(), button.attr("name")));
        Element code = Portal.html(made).getElementById("invitation-code");
        assertNotNull(code, "expected the new code shown once: " + OfficeHttp.messages(made));
        return code.text();
    }

    /** Posts the join form (English) with these values; the answer as it came (303 when joined). */
    public HttpResponse<String> join(String code, String pseudonymTyped, String passwordTyped) {
        return post("/en/members/join", Map.of("code", code, "pseudonym", pseudonymTyped, "password", passwordTyped));
    }

    /** Signs in again (the first step; a member with a second step is then half-way). */
    public HttpResponse<String> signIn() {
        return post("/en/members/sign-in", Map.of("pseudonym", pseudonym, "password", password));
    }

    /** Signs out with the navigation's button: the answer (303 to signing in, the cookie expired). */
    public HttpResponse<String> signOut() {
        return post("/en/members/sign-out", Map.of());
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET that must be a page. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), "expected " + path + " to be a page for " + pseudonym);
        return Portal.html(response);
    }

    /** A plain form post, as a browser on the page sends it ({@code Sec-Fetch-Site: same-origin}). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> Portal.encode(field.getKey()) + "="
                + Portal.encode(field.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form of a page already fetched: its fields as the page has them, these values over them. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> values) {
        Element form = Portal.html(page).getElementById(formId);
        assertTrue(form != null && "form".equals(form.tagName()),
                "expected the form " + formId + " on " + page.uri() + " (answered " + page.statusCode() + ")");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.putAll(values);
        return post(path(form.attr("abs:action")), fields);
    }

    /** Follows 303s (with GETs, as a browser does) until a page answers otherwise. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            current = get(path(current.headers().firstValue("Location").orElseThrow()));
        }
        return current;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public String password() {
        return password;
    }

    /** The session's cookies (the member session's is {@code m}). */
    public CookieJar cookies() {
        return cookies;
    }

    /** The forwarded client address this session speaks from. */
    public String clientAddress() {
        return address;
    }

    /** The text of a page's error ({@code #error}), or "". */
    public static String error(HttpResponse<String> page) {
        Element error = Portal.html(page).getElementById("error");
        return error == null ? "" : error.text();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(Portal.uri(path)).timeout(Duration.ofSeconds(30)).header("X-Forwarded-For",
                address);
    }

    /** Sends, and asserts what every answer to a member must hold: no cookie but the members' own, no server error. */
    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = Portal.send(client, request);
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            assertTrue(cookie.startsWith(MEMBER_COOKIE + "="), "expected no cookie but the members' own from "
                    + request.method() + " " + request.uri().getPath() + ", got " + cookie);
        }
        assertTrue(response.statusCode() < 500, "expected no server error from " + request.method() + " "
                + request.uri().getPath() + ", got " + response.statusCode());
        return response;
    }

    /** A location or link without the portal's base (the path and query). */
    static String path(String location) {
        return location.startsWith(Portal.BASE) ? location.substring(Portal.BASE.length()) : location;
    }
}
