package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.StaffMember;

/**
 * The office session over plain HTTP: the cookie's attributes, a new session id at each sign-in step,
 * sign-out that ends the session and clears the site, and the throttle after repeated failures.
 */
final class OfficeSessionChecks {

    /** The office session cookie's name: it tells nothing about the server. */
    static final String COOKIE = "id";

    private OfficeSessionChecks() {
    }

    /** Signs the member in with a recovery code, then attacks the sign-in. */
    static void check(StaffMember member) {
        String username = member.username();
        String password = member.password();
        OfficeHttp office = new OfficeHttp();
        HttpResponse<String> login = office.get("/office/en/login");
        String setCookie = String.join(" | ", login.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict")
                && setCookie.contains("Secure"),
                "expected the office session cookie HttpOnly, Secure and SameSite=Strict: " + setCookie);
        assertTrue(hasAttribute(setCookie, "Path=/office"),
                "expected the office session cookie to carry the office's path only (Path=/office): " + setCookie);
        String first = office.cookies().value(COOKIE);
        assertTrue(setCookie.startsWith(COOKIE + "="),
                "expected the session cookie named " + COOKIE + ": " + setCookie);

        // the right password in a form posted without PrimeFaces' nonce: refused before the action, no session
        OfficeHttp noNonce = new OfficeHttp();
        HttpResponse<String> withoutNonce = noNonce.submitWithoutNonce("/office/en/login", "login",
                Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals(400, withoutNonce.statusCode(),
                "expected a login form without its nonce refused with 400 (never 500, never a way on)");
        assertEquals("303 login", noNonce.answer("/office/en/second-factor"),
                "expected no half-done login from a form posted without its nonce");

        office.submit("/office/en/login", "login", Map.of("login:username", username, "login:password", password),
                "login:next");
        String second = office.cookies().value(COOKIE);
        assertNotEquals(first, second, "expected a new session id after the password");
        HttpResponse<String> signedIn = office.submit("/office/en/second-factor", "second",
                Map.of("second:recovery", member.takeRecoveryCode()), "second:signIn");
        assertEquals("/office/en/dashboard", signedIn.headers().firstValue("Location").orElse(""),
                "expected a recovery code to complete the sign-in: " + OfficeHttp.messages(signedIn));
        assertNotEquals(second, office.cookies().value(COOKIE), "expected a new session id after the second step");
        assertEquals("200", office.answer("/office/en/dashboard"), "expected signed in");

        HttpResponse<String> signOut = office.submit("/office/en/dashboard", "signout", Map.of(), "signout:signOut");
        assertEquals("/office/en/login", signOut.headers().firstValue("Location").orElse(""),
                "expected sign-out to lead to the login");
        assertTrue(signOut.headers().firstValue("Clear-Site-Data").orElse("").contains("\"cookies\""),
                "expected sign-out to clear the site's data");
        assertEquals("303 login", office.answer("/office/en/dashboard"), "expected the session ended by sign-out");

        secondStepCannotBeSkippedNorGuessed(username, password);

        // two clients behind the trusted proxy (the test server trusts loopback): a guesser and the owner
        OfficeHttp guesser = new OfficeHttp("X-Forwarded-For", "203.0.113.61");
        String firstWrong = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> wrong = guesser.submit("/office/en/login", "login",
                    Map.of("login:username", username, "login:password", "not the password, try " + attempt),
                    "login:next");
            assertEquals(200, wrong.statusCode(), "expected a wrong password answered on the login page");
            firstWrong = firstWrong == null ? OfficeHttp.messages(wrong) : firstWrong;
        }
        HttpResponse<String> right = guesser.submit("/office/en/login", "login",
                Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals(200, right.statusCode(),
                "expected even the right password refused from the guessing client while its delay runs");
        assertTrue(OfficeHttp.messages(right).matches(".*Wait \\d+ seconds?.*"),
                "expected the refusal during the delay to say how long to wait: " + OfficeHttp.messages(right));
        HttpResponse<String> owner = new OfficeHttp("X-Forwarded-For", "203.0.113.62").submit("/office/en/login",
                "login", Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals("/office/en/second-factor", owner.headers().firstValue("Location").orElse(""),
                "expected the owner on another connection to get in: failures count per name and client");
        HttpResponse<String> unknown = new OfficeHttp().submit("/office/en/login", "login",
                Map.of("login:username", "nobody-of-that-name", "login:password", password), "login:next");
        assertEquals(firstWrong, OfficeHttp.messages(unknown),
                "expected the same answer for an unknown name as for a wrong password of a known one");
        // the same guessing from another client under a name nobody has: refused alike, waits alike
        OfficeHttp otherGuesser = new OfficeHttp("X-Forwarded-For", "203.0.113.63");
        for (int attempt = 0; attempt < 5; attempt++) {
            otherGuesser.submit("/office/en/login", "login",
                    Map.of("login:username", "nobody-of-that-name", "login:password", "not it, try " + attempt),
                    "login:next");
        }
        HttpResponse<String> unknownRefused = otherGuesser.submit("/office/en/login", "login",
                Map.of("login:username", "nobody-of-that-name", "login:password", password), "login:next");
        assertEquals(OfficeHttp.messages(right).replaceAll("\\d+", "#"),
                OfficeHttp.messages(unknownRefused).replaceAll("\\d+", "#"),
                "expected the same answer for an unknown name as for a refused known one");
    }

    /**
     * The attack on the second step: with only the password done, every office page — enrolment
     * included, which once handed out a fresh second factor — leads back to sign in, and five wrong
     * codes end the half-done sign-in, so that even the right code no longer completes it.
     */
    private static void secondStepCannotBeSkippedNorGuessed(String username, String password) {
        OfficeHttp attacker = new OfficeHttp();
        HttpResponse<String> afterPassword = attacker.submit("/office/en/login", "login",
                Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals("/office/en/second-factor", afterPassword.headers().firstValue("Location").orElse(""),
                "expected the password to lead to the second step");
        Map<String, OfficePage> pages = OfficeMap.pages();
        for (String page : pages.keySet()) {
            String answer = attacker.answer("/office/en/" + page);
            if (page.equals("second-factor")) {
                assertEquals("200", answer, "expected the second step itself shown");
            } else {
                assertTrue(
                        answer.equals("303 login") || answer.equals("404")
                                || answer.equals("200") && OPEN.contains(pages.get(page).access()),
                        "expected " + page + " not reachable with only the password done, got " + answer);
            }
        }
        assertEquals("303 login", attacker.answer("/office/en/enrol"),
                "expected no new second step offered to an account that has one");
        for (int attempt = 0; attempt < 5; attempt++) {
            attacker.submit("/office/en/second-factor", "second", Map.of("second:code", String.format("%06d", attempt)),
                    "second:signIn");
        }
        assertEquals("303 login", attacker.answer("/office/en/second-factor"),
                "expected five wrong codes to end the half-done sign-in");
        assertEquals("303 login", attacker.answer("/office/en/dashboard"),
                "expected no session after the ended sign-in");
    }

    /** Office pages open to anyone (setup is closed once set up, so it answers like login). */
    private static final java.util.Set<OfficePage.Access> OPEN = java.util.EnumSet
            .of(OfficePage.Access.OPEN, OfficePage.Access.UNTIL_FIRST_ADMIN);

    /**
     * Whether a Set-Cookie header (or several joined by " | ") has the attribute, e.g. {@code Path=/office}
     * or {@code HttpOnly}: the name in any case (as RFC 6265 reads it), the value exactly.
     */
    static boolean hasAttribute(String setCookie, String attribute) {
        if (attribute.indexOf('=') < 0) {
            return java.util.Arrays.stream(setCookie.split("[;|]")).map(String::strip)
                    .anyMatch(part -> part.equalsIgnoreCase(attribute));
        }
        String name = attribute.substring(0, attribute.indexOf('=') + 1);
        String value = attribute.substring(name.length());
        return java.util.Arrays.stream(setCookie.split("[;|]")).map(String::strip)
                .anyMatch(part -> part.regionMatches(true, 0, name, 0, name.length())
                        && part.substring(name.length()).equals(value));
    }
}
