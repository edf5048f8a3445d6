package nl.xenia.portal.privacy.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /exit}: ends any session (the office's here; others, such as a member's, by those who observe
 * {@link QuickExitTaken}), tells the browser to clear everything of this site, and sends the reader to a neutral site. Works as a plain link; the page script additionally blanks the page
 * and replaces the history entry before coming here.
 */
@WebServlet(name = "QuickExit", urlPatterns = "/exit")
public class QuickExit extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(QuickExit.class.getName());

    @Inject
    @ConfigProperty(name = "xenia.exit.url", defaultValue = "https://www.google.com/")
    String neutralSite;

    @Inject
    Event<QuickExitTaken> exits;

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
        Map<String, String> cookies = new HashMap<>();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                cookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        if (!cookies.isEmpty()) {
            try {
                exits.fire(new QuickExitTaken(cookies));
            } catch (RuntimeException failed) {
                // the way out never fails: the browser is still told to forget everything
                LOG.warning("A quick exit's observer failed: " + failed.getClass().getName());
            }
            // for browsers that ignore Clear-Site-Data: every cookie the site set for all its pages, expired
            cookies.keySet().stream().filter(name -> name.matches("[A-Za-z0-9_-]{1,64}"))
                    .forEach(name -> response.addHeader("Set-Cookie",
                            name + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict"));
        }
        response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", neutralSite);
    }
}
