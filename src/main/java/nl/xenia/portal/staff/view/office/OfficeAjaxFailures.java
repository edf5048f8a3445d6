package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.control.Bundles;

/**
 * An office request by script (sorting, filtering, paging, a refresh) that fails does not end on an error
 * page the browser cannot show: the page is loaded again, with a message. Only the failure's kind is
 * logged (an exception's message could carry what someone typed).
 */
public class OfficeAjaxFailures extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(OfficeAjaxFailures.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new OfficeAjaxFailures(getWrapped().getExceptionHandler());
        }
    }

    public OfficeAjaxFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.getPartialViewContext().isAjaxRequest() || context.getViewRoot() == null
                || !OfficePaths.isOfficeView(context.getViewRoot().getViewId())) {
            getWrapped().handle();
            return;
        }
        String kind = null;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            kind = kind == null ? root(failure).getClass().getName() : kind;
            events.remove();
        }
        if (kind == null) {
            getWrapped().handle();
            return;
        }
        LOG.log(Level.WARNING, "An office request by script failed ({0}); its page is loaded again", kind);
        ExternalContext external = context.getExternalContext();
        String language = String.valueOf(
                ((jakarta.servlet.http.HttpServletRequest) external.getRequest())
                        .getAttribute(RequestLanguage.ATTRIBUTE));
        // kept for the page loaded again (a message of this request would be lost with it)
        CDI.current().select(OfficeNotices.class).get().keep(List.of(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Bundles.text(language, "office.message.error.ajax"), null)));
        String again;
        try {
            again = context.getApplication().getViewHandler().getBookmarkableURL(context,
                    context.getViewRoot().getViewId(), Map.of(), true);
        } catch (RuntimeException unavailable) {
            again = context.getApplication().getViewHandler().getBookmarkableURL(context,
                    context.getViewRoot().getViewId(), Map.of(), false);
        }
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
            }
            external.redirect(again);
        } catch (IOException | IllegalStateException unsent) {
            LOG.log(Level.WARNING, "The office page could not be loaded again ({0})", unsent.getClass().getName());
        }
        context.responseComplete();
    }

    private static Throwable root(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
