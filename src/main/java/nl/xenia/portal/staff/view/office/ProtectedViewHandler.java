package nl.xenia.portal.staff.view.office;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A protected office page opened without the session's token (typed, bookmarked, or sent from
 * elsewhere) is not shown: the member is sent to the dashboard, whose links carry the token.
 */
public class ProtectedViewHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ProtectedViewHandler.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ProtectedViewHandler(getWrapped().getExceptionHandler());
        }
    }

    public ProtectedViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        boolean unprotected = false;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isProtectedView(events.next().getContext().getException())) {
                events.remove();
                unprotected = true;
            }
        }
        getWrapped().handle();
        if (unprotected && !FacesContext.getCurrentInstance().getExternalContext().isResponseCommitted()) {
            LOG.fine("A protected office page without its token: sent to the dashboard");
            OfficePages.redirect("dashboard");
        }
    }

    private static boolean isProtectedView(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }
}
