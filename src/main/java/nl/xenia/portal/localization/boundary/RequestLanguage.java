package nl.xenia.portal.localization.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The language a request is answered in. */
public final class RequestLanguage {

    /** The request attribute that carries the language taken from the URL. */
    public static final String ATTRIBUTE = "nl.xenia.portal.language";
    /** The request attribute that carries the page path after {@code /{lang}/}. */
    public static final String PAGE_ATTRIBUTE = "nl.xenia.portal.page";
    /** The request attribute that carries the office page after {@code /office/{lang}/}. */
    public static final String OFFICE_PAGE_ATTRIBUTE = "nl.xenia.portal.officePage";
    /** Request attribute: the item an item view shows (the last segment of {@code /{lang}/info/health}). */
    public static final String ITEM_ATTRIBUTE = "nl.xenia.portal.item";

    private RequestLanguage() {
    }

    /**
     * The language from the URL; for an error page the language of the URL that failed; else the
     * best match for the browser's {@code Accept-Language}.
     */
    public static String of(HttpServletRequest request, Languages languages) {
        Object fromUrl = request.getAttribute(ATTRIBUTE);
        if (fromUrl instanceof String code) {
            return code;
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String first = languageSegment(path, request.getContextPath());
        if (languages.isSupported(first)) {
            return first;
        }
        return languages.best(request.getHeader("Accept-Language"));
    }

    /** The segment that names the language: the first, or under the office's prefix the second. */
    static String languageSegment(String uri, String contextPath) {
        String first = firstSegment(uri, contextPath);
        if (!OfficePaths.PREFIX.equals("/" + first)) {
            return first;
        }
        String path = contextPath != null && uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return firstSegment(path.substring(OfficePaths.PREFIX.length()), "");
    }

    static String firstSegment(String uri, String contextPath) {
        if (uri == null) {
            return null;
        }
        String path = contextPath != null && uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
