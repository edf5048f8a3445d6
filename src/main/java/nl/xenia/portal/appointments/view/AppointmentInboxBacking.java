package nl.xenia.portal.appointments.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.view.OpenedCode;

/**
 * The inbox's appointments section: what the opened code holds of appointments, each with its state, day, time, the
 * place's full details and what to bring; open ones can be moved or cancelled on {@code /{lang}/appointment}.
 */
@Named("appointmentInbox")
@RequestScoped
public class AppointmentInboxBacking {

    /**
     * An appointment ready to show: the appointment, its state in words, when (day and time), where (town or kind),
     * and the interpreter's language named the reader's way (or null).
     */
    public record Shown(Appointments.Mine mine, String status, String when, String where, String interpreter,
            String language) {
    }

    @Inject
    Appointments appointments;

    @Inject
    OpenedCode openedCode;

    @Inject
    Messages messages;

    private List<Shown> shown;

    /** The code's appointments, soonest first; none when the code holds none (or the guess limit stopped it). */
    public List<Shown> getAppointments() {
        if (shown == null) {
            shown = List.of();
            if (openedCode.isOpen()) {
                try {
                    shown = appointments.mine(openedCode.getClient(), openedCode.getCode(), messages.getLang())
                            .orElse(List.of()).stream().map(mine -> shown(messages, mine)).toList();
                } catch (AppointmentException limited) {
                    shown = List.of();
                }
            }
        }
        return shown;
    }

    /** The code, for the hidden field of the move, cancel and calendar forms (a POST body only). */
    public String getCode() {
        return openedCode.getCode();
    }

    static Shown shown(Messages messages, Appointments.Mine mine) {
        String status = messages.get("AppointmentStatus." + mine.status().name());
        String lang = messages.getLang();
        return new Shown(mine, status, when(messages, mine.start()),
                AppointmentTexts.where(messages, mine.kind(), mine.town()),
                mine.interpreterLanguage() == null ? null : Languages.name(mine.interpreterLanguage(), lang),
                mine.language() == null ? null : Languages.name(mine.language(), lang));
    }

    /** A time as "tuesday 2 June, 10:00" in the reader's language (Europe/Amsterdam). */
    static String when(Messages messages, Instant start) {
        String lang = messages.getLang();
        return messages.format("appointments.when", "day",
                Languages.day(lang, start.atZone(Languages.LOCAL_TIME).toLocalDate()), "time",
                Languages.time(lang, start));
    }
}
