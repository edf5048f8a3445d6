package nl.xenia.portal.localization.view;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form post whose view state cannot be read (expired, or garbled by whoever sent it) is answered
 * with the translated 400 page instead of a logged stack trace: nothing went wrong on our side.
 */
public class UnreadableFormHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UnreadableFormHandler.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new UnreadableFormHandler(getWrapped().getExceptionHandler());
        }
    }

    public UnreadableFormHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean unreadable = false;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Throwable failure = event.getContext().getException();
            if (event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && isUnreadableState(failure)) {
                events.remove();
                unreadable = true;
                LOG.fine(() -> "Unreadable view state answered with 400: " + failure.getClass().getName());
            }
        }
        getWrapped().handle();
        if (unreadable && !context.getExternalContext().isResponseCommitted()) {
            // the error page is rendered by the container within sendError, so Faces must be done first
            context.responseComplete();
            try {
                context.getExternalContext().responseSendError(400, null);
            } catch (IOException unwritable) {
                throw new UncheckedIOException(unwritable);
            }
        }
    }

    private static boolean isUnreadableState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof IllegalArgumentException) {
                return true;
            }
            if (!(cause instanceof FacesException) && cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
