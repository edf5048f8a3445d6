package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.Application;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import nl.xenia.portal.staff.boundary.OfficeRegistry;

/**
 * At the application's start, makes every office page that is reached by links only a Faces protected view
 * (a GET needs the session's token; links, redirects and form actions carry it), as the components
 * contribute their pages (staff's {@link OfficeRegistry}). Registered in faces-config.xml.
 */
public class OfficeViewsProtection implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        ViewHandler views = ((Application) event.getSource()).getViewHandler();
        CDI.current().select(OfficeRegistry.class).get().protectedViews().forEach(views::addProtectedView);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }
}
