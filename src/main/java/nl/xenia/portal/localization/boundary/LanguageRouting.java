package nl.xenia.portal.localization.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.localization.control.PublicPaths;

/**
 * Routes public URLs: {@code /} to the reader's language (303, by {@code Accept-Language}, no
 * cookie), {@code /{lang}/{page}} to the page's Faces view with the language as a request
 * attribute. The office's addresses ({@code /office/{lang}/{page}}, see {@link OfficePaths}) are routed
 * by the office itself (staff's OfficeGuard, before this filter), to the views its components contribute.
 * Views are never reachable by their own file names, so every page URL carries its language.
 */
@WebFilter(filterName = "LanguageRouting", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageRouting extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Folders of views that are not public pages of their own. */
    private static final String[] NOT_PAGES = {"errorpages/", "WEB-INF/", "META-INF/", "office/"};
    /** Paths served by others than the Faces pages. */
    private static final String[] ENTRY_POINTS = {"/api/", "/exit"};
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    Languages languages;

    private final Map<String, Boolean> existingFiles = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || "/".equals(path)) {
            response.setHeader("Vary", "Accept-Language");
            seeOther(request, response, PublicPaths.url(languages.best(request.getHeader("Accept-Language")), ""));
            return;
        }
        if (path.startsWith(FACES_RESOURCES)) {
            // the office's PrimeFaces scripts and styles (their names end in .xhtml too)
            chain.doFilter(request, response);
            return;
        }
        if (path.endsWith(".xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (OfficePaths.isOffice(path)) {
            // the office routes its own addresses (staff's OfficeGuard, before this filter)
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] parts = path.substring(1).split("/", 2);
        String language = parts[0];
        if (!languages.isSupported(language)) {
            if (isOtherEntryPoint(path)) {
                chain.doFilter(request, response);
            } else {
                // answered here, so the container never logs the unknown path a reader typed
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        if (parts.length == 1) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + PublicPaths.url(language, ""));
            return;
        }
        String page = parts[1];
        String view = PublicPaths.isPagePath(page) ? PublicPaths.viewId(page) : null;
        if (view != null && !isPublicView(view)) {
            // /{lang}/info/health: the folder's item view renders the item named by the last segment
            String item = PublicPaths.itemView(page);
            view = item != null && isPublicView(item) ? item : null;
            request.setAttribute(RequestLanguage.ITEM_ATTRIBUTE, page.substring(page.lastIndexOf('/') + 1));
        }
        request.setAttribute(RequestLanguage.ATTRIBUTE, language);
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(RequestLanguage.PAGE_ATTRIBUTE, page);
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** The API, quick exit, Faces resources and the static files that exist. */
    private boolean isOtherEntryPoint(String path) {
        for (String prefix : ENTRY_POINTS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        if (path.endsWith("/") || path.startsWith("/WEB-INF") || path.startsWith("/META-INF")) {
            return false;
        }
        return exists(path);
    }

    private boolean isPublicView(String viewId) {
        for (String folder : NOT_PAGES) {
            if (viewId.startsWith("/" + folder)) {
                return false;
            }
        }
        return exists(viewId);
    }

    /** Whether the application has the file; only files that exist are remembered (a bounded set). */
    private boolean exists(String file) {
        if (existingFiles.containsKey(file)) {
            return true;
        }
        try {
            if (getServletContext().getResource(file) == null) {
                return false;
            }
        } catch (MalformedURLException malformed) {
            return false;
        }
        existingFiles.put(file, Boolean.TRUE);
        return true;
    }

    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
