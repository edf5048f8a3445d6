package nl.xenia.portal.info.view.office;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.localization.view.Messages;

/** What the information office beans share: messages by bundle key. */
final class InfoOffice {

    private InfoOffice() {
    }

    static void refused(Messages messages, InfoException refused) {
        message(FacesMessage.SEVERITY_ERROR, messages.get("InfoException.Problem." + refused.getProblem().name()));
    }

    static void info(Messages messages, String key) {
        message(FacesMessage.SEVERITY_INFO, messages.get(key));
    }

    static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
