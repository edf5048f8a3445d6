package nl.xenia.portal.staff.view.office;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.logging.Logger;
import nl.xenia.portal.privacy.boundary.RequestLimits;

/**
 * PrimeFaces (with {@code primefaces.CSP}) keeps the nonce of a page's script policy in its view and
 * compares the one a postback sends only while rendering the answer, after the form's action has run:
 * a form posted without it (or with another) did its work and then failed with 500. This check makes
 * the same comparison right after the view is restored, so such a post is refused (400, the
 * translated error page) before any value is applied or any action runs. Views without a nonce
 * (the stateless public pages) are not concerned. Registered in faces-config.xml.
 */
public class FormNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormNonceCheck.class.getName());
    /** The name PrimeFaces gives the nonce, in the view map and in the posted form alike. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (!context.isPostback() || view == null || context.getResponseComplete()) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (!(expected instanceof String nonce) || nonce.isEmpty()) {
            return;
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (sent != null && MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        LOG.fine("An office form posted without its page's nonce: refused with 400 before its action");
        // the error page (a Faces view) is rendered by the container within sendError: sent by
        // RequestLimits once this Faces request is done, never from inside it
        context.getExternalContext().getRequestMap().put(RequestLimits.REFUSED, 400);
        context.responseComplete();
    }
}
