package nl.xenia.portal.operations.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import nl.xenia.portal.operations.control.CapturedResponse;

/**
 * Keeps rendered public pages that are the same for every reader in memory for a short while, so
 * the home and information pages are served about as fast as a static file. A page takes part
 * only when it says so ({@link #markShareable}); only a plain GET without a query string, answered
 * 200 without a cookie, is kept; nothing a reader sends is ever part of a kept page.
 */
@WebFilter(filterName = "PublicPageCache", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** How long a kept page is served before it is rendered again. */
    static final Duration FRESHNESS = Duration.ofSeconds(30);
    private static final String SHAREABLE = PublicPageCache.class.getName() + ".shareable";
    private static final Map<String, Page> PAGES = new ConcurrentHashMap<>();
    private static final Clock CLOCK = Clock.systemUTC();

    /** A kept page: its body plain and gzipped, and the headers that describe it. */
    record Page(byte[] plain, byte[] gzip, String contentType, String contentLanguage, Instant keptAt) {
    }

    /** Marks the page being rendered as the same for every reader (no per-request content). */
    public static void markShareable(HttpServletRequest request) {
        request.setAttribute(SHAREABLE, Boolean.TRUE);
    }

    /** Drops every kept page, e.g. when staff changed public content. */
    public static void clear() {
        PAGES.clear();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object originalUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean candidate = "GET".equals(request.getMethod()) && originalUri instanceof String
                && request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) == null;
        if (!candidate) {
            chain.doFilter(request, response);
            return;
        }
        String key = (String) originalUri;
        Page kept = PAGES.get(key);
        if (kept != null && kept.keptAt().plus(FRESHNESS).isAfter(CLOCK.instant())) {
            write(kept, request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        byte[] body = captured.body();
        if (Boolean.TRUE.equals(request.getAttribute(SHAREABLE)) && captured.isPlainSuccess()) {
            Page page = new Page(body, gzip(body), captured.getContentType(), captured.getHeader("Content-Language"),
                    CLOCK.instant());
            PAGES.put(key, page);
            write(page, request, response);
        } else {
            captured.writeTo(response);
        }
    }

    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setHeader("Vary", "Accept-Encoding");
        String accepted = request.getHeader("Accept-Encoding");
        byte[] body = page.plain();
        if (accepted != null && accepted.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzip();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
