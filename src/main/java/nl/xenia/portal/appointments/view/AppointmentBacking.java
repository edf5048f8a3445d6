package nl.xenia.portal.appointments.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.view.InboxViews;
import nl.xenia.portal.privacy.view.Typed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /{lang}/appointment}: what the inbox's appointment forms post to, with the code and the appointment's id in
 * the POST body only. {@code action=choose} shows a week of the same service's free times at the same place,
 * {@code move} moves to the time chosen, {@code cancel} cancels once "I am sure" is ticked, {@code ics} answers the
 * appointment as a neutral calendar file. A move or cancellation done is answered with a 303 to the inbox (a one-time
 * view of {@link InboxViews}, never the code); a refusal is shown here, keeping the choice.
 */
@Named("appointment")
@RequestScoped
public class AppointmentBacking {

    /** Where the page is. */
    public enum State {
        NOTHING, CHOOSE, CANCEL
    }

    @Inject
    Appointments appointments;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    @Inject
    InboxViews views;

    @Inject
    HttpServletRequest request;

    /** The calendar entry's title: neutral on purpose (a calendar may be read by someone else). */
    @Inject
    @ConfigProperty(name = "xenia.appointments.calendar-title", defaultValue = "Appointment")
    String calendarTitle;

    private State state = State.NOTHING;
    private String error;
    private String errorField;
    private String code;
    private Appointments.Mine mine;
    private FreeWeek week;

    /** The view action: the action posted. */
    public void handle() {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        code = Typed.cut(request.getParameter("code"), 40);
        Optional<Long> id = AppointmentsBacking.id(request.getParameter("id"));
        Client client = clients.of(request);
        String action = request.getParameter("action");
        try {
            mine = id.flatMap(wanted -> appointments.mine(client, code, messages.getLang()).orElse(List.of()).stream()
                    .filter(it -> it.id() == wanted).findFirst()).orElse(null);
            if (mine == null) {
                error = messages.get("AppointmentException.Problem.CODE");
                return;
            }
            if ("ics".equals(action)) {
                calendar();
                return;
            }
            if (!mine.open()) {
                error = messages.get("AppointmentException.Problem.CLOSED");
                return;
            }
            if ("cancel".equals(action)) {
                cancel(client);
            } else if ("move".equals(action)) {
                move(client);
            } else {
                choose(FreeWeek.monday(request.getParameter("week")));
            }
        } catch (AppointmentException refused) {
            error = messages.get("AppointmentException.Problem." + refused.getProblem().name());
        }
    }

    private void cancel(Client client) {
        state = State.CANCEL;
        if (request.getParameter("confirm") == null) {
            error = messages.get("inbox.message.error.confirm");
            errorField = "confirm";
            return;
        }
        appointments.cancel(client, code, mine.id());
        toInbox("appointment.message.cancelled");
    }

    private void move(Client client) {
        Instant start = instant(request.getParameter("time"));
        if (start == null && request.getParameter("time") == null) {
            choose(FreeWeek.monday(request.getParameter("week"))); // another week asked for
            return;
        }
        if (start == null) {
            error = messages.get("AppointmentException.Problem.NOT_A_TIME");
            choose(null);
            return;
        }
        try {
            appointments.move(client, code, mine.id(), start, messages.getLang());
            toInbox("appointment.message.moved");
        } catch (AppointmentException refused) {
            error = messages.get("AppointmentException.Problem." + refused.getProblem().name());
            choose(FreeWeek.monday(start.atZone(Languages.LOCAL_TIME).toLocalDate().toString()));
        }
    }

    private void choose(LocalDate monday) {
        Optional<Appointments.Offer> offer = appointments.service(messages.getLang(), mine.serviceId());
        if (offer.isEmpty()) {
            error = messages.get("AppointmentException.Problem.NOT_OFFERED");
            return;
        }
        week = FreeWeek.of(appointments, offer.get(), mine.placeId(), monday, messages);
        state = State.CHOOSE;
    }

    private void toInbox(String notice) {
        if (!views.seeInbox(messages.getLang(), code, false, notice, null)) {
            // the store of views is full: the inbox without the view (the code is typed again)
            FacesContext context = FacesContext.getCurrentInstance();
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/" + messages.getLang() + "/inbox");
            context.responseComplete();
        }
    }

    private void calendar() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        byte[] body = CalendarFile.of(calendarTitle, mine.start(), mine.end(),
                AppointmentTexts.where(messages, mine.kind(), mine.town())).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"appointment.ics\"");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        context.responseComplete();
    }

    private static Instant instant(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return null;
        }
        try {
            return Instant.parse(typed);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    public String getErrorField() {
        return errorField;
    }

    /** The code, for the hidden fields (a POST body only). */
    public String getCode() {
        return code;
    }

    public AppointmentInboxBacking.Shown getShown() {
        return mine == null ? null : AppointmentInboxBacking.shown(messages, mine);
    }

    public FreeWeek getWeek() {
        return week;
    }
}
