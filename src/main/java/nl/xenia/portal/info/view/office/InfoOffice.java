package nl.xenia.portal.info.view.office;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;

/** What the information office beans share: messages by bundle key, and the answer to a done action. */
final class InfoOffice {

    private InfoOffice() {
    }

    /** The refusal's label; one about a language's text names the language ("… in het Roemeens …"). */
    static void refused(Messages messages, InfoException refused) {
        String key = "InfoException.Problem." + refused.getProblem().name();
        message(FacesMessage.SEVERITY_ERROR, refused.getLanguage() == null
                ? messages.get(key)
                : messages.format(key, "language", Languages.name(refused.getLanguage(), messages.getLang())));
    }

    static void info(Messages messages, String key) {
        message(FacesMessage.SEVERITY_INFO, messages.get(key));
    }

    static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * Post → redirect (303) → get: the office page with its query, the messages kept for it.
     * TODO: OfficePages.done(page, query) once main has it.
     */
    static void done(String page, Map<String, String> query) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.getFlash().setKeepMessages(true);
        String language = String.valueOf(external.getRequestMap().get(RequestLanguage.ATTRIBUTE));
        String search = query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", external.getRequestContextPath() + OfficePaths.url(language, page)
                + (search.isEmpty() ? "" : "?" + search));
        context.responseComplete();
    }
}
