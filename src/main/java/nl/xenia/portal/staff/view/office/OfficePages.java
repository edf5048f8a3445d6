package nl.xenia.portal.staff.view.office;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;

/** What the office backing beans share: messages by bundle key, redirects, a fresh session id. */
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

    /** 303 to another office page in the same language. */
    static void redirect(String page) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath()
                + OfficePaths.url(String.valueOf(request.getAttribute(RequestLanguage.ATTRIBUTE)), page));
        context.responseComplete();
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
