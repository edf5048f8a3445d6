package nl.xenia.portal.members.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The member session's cookie: {@value #NAME}, holding a random token (256 bits; the database keeps only its keyed
 * hash), for every path (the members' pages are {@code /{lang}/members/…} in every language), never readable by a
 * script, only over HTTPS, never sent with a request another site starts, and without an expiry: the browser forgets
 * it when it closes, the server after 30 idle minutes. Set only by signing in or joining; nothing sets a cookie before.
 */
public final class MemberCookie {

    public static final String NAME = "m";
    private static final String ATTRIBUTES = "; Path=/; HttpOnly; Secure; SameSite=Strict";

    private MemberCookie() {
    }

    /** The token the request carries, if any. */
    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Gives the browser the session's token (replacing any earlier one). */
    public static void set(HttpServletResponse response, String token) {
        if (!token.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a session token");
        }
        response.addHeader("Set-Cookie", NAME + "=" + token + ATTRIBUTES);
    }

    /** Tells the browser to forget the token. */
    public static void expire(HttpServletResponse response) {
        response.addHeader("Set-Cookie", NAME + "=" + ATTRIBUTES + "; Max-Age=0");
    }
}
