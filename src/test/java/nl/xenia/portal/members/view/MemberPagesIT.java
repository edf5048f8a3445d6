package nl.xenia.portal.members.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.privacy.boundary.Totp;
import nl.xenia.portal.testing.MemberSession;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.RawHttp;
import org.bouncycastle.util.encoders.Base32;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The members' pages over plain HTTP, as a browser without script would use them: no cookie at all before signing in,
 * and after it only the members' own ({@code m}: HttpOnly, Secure, SameSite=Strict, Path=/, no expiry), never the
 * servlet session's; who is sent where; signing out and quick exit end the session on the server and clear the site's
 * data; cross-site posts are refused; the second step; every member page at most 20 KB gzipped in every language; the
 * pages speak Romanian.
 */
class MemberPagesIT {

    private static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "es");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String pseudonym(String what) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "pages-" + what + "-" + HexFormat.of().formatHex(random);
    }

    @Test
    void noCookieBeforeSignInAndOnlyTheStrictMemberCookieAfter() {
        MemberSession visitor = MemberSession.visitor();
        for (String language : LANGUAGES) {
            for (String page : List.of("members/join", "members/sign-in", "members", "members/account",
                    "members/second-step", "members/leave")) {
                HttpResponse<String> answer = visitor.get("/" + language + "/" + page);
                assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(),
                        "expected no cookie from /" + language + "/" + page + " before signing in, got "
                                + answer.headers().allValues("Set-Cookie"));
            }
        }
        HttpResponse<String> wrong = visitor.join("AAAA-BBBB-CCCC-DDDD", pseudonym("nobody"), "x");
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie from a refused join");

        String name = pseudonym("cookie");
        HttpResponse<String> joined = visitor.join(MemberSession.invitationCode(), name,
                MemberSession.passwordOf(name));
        assertEquals(303, joined.statusCode(), "expected the join to succeed: " + MemberSession.error(joined));
        List<String> cookies = joined.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), "expected exactly one cookie from joining: " + cookies);
        String cookie = cookies.get(0);
        assertTrue(cookie.startsWith("m="), "expected the members' cookie m: " + cookie);
        for (String attribute : List.of("HttpOnly", "Secure", "SameSite=Strict", "Path=/")) {
            assertTrue(cookie.contains("; " + attribute), "expected the cookie " + attribute + ": " + cookie);
        }
        assertFalse(cookie.contains("Max-Age") || cookie.contains("Expires"),
                "expected a cookie for the browser's session only (no expiry): " + cookie);
        for (String language : LANGUAGES) {
            for (String page : List.of("members", "members/account", "members/account?setup=second-step",
                    "members/leave", "members/join", "members/sign-in")) {
                HttpResponse<String> answer = visitor.get("/" + language + "/" + page);
                assertTrue(answer.statusCode() == 200 || answer.statusCode() == 303,
                        "expected /" + language + "/" + page + " answered, got " + answer.statusCode());
                assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(),
                        "expected no further cookie (no servlet session) from /" + language + "/" + page + ": "
                                + answer.headers().allValues("Set-Cookie"));
            }
        }
        assertEquals("", visitor.cookies().value("id"), "expected no office session cookie");
        assertEquals("", visitor.cookies().value("JSESSIONID"), "expected no servlet session cookie");
    }

    @Test
    void anyoneNotSignedInIsSentToSignIn() {
        MemberSession visitor = MemberSession.visitor();
        for (String page : List.of("members", "members/account", "members/leave", "members/second-step",
                "members/consultations")) {
            HttpResponse<String> answer = visitor.get("/ro/" + page);
            if (page.equals("members/consultations") && answer.statusCode() == 404) {
                continue; // the consultations' page comes with its own branch
            }
            assertEquals(303, answer.statusCode(), "expected /ro/" + page + " to send a visitor on");
            assertEquals("/ro/members/sign-in", answer.headers().firstValue("Location").orElse(""),
                    "expected /ro/" + page + " to send a visitor to sign in");
        }
        assertEquals(200, visitor.get("/ro/members/join").statusCode(), "expected joining open to anyone");
        assertEquals(200, visitor.get("/ro/members/sign-in").statusCode(), "expected signing in open to anyone");
        assertEquals(404, visitor.get("/members/account.xhtml").statusCode(), "expected no view by its file name");
        assertEquals(404, visitor.get("/ro/members/account.xhtml").statusCode(), "expected no view by its file name");
    }

    @Test
    void signingOutEndsTheSessionOnTheServerAndClearsTheSite() {
        MemberSession member = MemberSession.joined(pseudonym("out"));
        String token = member.cookies().value("m");
        Document home = member.page("/en/members");
        assertNotNull(home.getElementById("sign-out-button"),
                "expected the sign-out button in the members' navigation");
        assertEquals("post", home.getElementById("sign-out").attr("method"), "expected signing out to be a POST");
        assertTrue(home.getElementById("signed-in-as").text().contains(member.pseudonym()),
                "expected the home page to say who is signed in");

        HttpResponse<String> out = member.signOut();
        assertEquals(303, out.statusCode(), "expected signing out to send the member on");
        assertEquals("/en/members/sign-in?done=signedOut", out.headers().firstValue("Location").orElse(""),
                "expected signing out to lead to signing in");
        String clear = out.headers().firstValue("Clear-Site-Data").orElse("");
        for (String kind : List.of("\"cache\"", "\"cookies\"", "\"storage\"")) {
            assertTrue(clear.contains(kind), "expected Clear-Site-Data to clear " + kind + ", got " + clear);
        }
        assertTrue(
                out.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("m=;") && c.contains("Max-Age=0")),
                "expected the cookie expired: " + out.headers().allValues("Set-Cookie"));
        String kept = RawHttp.get(null, "/en/members", "Cookie: m=" + token,
                "X-Forwarded-For: " + member.clientAddress());
        assertTrue(kept.startsWith("HTTP/1.1 303"), "expected the old token to open nothing after signing out: "
                + kept.lines().findFirst().orElse(""));
        assertEquals("", member.cookies().value("m"), "expected the browser to hold no member cookie any more");
        assertEquals(Bundles.text("en", "members.signIn.message.info.signedOut"),
                Portal.html(member.get("/en/members/sign-in?done=signedOut")).getElementById("notice").text(),
                "expected the sign-in page to say the member signed out");
    }

    @Test
    void quickExitEndsTheMemberSession() {
        MemberSession member = MemberSession.joined(pseudonym("exit"));
        String token = member.cookies().value("m");
        HttpResponse<String> exit = member.get("/exit");
        assertEquals(303, exit.statusCode(), "expected quick exit to send the reader on");
        assertTrue(exit.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("m=;")),
                "expected quick exit to expire the member's cookie: " + exit.headers().allValues("Set-Cookie"));
        String kept = RawHttp.get(null, "/en/members", "Cookie: m=" + token,
                "X-Forwarded-For: " + member.clientAddress());
        assertTrue(kept.startsWith("HTTP/1.1 303"),
                "expected the token to open nothing after quick exit: " + kept.lines().findFirst().orElse(""));
    }

    @Test
    void crossSitePostsAreRefused() {
        MemberSession member = MemberSession.joined(pseudonym("csrf"));
        for (String page : List.of("/en/members/account", "/en/members/leave", "/en/members/sign-out",
                "/en/members/sign-in", "/en/members/join")) {
            for (String site : List.of("cross-site", "same-site")) {
                HttpResponse<String> answer = Portal.send("POST", page, "action=leave", "Content-Type",
                        "application/x-www-form-urlencoded", "Sec-Fetch-Site", site, "Cookie",
                        "m=" + member.cookies().value("m"), "X-Forwarded-For", member.clientAddress());
                assertEquals(403, answer.statusCode(), "expected a " + site + " post to " + page + " refused");
            }
        }
        assertEquals(200, member.get("/en/members").statusCode(),
                "expected the member still signed in (nothing acted on)");
    }

    @Test
    void theSecondStepIsSetUpOnTheAccountPageAndAskedAtTheNextSignIn() {
        MemberSession member = MemberSession.joined(pseudonym("totp"));
        HttpResponse<String> offer = member.get("/en/members/account?setup=second-step");
        Document page = Portal.html(offer);
        assertNotNull(page.getElementById("qr"), "expected the QR code offered");
        assertTrue(page.getElementById("qr").attr("src").startsWith("data:image/svg+xml;base64,"),
                "expected the QR code drawn by the server, inline");
        String shown = page.getElementById("secret").text();
        byte[] secret = Base32.decode(shown + "=".repeat((8 - shown.length() % 8) % 8));
        Totp totp = new Totp();
        HttpResponse<String> wrong = member.submit(offer, "second-step-on", Map.of("code", "000000".equals(
                totp.code(secret, Instant.now())) ? "111111" : "000000"));
        assertEquals(200, wrong.statusCode(), "expected a wrong code to show the page again");
        assertNotNull(Portal.html(wrong).getElementById("qr"),
                "expected the same offer shown again after a wrong code");
        HttpResponse<String> on = member.submit(wrong, "second-step-on",
                Map.of("code", totp.code(secret, Instant.now())));
        assertEquals(303, on.statusCode(), "expected the second step switched on: " + MemberSession.error(on));
        assertTrue(Portal.html(member.follow(on)).getElementById("notice").text()
                .equals(Bundles.text("en", "members.account.message.info.secondStepOn")), "expected it said");

        member.signOut();
        HttpResponse<String> first = member.signIn();
        assertEquals("/en/members/second-step", first.headers().firstValue("Location").orElse(""),
                "expected the password to lead to the second step");
        assertEquals("/en/members/second-step", member.get("/en/members/account").headers().firstValue("Location")
                .orElse(""), "expected a sign-in half-way to reach no member page but the second step");
        HttpResponse<String> badCode = member.post("/en/members/second-step", Map.of("code", "12"));
        assertEquals(200, badCode.statusCode(), "expected a wrong code to show the page again");
        String halfWayToken = member.cookies().value("m");
        Instant next = Instant.now().plusSeconds(30);
        HttpResponse<String> second = member.post("/en/members/second-step",
                Map.of("code", totp.code(secret, next)));
        assertEquals(303, second.statusCode(), "expected the next code accepted: " + MemberSession.error(second));
        assertFalse(halfWayToken.equals(member.cookies().value("m")), "expected a new token once signed in");
        assertEquals(200, member.get("/en/members/account").statusCode(), "expected the member signed in");
    }

    @Test
    void everyMemberPageWeighsAtMostTwentyKilobytesGzipped() {
        MemberSession member = MemberSession.joined(pseudonym("weight"));
        MemberSession visitor = MemberSession.visitor();
        for (String language : LANGUAGES) {
            for (String page : List.of("members/join", "members/sign-in")) {
                assertLight(visitor.get("/" + language + "/" + page), language + "/" + page);
            }
            for (String page : List.of("members", "members/account", "members/account?setup=second-step",
                    "members/leave")) {
                assertLight(member.get("/" + language + "/" + page), language + "/" + page);
            }
        }
    }

    @Test
    void thePagesSpeakRomanianAndAWrongCodeIsOneTranslatedAnswer() {
        MemberSession visitor = MemberSession.visitor();
        Document join = Portal.html(visitor.get("/ro/members/join"));
        assertEquals(Bundles.text("ro", "members.join.title"), join.selectFirst("h1").text(),
                "expected the join page in Romanian");
        assertEquals("ro", join.selectFirst("html").attr("lang"), "expected the page's language stated");
        assertEquals("noindex", join.selectFirst("meta[name=robots]").attr("content"),
                "expected member pages kept out of search engines");
        assertEquals(Bundles.text("ro", "general.site.title"), join.title(), "expected a neutral title");
        HttpResponse<String> wrong = visitor.post("/ro/members/join",
                Map.of("code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "pseudonym", "someone", "password", "x"));
        assertEquals(Bundles.text("ro", "MemberException.Problem.CODE"), MemberSession.error(wrong),
                "expected one Romanian answer for a wrong code");
        assertEquals("someone", Portal.html(wrong).getElementById("pseudonym").attr("value"),
                "expected the pseudonym typed given back");
        assertEquals("", Portal.html(wrong).getElementById("password").attr("value"),
                "expected the password never given back");
        Document signIn = Portal.html(visitor.get("/ro/members/sign-in"));
        assertEquals(Bundles.text("ro", "members.signIn.title"), signIn.selectFirst("h1").text(),
                "expected the sign-in page in Romanian");
    }

    private static void assertLight(HttpResponse<String> page, String what) {
        assertEquals(200, page.statusCode(), "expected " + what + " to be a page");
        int gzipped = gzipped(page.body());
        assertTrue(gzipped <= 20 * 1024, "expected " + what + " at most 20 KB gzipped, was " + gzipped);
    }

    static int gzipped(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.size();
    }
}
