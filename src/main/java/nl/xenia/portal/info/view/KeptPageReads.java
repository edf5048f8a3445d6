package nl.xenia.portal.info.view;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import nl.xenia.portal.info.boundary.InfoPageReads;
import nl.xenia.portal.info.entity.InfoPage;
import nl.xenia.portal.localization.boundary.RequestLanguage;

/**
 * Counts the reads the public page cache answers: a GET of an information page's address ({@code /ro/info/p7}) that
 * {@link InfoBacking} did not render was served from the cache's kept copy, and is a read like a rendered one (the
 * boundary counts it only when the page was shown in that language lately on this server). Runs when the request is
 * done; looks at nothing but the method and the routing's attributes.
 */
@WebListener
public class KeptPageReads implements ServletRequestListener {

    private static final String INFO = "info/";

    @Inject
    InfoPageReads reads;

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        ServletRequest request = event.getServletRequest();
        if (!(request instanceof HttpServletRequest http) || !"GET".equals(http.getMethod())
                || request.getAttribute(InfoBacking.SHOWN_ATTRIBUTE) != null) {
            return;
        }
        if (request.getAttribute(RequestLanguage.PAGE_ATTRIBUTE) instanceof String page && page.startsWith(INFO)
                && request.getAttribute(RequestLanguage.ATTRIBUTE) instanceof String language) {
            Long id = InfoPage.idOf(page.substring(INFO.length()));
            if (id != null) {
                reads.readKept(id, language);
            }
        }
    }
}
