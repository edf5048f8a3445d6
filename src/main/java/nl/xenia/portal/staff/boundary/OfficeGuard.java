package nl.xenia.portal.staff.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web layer's router and guard of the office, at two points. Every request first: a path with dot
 * segments or encoded separators ({@code /x/../office/staff.xhtml}, {@code %2f}, {@code %5c}, {@code %2e},
 * {@code %23}) is refused (400), whatever it would reach (the container's own check is off, as it logs the
 * typed path: http.xml). The office lives under one prefix, {@code /office/{lang}/{page}} (see
 * {@link OfficePaths}): {@code /office}, {@code /office/} and {@code /office/{lang}} lead to the dashboard, an
 * office URL in a language the office does not speak to the same page in English, an address of the earlier
 * form {@code /{lang}/office/…} to the same page under the prefix (301, the query kept), and a page that a
 * component contributes ({@link OfficeRegistry}) is forwarded to its view; anything else under the prefix (a
 * view's file name, an unknown page) is not found (404). Then the view that Faces is about to render: an office
 * view is rendered only when forwarded here, never when a request names it itself, and only to whom its page is
 * open ({@link OfficePage.Access}): the sign-in pages to anyone (set-up only until the first admin exists, then
 * closed like an unknown page, 404), the second step only during a login, other pages only to a member signed
 * in less than 12 hours ago and active in the last 15 minutes (anyone else is sent to sign in, 303), pages with
 * sealed content only to members who hold the organisation's key, and pages of some roles answer 403 to other
 * members (the boundaries check again). Declared in web.xml for requests and forwards, before the public
 * language routing (an annotation alone was not picked up by Liberty here).
 */
public class OfficeGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Where the office's Faces views live, and how their names end. */
    private static final String OFFICE_VIEWS = OfficePaths.VIEWS;
    private static final String VIEW_SUFFIX = ".xhtml";
    /** Session attribute: when the member signed in (an Instant); nothing else about them. */
    public static final String SIGNED_IN_AT = "nl.xenia.portal.office.signedInAt";
    /** Session attribute: the signed-in member's role names (a Set of String). */
    public static final String ROLES = "nl.xenia.portal.office.roles";
    /**
     * Session attribute: a login is half-way (after the password); its value is the one page of the
     * second step it may use: "second-factor", or "enrol" for an account without a second factor.
     */
    public static final String PENDING = "nl.xenia.portal.office.pending";
    /** Session attribute: the signed-in member does not hold the organisation's key yet. */
    public static final String WITHOUT_KEY = "nl.xenia.portal.office.withoutKey";
    /** Session attribute: when the signed-in member last asked for an office page (an Instant). */
    static final String LAST_SEEN_AT = "nl.xenia.portal.office.lastSeenAt";
    /** The longest an office session lasts, however active. */
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    /**
     * The longest pause between two office requests (the container's session timeout in web.xml is the
     * same; this holds even where a container keeps sessions longer).
     */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "xenia.office.languages", defaultValue = "nl,en")
    List<String> officeLanguages;

    @Inject
    StaffBootstrap bootstrap;

    @Inject
    OfficeRegistry registry;

    @Inject
    Languages languages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = request.getServletPath();
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            if (isUnusualPath(request.getRequestURI())) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            OfficePaths.Address earlier = OfficePaths.parseEarlier(path);
            if (earlier != null) {
                // a bookmark or a mail link of the earlier form: only sent on, the new address is guarded
                movedPermanently(request, response, officeLanguage(earlier.language()),
                        pageOrDashboard(earlier.rest()));
                return;
            }
            // the path as the container decoded it (the default servlet's path is all path info)
            String decoded = view + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (OfficePaths.isOffice(decoded) || OfficePaths.isOffice(path)) {
                OfficePaths.Address office = OfficePaths.parse(path);
                if (office == null || path.endsWith(VIEW_SUFFIX) || !decoded.equals(path)) {
                    // an office view named by its own file (or reached past another prefix): never rendered
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                if (isCrossSitePost(request)) {
                    // a form on another site (even another subdomain) posting into the office: never acted on
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                if (routeOffice(request, response, office)) {
                    forward(request, response, office);
                }
                return;
            }
            chain.doFilter(request, response);
        } else if (request.getDispatcherType() == DispatcherType.FORWARD && view.startsWith(OFFICE_VIEWS)) {
            if (view.endsWith(VIEW_SUFFIX)) {
                guardView(request, response, chain, view);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Whether a request's path (as sent, still encoded) has a dot segment, an encoded slash, backslash
     * or dot, a backslash, or a path parameter: none of these is in any link of the portal, and each
     * could make the container's view of the path differ from the one checked here.
     */
    static boolean isUnusualPath(String uri) {
        String path = uri.toLowerCase(Locale.ROOT);
        return path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..")
                || path.contains("%2f") || path.contains("%5c") || path.contains("%2e") || path.contains("%23")
                || path.contains("\\")
                || path.contains(";") || path.contains("//");
    }

    /**
     * Whether a request that may change something comes from another site, as the browser says
     * ({@code Sec-Fetch-Site}; browsers that do not send it are held off by the SameSite=Strict session cookie,
     * the view state kept on the server and the form's nonce).
     */
    public static boolean isCrossSitePost(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && ("cross-site".equals(site) || "same-site".equals(site));
    }

    /** The office's URL-level routing; false when it answered the request itself. */
    private boolean routeOffice(HttpServletRequest request, HttpServletResponse response, OfficePaths.Address office) {
        String language = office.language();
        if (language == null) {
            seeOther(request, response, officeLanguage(), "/dashboard");
            return false;
        }
        if (!officeLanguages.contains(language)) {
            seeOther(request, response, officeLanguage(), pageOrDashboard(office.rest()) + query(request));
            return false;
        }
        if (office.rest().isEmpty() || "/".equals(office.rest())) {
            seeOther(request, response, language, "/dashboard");
            return false;
        }
        return true;
    }

    /**
     * {@code /office/{lang}/{page}} to the view of the page a component contributes (guarded again as a
     * forward, below); anything else under the prefix is not found.
     */
    private void forward(HttpServletRequest request, HttpServletResponse response, OfficePaths.Address office)
            throws IOException, ServletException {
        OfficePage page = registry.page(office.page()).orElse(null);
        if (page == null || !languages.isSupported(office.language())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(RequestLanguage.ATTRIBUTE, office.language());
        request.setAttribute(RequestLanguage.OFFICE_PAGE_ATTRIBUTE, page.name());
        request.getRequestDispatcher(page.view()).forward(request, response);
    }

    private static String pageOrDashboard(String rest) {
        return rest.isEmpty() || "/".equals(rest) ? "/dashboard" : rest;
    }

    private static String query(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : "?" + request.getQueryString();
    }

    /** The office language itself, or the default office language for one the office does not speak. */
    private String officeLanguage(String language) {
        return officeLanguages.contains(language) ? language : officeLanguage();
    }

    /** The guard of an office view the routing above forwarded to; a view no component contributes is not found. */
    private void guardView(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String view)
            throws IOException, ServletException {
        OfficePage page = registry.rendering(view).orElse(null);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String language = request.getAttribute(RequestLanguage.ATTRIBUTE) instanceof String code
                && officeLanguages.contains(code) ? code : officeLanguage();
        HttpSession session = request.getSession(false);
        boolean signedIn = isSignedIn(session);
        OfficePage.Access access = page.access();
        if (access == OfficePage.Access.UNTIL_FIRST_ADMIN && bootstrap.isCompleted()) {
            // closed like any unknown page, for every method: nothing (not a username) is told any more
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (signedIn && !page.allows(roles(session))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else if (access == OfficePage.Access.DURING_LOGIN && signedIn) {
            seeOther(request, response, language, "/dashboard");
        } else if (signedIn && session.getAttribute(WITHOUT_KEY) != null && page.needsKey()) {
            seeOther(request, response, language, "/dashboard");
        } else if (access == OfficePage.Access.OPEN || access == OfficePage.Access.UNTIL_FIRST_ADMIN
                || access == OfficePage.Access.DURING_LOGIN && session != null
                        && page.name().equals(session.getAttribute(PENDING))
                || signedIn) {
            chain.doFilter(request, response);
        } else if ("GET".equals(request.getMethod())
                && (access == OfficePage.Access.SIGNED_IN || access.byRole())) {
            // a bookmark or a colleague's link: sign in first, then on to the page (checked again there)
            // a forward's own query is empty: the query the member asked with is the forward's attribute
            Object asked = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            String next = page.name() + (asked instanceof String query && !query.isEmpty() ? "?" + query : "");
            seeOther(request, response, language,
                    "/login" + (!"dashboard".equals(page.name()) && registry.returnPath(next).isPresent()
                            ? "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                            : ""));
        } else {
            seeOther(request, response, language, "/login");
        }
    }

    private String officeLanguage() {
        return officeLanguages.contains("en") ? "en" : officeLanguages.get(0);
    }

    private static boolean isSignedIn(HttpSession session) {
        if (session == null || !(session.getAttribute(SIGNED_IN_AT) instanceof Instant since)) {
            return false;
        }
        Instant now = Instant.now();
        Instant lastSeen = session.getAttribute(LAST_SEEN_AT) instanceof Instant seen ? seen : since;
        if (!withinLimits(since, lastSeen, now)) {
            session.invalidate();
            return false;
        }
        session.setAttribute(LAST_SEEN_AT, now);
        return true;
    }

    /** Whether a session signed in at {@code since} and last used at {@code lastSeen} still counts {@code now}. */
    static boolean withinLimits(Instant since, Instant lastSeen, Instant now) {
        return now.isBefore(since.plus(ABSOLUTE_LIMIT)) && now.isBefore(lastSeen.plus(IDLE_LIMIT))
                && !now.isBefore(since.minus(Duration.ofMinutes(1)));
    }

    /** The signed-in member's roles, as the session holds them (by name). */
    private static Set<Role> roles(HttpSession session) {
        if (!(session.getAttribute(ROLES) instanceof Set<?> names)) {
            return Set.of();
        }
        return Arrays.stream(Role.values()).filter(role -> names.contains(role.name())).collect(Collectors.toSet());
    }

    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String language,
            String rest) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + OfficePaths.PREFIX + "/" + language + rest);
    }

    /** The earlier address's page under the office's prefix, the query kept (it may carry a view's token). */
    private static void movedPermanently(HttpServletRequest request, HttpServletResponse response, String language,
            String rest) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location",
                request.getContextPath() + OfficePaths.PREFIX + "/" + language + rest + query(request));
    }
}
