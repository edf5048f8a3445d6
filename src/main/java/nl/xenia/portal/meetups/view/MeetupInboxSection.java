package nl.xenia.portal.meetups.view;

import jakarta.enterprise.context.ApplicationScoped;
import nl.xenia.portal.privacy.view.InboxSection;

/** The meetups a code comes to or waits for, shown in the inbox after the appointments, before the question thread. */
@ApplicationScoped
public class MeetupInboxSection implements InboxSection {

    @Override
    public String fragment() {
        return "/WEB-INF/inbox/meetups.xhtml";
    }

    @Override
    public int order() {
        return 200;
    }
}
