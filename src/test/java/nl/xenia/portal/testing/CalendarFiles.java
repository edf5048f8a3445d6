package nl.xenia.portal.testing;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/** Calendar files (.ics) read back with ical4j, for tests: the calendar's properties and its events' properties. */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    /** A calendar file parsed; fails the test when it does not parse. */
    public static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException unreadable) {
            throw new AssertionError("expected a calendar file ical4j reads: " + text, unreadable);
        }
    }

    /** Each event's properties by name (the value of the first of each name), in the file's order. */
    public static List<Map<String, String>> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream().map(CalendarFiles::properties).toList();
    }

    /** The calendar's own value of a property (NAME, X-WR-CALNAME), or null. */
    public static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Map<String, String> properties(Component component) {
        Map<String, String> values = new TreeMap<>();
        for (Property property : component.getPropertyList().getAll()) {
            values.putIfAbsent(property.getName(), property.getValue());
        }
        return values;
    }
}
