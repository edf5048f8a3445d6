package nl.xenia.portal.appointments.view;

import jakarta.enterprise.context.ApplicationScoped;
import nl.xenia.portal.privacy.view.InboxSection;

/** The appointments a code holds, shown in the inbox before the question thread. */
@ApplicationScoped
public class AppointmentInboxSection implements InboxSection {

    @Override
    public String fragment() {
        return "/WEB-INF/inbox/appointments.xhtml";
    }

    @Override
    public int order() {
        return 100;
    }
}
