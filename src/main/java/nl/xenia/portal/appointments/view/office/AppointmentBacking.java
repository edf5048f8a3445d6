package nl.xenia.portal.appointments.view.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.appointments.boundary.AppointmentDesk;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.entity.AppointmentStatus;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/appointment?id= (one appointment, opened in the member's session and so recorded in the audit log): when,
 * where, the state, the nickname, language, interpreter wish and note, the internal note, and whether the person left
 * an address for mail (never the address). One form for every action and the internal note, so no button loses what
 * is typed: confirm or decline a request (a reason optional), attended or no-show once it has begun, cancel with a
 * reason (required). A done action answers with a redirect to the page and its message; a refused one stays with
 * everything typed.
 */
@Named
@ViewScoped
public class AppointmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppointmentDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long id;
    private transient AppointmentDesk.Opened opened;
    private transient List<AppointmentDesk.Reason> reasons;
    private String reason;
    private String declineReason;
    private String internalNote;
    private boolean loaded;

    /** The view action: the appointment (or 404) and its internal note to edit. */
    public void load() {
        if (getOpened() == null) {
            NotFound.answer();
            return;
        }
        if (!loaded) {
            internalNote = opened.internalNote();
            loaded = true;
        }
    }

    public void confirm() {
        act(() -> desk.confirm(session.getSignedIn(), id), "office.appointment.message.info.confirmed");
    }

    public void decline() {
        act(() -> desk.decline(session.getSignedIn(), id, AppointmentCalendarBacking.id(declineReason)),
                "office.appointment.message.info.declined");
    }

    public void cancel() {
        act(() -> desk.cancel(session.getSignedIn(), id, AppointmentCalendarBacking.id(reason)),
                "office.appointment.message.info.cancelled");
    }

    public void attended() {
        act(() -> desk.mark(session.getSignedIn(), id, true), "office.appointment.message.info.attended");
    }

    public void noShow() {
        act(() -> desk.mark(session.getSignedIn(), id, false), "office.appointment.message.info.noShow");
    }

    public void saveNote() {
        act(() -> desk.note(session.getSignedIn(), id, internalNote), "office.appointment.message.info.noted");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (AppointmentException refused) {
            OfficePages.errorText(messages.format("AppointmentException.Problem." + refused.getProblem().name(),
                    "max", AppointmentDesk.MAX_NOTE));
            return;
        }
        OfficePages.info(messages, doneKey);
        OfficePages.done("appointment", Map.of("id", String.valueOf(id)));
    }

    /** The appointment with what the person wrote, opened once per view. */
    public AppointmentDesk.Opened getOpened() {
        if (opened == null && id != null) {
            opened = desk.open(session.getSignedIn(), id, messages.getLang()).orElse(null);
        }
        return opened;
    }

    /** The reasons to cancel or decline, in the office's language. */
    public List<AppointmentDesk.Reason> getReasons() {
        if (reasons == null) {
            reasons = desk.reasons(session.getSignedIn(), messages.getLang());
        }
        return reasons;
    }

    /** Whether the appointment waits for a confirmation. */
    public boolean isRequest() {
        return getOpened() != null && opened.entry().status() == AppointmentStatus.REQUESTED;
    }

    /** Whether it still holds its time (can be cancelled). */
    public boolean isOpen() {
        return getOpened() != null && opened.entry().status().isOpen();
    }

    /** Whether it is open and its time has begun (attended or no-show can be marked). */
    public boolean isStarted() {
        return isOpen() && !opened.entry().start().isAfter(clock.instant());
    }

    public String getStatusName() {
        return getOpened() == null
                ? null
                : messages.get("office.appointments.status." + opened.entry().status().name());
    }

    /** Day and time, start to end, the office's way. */
    public String getWhen() {
        if (getOpened() == null) {
            return null;
        }
        return Languages.date(messages.getLang(), opened.entry().start()) + " "
                + AppointmentCalendarBacking.time(opened.entry().start()) + "–"
                + AppointmentCalendarBacking.time(opened.entry().end());
    }

    public String getKindName() {
        return getOpened() == null ? null : messages.get("office.appointments.kind." + opened.entry().kind().name());
    }

    public String getLanguageName() {
        return getOpened() == null ? null : Languages.name(opened.entry().language(), messages.getLang());
    }

    public String getInterpreterName() {
        return getOpened() == null || opened.interpreterLanguage() == null
                ? null
                : Languages.name(opened.interpreterLanguage(), messages.getLang());
    }

    public int getMaxNote() {
        return AppointmentDesk.MAX_NOTE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (this.id == null) {
            this.id = id; // a view keeps the appointment it was opened for
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
