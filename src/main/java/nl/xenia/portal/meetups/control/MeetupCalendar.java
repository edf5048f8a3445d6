package nl.xenia.portal.meetups.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.FluentCalendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Meetups as calendar files (RFC 5545, written by ical4j): one meetup a person comes to (a neutral title, the time, the
 * public area, and the exact address only when the person asked for it), and the public feed of the meetups to come
 * in a language (their titles and public areas, under a neutral calendar name). No organiser, no attendee, no link,
 * nothing naming Xenia.
 */
public final class MeetupCalendar {

    /** One entry of the feed: its title, time, public area and whether it is cancelled. */
    public record Entry(long id, String title, Instant start, Instant end, String area, boolean cancelled) {
    }

    private MeetupCalendar() {
    }

    /** One meetup a person comes to; a random UID that links to nothing. */
    public static String one(String title, Instant start, Instant end, String location) {
        VEvent event = new VEvent(start, end, title);
        event.add(new Uid(UUID.randomUUID().toString()));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        return new Calendar().withProdId("-//Calendar//EN").withDefaults().withComponent(event).getFluentTarget()
                .toString();
    }

    /**
     * The feed: every entry with a UID that stays the same for the same meetup (so a calendar that reads the feed
     * again updates it), cancelled ones marked so.
     */
    public static String feed(String name, List<Entry> entries) {
        FluentCalendar calendar = new Calendar().withProdId("-//Calendar//EN").withDefaults()
                .withProperty(new Name(name)).withProperty(new XProperty("X-WR-CALNAME", name));
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.start(), entry.end(), entry.title());
            event.add(new Uid(UUID.nameUUIDFromBytes(("meetup:" + entry.id()).getBytes(StandardCharsets.UTF_8))
                    .toString()));
            if (entry.area() != null && !entry.area().isBlank()) {
                event.add(new Location(entry.area()));
            }
            if (entry.cancelled()) {
                event.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar = calendar.withComponent(event);
        }
        return calendar.getFluentTarget().toString();
    }
}
