package nl.xenia.portal.testing;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test client's cookies, sent back over plain HTTP even when marked {@code Secure} (the office's
 * session cookie always is; the test server speaks plain HTTP on localhost, where browsers accept
 * that too). One server, so no domain or path matching; an expired cookie is dropped.
 */
public final class CookieJar extends CookieHandler {

    private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();
    private final Map<String, String> attributes = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(String.join("; ",
                cookies.values().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList())));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.entrySet().stream().filter(header -> "Set-Cookie".equalsIgnoreCase(header.getKey()))
                .flatMap(header -> header.getValue().stream()).forEach(this::take);
    }

    /** The cookies as a request's {@code Cookie:} header line (for a raw request), or "X-No-Cookie: 1" if none. */
    public String header() {
        if (cookies.isEmpty()) {
            return "X-No-Cookie: 1";
        }
        return "Cookie: " + String.join("; ",
                cookies.values().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
    }

    /** The current value of a cookie, or "" if there is none. */
    public String value(String name) {
        HttpCookie cookie = cookies.get(name);
        return cookie == null ? "" : cookie.getValue();
    }

    /** The last Set-Cookie header seen for a name, as the server wrote it. */
    public String lastHeader(String name) {
        return attributes.getOrDefault(name, "");
    }

    private void take(String header) {
        for (HttpCookie cookie : HttpCookie.parse(header)) {
            attributes.put(cookie.getName(), header);
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }
}
