package nl.xenia.portal.appointments.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;

/**
 * One week of a service's free times at one place, ready to show: each day that has free times with its heading and
 * its times (the reader's language, Europe/Amsterdam), and the weeks before and after while they hold bookable days.
 * Days outside the service's window are never offered.
 */
public record FreeWeek(LocalDate monday, String title, List<Day> days, LocalDate previous, LocalDate next) {

    /** A day with free times: an id for its heading, the heading, and the times. */
    public record Day(String id, String label, List<Time> times) {
    }

    /** A free time: the value a form sends (the start as an ISO instant), how it reads, and the places left when more than one (or null). */
    public record Time(String value, String label, String left) {
    }

    /** The Monday of the week a typed {@code YYYY-MM-DD} is in; null for nothing or not a date. */
    static LocalDate monday(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(typed).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /**
     * The week asked for (its Monday; null: the first bookable week), kept within the service's window.
     *
     * @throws AppointmentException NOT_OFFERED for a service or place that cannot be booked
     */
    static FreeWeek of(Appointments appointments, Appointments.Offer offer, long placeId, LocalDate asked,
            Messages messages) {
        LocalDate firstMonday = offer.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = offer.lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monday = asked == null || asked.isBefore(firstMonday)
                ? firstMonday
                : asked.isAfter(lastMonday) ? lastMonday : asked;
        LocalDate sunday = monday.plusDays(6);
        String lang = messages.getLang();
        Map<LocalDate, List<Time>> byDay = new LinkedHashMap<>();
        for (Appointments.FreeTime time : appointments.freeTimes(offer.id(), placeId, monday, sunday)) {
            LocalDate day = time.start().atZone(Languages.LOCAL_TIME).toLocalDate();
            String left = time.free() > 1 ? messages.format("appointments.week.left", "count", time.free()) : null;
            byDay.computeIfAbsent(day, it -> new ArrayList<>())
                    .add(new Time(time.start().toString(), Languages.time(lang, time.start()), left));
        }
        List<Day> days = byDay.entrySet().stream()
                .map(day -> new Day("day-" + day.getKey(), Languages.day(lang, day.getKey()), day.getValue())).toList();
        LocalDate from = monday.isBefore(offer.firstDay()) ? offer.firstDay() : monday;
        LocalDate until = sunday.isAfter(offer.lastDay()) ? offer.lastDay() : sunday;
        String title = messages.format("appointments.week.title", "from",
                Languages.date(lang, from.atStartOfDay(Languages.LOCAL_TIME).toInstant()), "until",
                Languages.date(lang, until.atStartOfDay(Languages.LOCAL_TIME).toInstant()));
        return new FreeWeek(monday, title, days, monday.isAfter(firstMonday) ? monday.minusWeeks(1) : null,
                monday.isBefore(lastMonday) ? monday.plusWeeks(1) : null);
    }
}
