package nl.xenia.portal.members.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.members.view.CurrentMember;
import nl.xenia.portal.staff.boundary.OfficeGuard;

/**
 * The guard of the members' views, on the forward the public language routing makes from {@code /{lang}/members/…} to
 * {@code /members/….xhtml} (views are never reached by their own file names: the routing answers 404). The member
 * session is the members' own ({@link MemberCookie}, {@link Members#session}); the office's session gives nothing
 * here, and a member's cookie gives nothing in the office (its guard knows only its own session). Per view: joining and
 * signing in are open to anyone (signing in sends a signed-in member home); the second step only to a sign-in half-way;
 * every other view only to a signed-in member, who is set as the request's {@link CurrentMember}; anyone else is sent
 * (303) to sign in, a sign-in half-way to its second step. A form another site posts (as the browser's
 * {@code Sec-Fetch-Site} says) is refused (403) on every member view, the open ones too.
 *
 * <p>
 * Registered by its annotation, for forwards only: the guard needs the language the routing found, and a request that
 * names a view itself never reaches one. (The office's guard is declared in web.xml because it must also run first on
 * every request, before the routing, which an annotated filter cannot be ordered to do; this one has no such need.)
 */
@WebFilter(filterName = "MemberGuard", urlPatterns = {MemberGuard.HOME_VIEW,
        MemberGuard.VIEWS + "*"}, dispatcherTypes = DispatcherType.FORWARD)
public class MemberGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HOME_VIEW = "/members.xhtml";
    static final String VIEWS = "/members/";
    private static final Set<String> OPEN = Set.of("/members/join.xhtml", "/members/sign-out.xhtml");
    private static final String SIGN_IN = "/members/sign-in.xhtml";
    private static final String SECOND_STEP = "/members/second-step.xhtml";

    @Inject
    Members members;

    @Inject
    CurrentMember current;

    @Inject
    Languages languages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.FORWARD) {
            chain.doFilter(request, response);
            return;
        }
        if (OfficeGuard.isCrossSitePost(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String view = request.getServletPath();
        String language = RequestLanguage.of(request, languages);
        Optional<String> token = MemberCookie.token(request);
        Optional<SessionState> state = token.flatMap(members::session);
        if (token.isPresent() && state.isEmpty()) {
            // an ended or unknown session: the browser forgets it (nothing else is told)
            MemberCookie.expire(response);
        }
        boolean signedIn = state.isPresent() && !state.get().secondStepDue();
        boolean halfWay = state.isPresent() && state.get().secondStepDue();
        if (signedIn) {
            current.set(state.get().member());
        }
        if (OPEN.contains(view)) {
            chain.doFilter(request, response);
        } else if (SIGN_IN.equals(view)) {
            if (signedIn && isRead(request)) {
                seeOther(request, response, language, "");
            } else {
                chain.doFilter(request, response);
            }
        } else if (SECOND_STEP.equals(view)) {
            if (halfWay) {
                chain.doFilter(request, response);
            } else {
                seeOther(request, response, language, signedIn ? "" : "/sign-in");
            }
        } else if (signedIn) {
            chain.doFilter(request, response);
        } else {
            seeOther(request, response, language, halfWay ? "/second-step" : "/sign-in");
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** 303 to a members' page in the language ({@code ""} is the members' home). */
    static void seeOther(HttpServletRequest request, HttpServletResponse response, String language, String page) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/" + language + "/members" + page);
    }
}
