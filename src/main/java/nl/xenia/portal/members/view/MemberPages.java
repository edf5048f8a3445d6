package nl.xenia.portal.members.view;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.MemberCookie;
import nl.xenia.portal.members.boundary.MemberException;

/**
 * What the members' backing beans share. Their pages are stateless like public pages: plain forms posted to the page's
 * own address, handled by the page's view action. A successful post is answered with a 303 to a GET (post → redirect →
 * get), whose address may name what was done ({@code ?done=password}): one of a fixed set of events, never anything a
 * person typed; the page shows its sentence.
 */
final class MemberPages {

    /** What a page may say after a redirect: the event in the address, and its sentence's key. */
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("joined", "members.message.info.joined"),
            Map.entry("signedOut", "members.signIn.message.info.signedOut"),
            Map.entry("left", "members.signIn.message.info.left"),
            Map.entry("ended", "members.signIn.message.info.ended"),
            Map.entry("secondStepOn", "members.account.message.info.secondStepOn"),
            Map.entry("secondStepOff", "members.account.message.info.secondStepOff"),
            Map.entry("address", "members.account.message.info.address"),
            Map.entry("addressRemoved", "members.account.message.info.addressRemoved"),
            Map.entry("password", "members.account.message.info.password"));

    private MemberPages() {
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    static boolean isPost() {
        return "POST".equals(request().getMethod());
    }

    /** 303 to a members' page in the page's language ({@code ""} is the members' home), saying what was done. */
    static void seeOther(String language, String page, String done) {
        HttpServletResponse response = response();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request().getContextPath() + "/" + language + "/members" + page
                + (done == null ? "" : "?done=" + done));
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The session's end in the browser: its cookie expired, and everything the site keeps there cleared. */
    static void forget() {
        MemberCookie.expire(response());
        response().setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    }

    /** The sentence for what the address says was done, or null. */
    static String notice(Messages messages) {
        String done = request().getParameter("done");
        String key = done == null ? null : DONE.get(done);
        return key == null ? null : messages.get(key);
    }

    /** A refusal in words (a wait in seconds, rounded up). */
    static String error(Messages messages, MemberException refused) {
        long seconds = Math.max(1, (refused.getWait().toMillis() + 999) / 1000);
        return messages.format("MemberException.Problem." + refused.getProblem().name(), "seconds", seconds);
    }

    static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
