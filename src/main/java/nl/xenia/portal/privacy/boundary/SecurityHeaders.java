package nl.xenia.portal.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import nl.xenia.portal.privacy.control.InlineAssets;

/**
 * The application's own response headers. The fixed ones (no-store, nosniff, frame and referrer
 * policies, …) are set by Liberty on every response of the server (server-config/http.xml); here
 * the content security policy that admits exactly the inline assets, and HSTS when the request
 * came over HTTPS (directly, or through a proxy named in {@code xenia.proxies.trusted} that sends
 * {@code X-Forwarded-Proto: https}; see {@link Clients}).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CSP = InlineAssets.contentSecurityPolicy();
    /** Office pages, {@code /office/{lang}/{page}} (see localization's OfficePaths). */
    private static final Pattern OFFICE = Pattern.compile("/office/[a-z]{2,3}/.+");

    @Inject
    Clients clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // office pages carry PrimeFaces' policy with a per-response nonce instead
        if (!OFFICE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        if (clients.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
