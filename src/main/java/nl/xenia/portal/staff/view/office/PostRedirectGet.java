package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.logging.Logger;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;

/**
 * The office's answer to a form posted a second time (a double click, a page resubmitted from the history):
 * when the form's view state belongs to a form whose action already ran ({@link OfficePages#done()}), nothing
 * is applied and no action runs; the member is sent where the first post went, told that nothing was done
 * twice. Before any office page is rendered, the messages an action kept over its redirect
 * ({@link OfficeNotices}) are put back, so the template shows them with the page's own. Registered in
 * faces-config.xml, after {@link FormNonceCheck}.
 */
public class PostRedirectGet implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostRedirectGet.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && context.getViewRoot() != null
                && OfficePaths.isOfficeView(context.getViewRoot().getViewId())) {
            CDI.current().select(OfficeNotices.class).get().take()
                    .forEach(notice -> context.addMessage(null, notice.message()));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW) {
            return;
        }
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getResponseComplete() || context.getViewRoot() == null
                || !OfficePaths.isOfficeView(context.getViewRoot().getViewId())
                || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        OfficeNotices notices = CDI.current().select(OfficeNotices.class).get();
        String location = notices.spentTo(viewState(context));
        if (location == null) {
            return;
        }
        LOG.fine("An office form posted again: ignored");
        Messages messages = CDI.current().select(Messages.class).get();
        notices.keep(List.of(new FacesMessage(FacesMessage.SEVERITY_WARN,
                messages.get("office.message.warn.repeated"), null)));
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        context.responseComplete();
    }

    /** The view state a form posted (the key of its view, kept on the server). */
    static String viewState(FacesContext context) {
        return context.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
    }
}
