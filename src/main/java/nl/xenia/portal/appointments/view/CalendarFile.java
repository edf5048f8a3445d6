package nl.xenia.portal.appointments.view;

import java.time.Instant;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

/**
 * An appointment as a calendar file (RFC 5545, written by ical4j) that says as little as possible to whoever reads the
 * phone's calendar: a neutral title (configured), the time, and only the town or the kind of place. No organiser,
 * no address, no link, nothing naming Xenia; a random UID that links to nothing.
 */
final class CalendarFile {

    private CalendarFile() {
    }

    static String of(String title, Instant start, Instant end, String where) {
        VEvent event = new VEvent(start, end, title);
        event.add(new Uid(UUID.randomUUID().toString()));
        if (where != null && !where.isBlank()) {
            event.add(new Location(where));
        }
        return new Calendar().withProdId("-//Calendar//EN").withDefaults().withComponent(event).getFluentTarget()
                .toString();
    }
}
