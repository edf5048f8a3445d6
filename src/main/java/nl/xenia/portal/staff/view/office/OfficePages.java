package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;

/**
 * What the office backing beans share: messages by bundle key, post → redirect → get ({@link #done()}), a fresh
 * session id.
 *
 * <p>
 * Every successful office action ends with {@code done(…)}: its messages are kept for the next page, the form's
 * view state is marked as spent (posted again, it is ignored: {@link PostRedirectGet}), and the browser is sent
 * (303) to a GET of the page, so Reload and Back never post a form again. A refused action (a field left empty, a
 * wrong code) adds its error and returns without {@code done}: the page is shown again with everything typed.
 */
public final class OfficePages {

    private OfficePages() {
    }

    /** An error message above the form, by bundle key. */
    public static void error(Messages messages, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    /** An error message above the form, already in words (a pattern with its arguments filled in). */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A confirmation above the form, by bundle key. */
    public static void info(Messages messages, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
    }

    /** A warning above the form, by bundle key. */
    public static void warn(Messages messages, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get(key), null));
    }

    /** An action succeeded: 303 to a GET of the same page, with the values of its view parameters. */
    public static void done() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> query = new LinkedHashMap<>();
        if (context.getViewRoot() != null) {
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
                String value = parameter.getStringValue(context);
                if (value != null && !value.isEmpty()) {
                    query.put(parameter.getName(), value);
                }
            }
        }
        done(String.valueOf(request().getAttribute(RequestLanguage.OFFICE_PAGE_ATTRIBUTE)), query);
    }

    /** An action succeeded: 303 to a GET of another office page in the same language. */
    public static void done(String page) {
        done(page, Map.of());
    }

    /**
     * An action succeeded: 303 to a GET of an office page in the same language with this query (ids, a view's
     * name: never anything a person wrote).
     */
    public static void done(String page, Map<String, String> query) {
        FacesContext context = FacesContext.getCurrentInstance();
        OfficeNotices notices = CDI.current().select(OfficeNotices.class).get();
        notices.keep(context.getMessageList());
        String location = location(page, query);
        notices.spent(PostRedirectGet.viewState(context), location);
        seeOther(location);
    }

    private static String location(String page, Map<String, String> query) {
        HttpServletRequest request = request();
        StringBuilder location = new StringBuilder(request.getContextPath()
                + OfficePaths.url(String.valueOf(request.getAttribute(RequestLanguage.ATTRIBUTE)), page));
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            location.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return location.toString();
    }

    private static void seeOther(String location) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        context.responseComplete();
    }

    /** 303 to another office page in the same language (the sign-in steps; actions use {@link #done()}). */
    static void redirect(String page) {
        seeOther(location(page, Map.of()));
    }

    /** A new session id at every step of signing in, so an id seen before cannot ride along. */
    static void renewSessionId() {
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).changeSessionId();
    }

    /** The request being answered (for the client it comes from, see {@code privacy.boundary.Clients}). */
    static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

}
