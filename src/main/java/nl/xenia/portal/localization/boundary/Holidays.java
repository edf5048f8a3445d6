package nl.xenia.portal.localization.boundary;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dutch public holidays (for every component that plans days: appointments, meetups), from jollyday's Netherlands calendar (a maintained library, not a hand-written list): New
 * Year's Day, Easter Sunday and Monday, King's Day (27 April, the Saturday before when it falls on a Sunday), Liberation
 * Day (5 May, every year as jollyday has it), Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day. Good
 * Friday is only an observance there and is not counted. Each year is read once and kept.
 */
@ApplicationScoped
public class Holidays {

    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();
    private volatile HolidayManager manager;

    /** For CDI, and for tests with {@code new}. */
    public Holidays() {
    }

    /** The public holidays from {@code from} to {@code toInclusive}, both included; empty when the range is. */
    public Set<LocalDate> between(LocalDate from, LocalDate toInclusive) {
        Set<LocalDate> found = new TreeSet<>();
        for (int year = from.getYear(); year <= toInclusive.getYear(); year++) {
            for (LocalDate day : ofYear(year)) {
                if (!day.isBefore(from) && !day.isAfter(toInclusive)) {
                    found.add(day);
                }
            }
        }
        return found;
    }

    private Set<LocalDate> ofYear(int year) {
        return byYear.computeIfAbsent(year, this::read);
    }

    private Set<LocalDate> read(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday holiday : manager().getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
            days.add(holiday.getDate()); // the day it is kept (King's Day on a Sunday: the Saturday before)
        }
        return Set.copyOf(days);
    }

    private HolidayManager manager() {
        HolidayManager found = manager;
        if (found == null) {
            found = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
            manager = found;
        }
        return found;
    }
}
