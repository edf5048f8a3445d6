package nl.xenia.portal.localization.view;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A view action's answer when what the address names does not exist: the translated 404 page. */
public final class NotFound {

    private NotFound() {
    }

    /** Sends 404 (the container renders the error page in the request's language) and ends the Faces request. */
    public static void answer() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        context.responseComplete();
    }
}
