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
 * that too). One server, so no domain matching; a cookie is offered only to the paths a browser
 * would send it to (its {@code Path}, else the default path of the URI that set it, RFC 6265 5.1.4);
 * an expired cookie is dropped.
 */
public final class CookieJar extends CookieHandler {

    private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();
    private final Map<String, String> attributes = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        List<String> offered = cookies.values().stream().filter(cookie -> pathMatches(uri, cookie.getPath()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList();
        if (offered.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(String.join("; ", offered)));
    }

    /** Whether a request to the URI would carry any cookie of this jar (as a browser decides it). */
    public boolean offersAnyFor(URI uri) {
        return !get(uri, Map.of()).isEmpty();
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.entrySet().stream().filter(header -> "Set-Cookie".equalsIgnoreCase(header.getKey()))
                .flatMap(header -> header.getValue().stream()).forEach(header -> take(uri, header));
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

    private void take(URI uri, String header) {
        for (HttpCookie cookie : HttpCookie.parse(header)) {
            if (cookie.getPath() == null || !cookie.getPath().startsWith("/")) {
                cookie.setPath(defaultPath(uri));
            }
            attributes.put(cookie.getName(), header);
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }

    /** RFC 6265 5.1.4: the request path is the cookie path or below it. */
    static boolean pathMatches(URI uri, String cookiePath) {
        String path = uri == null || uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path.equals(cookiePath) || path.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || path.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 5.1.4: the default path of a cookie set without one is the URI's directory. */
    static String defaultPath(URI uri) {
        String path = uri == null ? null : uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }
}
