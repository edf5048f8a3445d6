package nl.xenia.portal.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /exit}: ends any session, tells the browser to clear everything of this site, and sends
 * the reader to a neutral site. Works as a plain link; the page script additionally blanks the page
 * and replaces the history entry before coming here.
 */
@WebServlet(name = "QuickExit", urlPatterns = "/exit")
public class QuickExit extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "xenia.exit.url", defaultValue = "https://www.google.com/")
    String neutralSite;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        leave(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        leave(request, response);
    }

    private void leave(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", neutralSite);
    }
}
