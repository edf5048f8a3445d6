package nl.xenia.portal.appointments.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.LanguageChoices;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.view.Typed;

/**
 * {@code /{lang}/book}: after a free time was chosen (a POST from the week of free times), the few details a booking
 * takes, then the booking, the receipt code shown once with a required "I have written it down" step (or, when the
 * code of an earlier question or booking was given, the word that the appointment joined it), with the appointment's
 * date, time, place and what to bring. Everything typed travels only in POST bodies and survives every refusal; when
 * the time was just taken (or is no longer a time), the week's free times are offered again with what was typed
 * carried along in hidden fields.
 */
@Named("book")
@RequestScoped
public class BookBacking {

    /** The fields a person types, carried through every step. */
    public static final List<String> TYPED = List.of("nickname", "language", "interpreter", "note", "mail",
            "earlier");

    /** Where the page is. */
    public enum State {
        NOTHING, CHOOSE, DETAILS, RECEIPT, JOINED, DONE, UNAVAILABLE
    }

    @Inject
    Appointments appointments;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    @Inject
    Secrets secrets;

    @Inject
    Clients clients;

    @Inject
    HttpServletRequest request;

    private State state = State.NOTHING;
    private String error;
    private String errorField;
    private Appointments.Offer offer;
    private Appointments.PublicPlace place;
    private Instant start;
    private FreeWeek week;
    private String formToken;
    private String code;
    private Appointments.Mine booked;

    /** The view action: the step posted (a time chosen, the booking, the code written down). */
    public void handle() {
        if (!appointments.isOpen()) {
            state = State.UNAVAILABLE;
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String step = request.getParameter("step");
        if ("saved".equals(step)) {
            code = Typed.cut(request.getParameter("code"), 40);
            boolean saved = request.getParameter("saved") != null;
            state = saved ? State.DONE : State.RECEIPT;
            error = saved ? null : messages.get("ask.receipt.message.confirm");
            errorField = saved ? null : "saved";
            return;
        }
        if (!offered()) {
            return;
        }
        formToken = request.getParameter("token");
        if (formToken == null || formToken.isBlank() || formToken.length() > 64) {
            formToken = secrets.newCode(128);
        }
        String chosen = request.getParameter("time");
        start = instant(chosen);
        if ("book".equals(step) && start != null) {
            book();
        } else if (start != null && isFree(start)) {
            state = State.DETAILS;
        } else {
            if (chosen != null) {
                error = messages.get("AppointmentException.Problem.NOT_A_TIME");
            }
            choose(start == null ? FreeWeek.monday(request.getParameter("week")) : monday(start));
        }
    }

    private void book() {
        try {
            Appointments.Booked done = appointments.book(clients.of(request),
                    new Appointments.Request(offer.id(), place.id(), start, request.getParameter("nickname"),
                            request.getParameter("language"), interpreterLanguage(), request.getParameter("note"),
                            request.getParameter("mail"), request.getParameter("earlier"), formToken,
                            messages.getLang()));
            booked = done.appointment();
            code = done.code();
            state = code == null ? State.JOINED : State.RECEIPT;
            if (code == null) {
                code = Typed.cut(request.getParameter("earlier"), 40);
            }
        } catch (AppointmentException refused) {
            String problem = refused.getProblem().name();
            switch (refused.getProblem()) {
                case TAKEN, NOT_A_TIME -> {
                    error = messages.get("AppointmentException.Problem." + problem);
                    choose(monday(start));
                    return;
                }
                case LONG, CHARACTERS, LANGUAGE -> errorField = refused.getField();
                case MAIL -> errorField = "mail";
                case CODE, TOO_MANY -> errorField = "earlier";
                default -> errorField = null;
            }
            error = messages.format("AppointmentException.Problem." + problem, "max",
                    "nickname".equals(errorField) ? Appointments.MAX_NICKNAME : Appointments.MAX_NOTE);
            state = State.DETAILS;
        }
    }

    /** The service and place posted, as they can be booked now; otherwise says so and shows nothing else. */
    private boolean offered() {
        Optional<Appointments.Offer> found = AppointmentsBacking.id(request.getParameter("service"))
                .flatMap(id -> appointments.service(messages.getLang(), id));
        Optional<Appointments.PublicPlace> at = found.flatMap(it -> AppointmentsBacking
                .id(request.getParameter("place"))
                .flatMap(id -> it.places().stream().filter(candidate -> candidate.id() == id).findFirst()));
        if (at.isEmpty()) {
            error = messages.get("AppointmentException.Problem.NOT_OFFERED");
            // a booking that can no longer be made keeps what was typed on the page
            state = "book".equals(request.getParameter("step")) ? State.DETAILS : State.NOTHING;
            formToken = request.getParameter("token");
            start = instant(request.getParameter("time"));
            offer = found.orElse(null);
            return false;
        }
        offer = found.get();
        place = at.get();
        return true;
    }

    private void choose(LocalDate monday) {
        try {
            week = FreeWeek.of(appointments, offer, place.id(), monday, messages);
            state = State.CHOOSE;
        } catch (AppointmentException refused) {
            error = messages.get("AppointmentException.Problem." + refused.getProblem().name());
            state = State.NOTHING;
        }
    }

    private boolean isFree(Instant time) {
        LocalDate day = time.atZone(Languages.LOCAL_TIME).toLocalDate();
        try {
            return appointments.freeTimes(offer.id(), place.id(), day, day).stream()
                    .anyMatch(free -> free.start().equals(time));
        } catch (AppointmentException refused) {
            return false;
        }
    }

    /** The interpreter's language, only when the service can arrange one. */
    private String interpreterLanguage() {
        return offer.interpreter() ? request.getParameter("interpreter") : null;
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

    private static LocalDate monday(Instant time) {
        return FreeWeek.monday(time.atZone(Languages.LOCAL_TIME).toLocalDate().toString());
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    /** The field the error is about, or null for the page as a whole. */
    public String getErrorField() {
        return errorField;
    }

    public Appointments.Offer getOffer() {
        return offer;
    }

    public Appointments.PublicPlace getPlace() {
        return place;
    }

    public String getPlaceName() {
        return place == null ? null : AppointmentTexts.where(messages, place.kind(), place.town());
    }

    /** The chosen time as sent back in the form. */
    public String getTime() {
        return start == null ? null : start.toString();
    }

    /** The chosen time, as the reader reads it. */
    public String getWhen() {
        return start == null ? null : AppointmentInboxBacking.when(messages, start);
    }

    public FreeWeek getWeek() {
        return week;
    }

    public String getFormToken() {
        return formToken;
    }

    /** The receipt code (a new one to show once, or the earlier code the appointment joined). */
    public String getCode() {
        return code;
    }

    public Appointments.Mine getBooked() {
        return booked;
    }

    /** The booked appointment as the inbox shows it. */
    public AppointmentInboxBacking.Shown getShown() {
        return booked == null ? null : AppointmentInboxBacking.shown(messages, booked);
    }

    /** What was typed, given back: never more than twice what the field takes (an over-long text stays to be cut). */
    public String typed(String field) {
        String value = "POST".equals(request.getMethod()) ? request.getParameter(field) : null;
        if (value == null && "language".equals(field)) {
            return messages.getLang();
        }
        return Typed.cut(value, "note".equals(field)
                ? 2 * Appointments.MAX_NOTE
                : "nickname".equals(field) ? 2 * Appointments.MAX_NICKNAME : Appointments.MAX_MAIL);
    }

    public List<LanguageChoices.Choice> getLanguages() {
        return LanguageChoices.of(languages.codes(), messages.getLang());
    }

    public List<String> getTypedFields() {
        return TYPED;
    }

    public int getMaxNickname() {
        return Appointments.MAX_NICKNAME;
    }

    public int getMaxNote() {
        return Appointments.MAX_NOTE;
    }

    public int getMaxMail() {
        return Appointments.MAX_MAIL;
    }
}
