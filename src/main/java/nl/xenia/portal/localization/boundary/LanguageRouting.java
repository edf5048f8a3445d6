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
 * attribute. Views are never reachable by their own file names, so every page URL carries its
 * language.
 */
@WebFilter(filterName = "LanguageRouting", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageRouting extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Folders of views that are not public pages of their own. */
    private static final String[] NOT_PAGES = {"errorpages/", "WEB-INF/", "META-INF/"};

    @Inject
    Languages languages;

    private final Map<String, Boolean> existingViews = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || "/".equals(path)) {
            response.setHeader("Vary", "Accept-Language");
            seeOther(request, response, PublicPaths.url(languages.best(request.getHeader("Accept-Language")), ""));
            return;
        }
        if (path.endsWith(".xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] parts = path.substring(1).split("/", 2);
        String language = parts[0];
        if (!languages.isSupported(language)) {
            chain.doFilter(request, response);
            return;
        }
        if (parts.length == 1) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + PublicPaths.url(language, ""));
            return;
        }
        String page = parts[1];
        if (!PublicPaths.isPagePath(page) || !isPublicView(PublicPaths.viewId(page))) {
            request.setAttribute(RequestLanguage.ATTRIBUTE, language);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(RequestLanguage.ATTRIBUTE, language);
        request.setAttribute(RequestLanguage.PAGE_ATTRIBUTE, page);
        request.getRequestDispatcher(PublicPaths.viewId(page)).forward(request, response);
    }

    private boolean isPublicView(String viewId) {
        for (String folder : NOT_PAGES) {
            if (viewId.startsWith("/" + folder)) {
                return false;
            }
        }
        return existingViews.computeIfAbsent(viewId, this::exists);
    }

    private boolean exists(String viewId) {
        try {
            return getServletContext().getResource(viewId) != null;
        } catch (MalformedURLException malformed) {
            return false;
        }
    }

    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
