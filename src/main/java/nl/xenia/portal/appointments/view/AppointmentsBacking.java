package nl.xenia.portal.appointments.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.Appointments;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;

/**
 * {@code /{lang}/appointments}: the services that can be booked, then (GET parameters, ids and dates only:
 * {@code ?service=&place=&week=YYYY-MM-DD}) the places of one, then a week of its free times at a place. A free time
 * is a button of a plain form that posts to {@code /{lang}/book}. No cookie, no script.
 */
@Named("appointmentsPage")
@RequestScoped
public class AppointmentsBacking {

    /** Where the page is. */
    public enum State {
        LIST, PLACES, WEEK, UNAVAILABLE
    }

    /** A service as listed: the offer, where it is (towns or kinds), and the mark of a text in another language. */
    public record Row(Appointments.Offer offer, String where, String duration, String otherLanguage) {
    }

    @Inject
    Appointments appointments;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private State state = State.LIST;
    private String error;
    private Row service;
    private Appointments.PublicPlace place;
    private FreeWeek week;

    /** The view action: reads the GET parameters and prepares the step they name. */
    public void handle() {
        if (!appointments.isOpen()) {
            state = State.UNAVAILABLE;
            return;
        }
        String serviceId = request.getParameter("service");
        if (serviceId == null) {
            return;
        }
        Optional<Appointments.Offer> offer = id(serviceId).flatMap(id -> appointments.service(messages.getLang(), id));
        if (offer.isEmpty()) {
            error = messages.get("AppointmentException.Problem.NOT_OFFERED");
            return;
        }
        service = row(offer.get());
        List<Appointments.PublicPlace> places = offer.get().places();
        String placeId = request.getParameter("place");
        if (placeId == null && places.size() > 1) {
            state = State.PLACES;
            return;
        }
        Optional<Appointments.PublicPlace> chosen = placeId == null
                ? Optional.of(places.get(0))
                : id(placeId).flatMap(id -> places.stream().filter(it -> it.id() == id).findFirst());
        if (chosen.isEmpty()) {
            state = State.PLACES;
            error = messages.get("AppointmentException.Problem.NOT_OFFERED");
            return;
        }
        place = chosen.get();
        String typedWeek = request.getParameter("week");
        LocalDate monday = FreeWeek.monday(typedWeek);
        try {
            week = FreeWeek.of(appointments, offer.get(), place.id(), monday, messages);
            state = State.WEEK;
            if (typedWeek != null && (monday == null || !monday.equals(week.monday()))) {
                error = messages.get("appointments.week.outside");
            }
        } catch (AppointmentException refused) {
            error = messages.get("AppointmentException.Problem." + refused.getProblem().name());
            state = State.LIST;
        }
    }

    public State getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    public List<Row> getServices() {
        return appointments.services(messages.getLang()).stream().map(this::row).toList();
    }

    public Row getService() {
        return service;
    }

    public Appointments.PublicPlace getPlace() {
        return place;
    }

    public FreeWeek getWeek() {
        return week;
    }

    /** A place as the public reads it: its town, or its kind ("by phone"). */
    public String placeName(Appointments.PublicPlace place) {
        return AppointmentTexts.where(messages, place.kind(), place.town());
    }

    /** The address of a step of this page: ids and a date only. */
    public String href(Long serviceId, Long placeId, LocalDate week) {
        StringBuilder href = new StringBuilder(request.getContextPath()).append('/').append(messages.getLang())
                .append("/appointments");
        if (serviceId != null) {
            href.append("?service=").append(serviceId);
            if (placeId != null) {
                href.append("&place=").append(placeId);
            }
            if (week != null) {
                href.append("&week=").append(week);
            }
        }
        return href.toString();
    }

    private Row row(Appointments.Offer offer) {
        String where = offer.places().stream().map(this::placeName).distinct().collect(Collectors.joining(", "));
        String other = offer.textLanguage().equals(messages.getLang())
                ? null
                : messages.format("appointments.language.other", "language",
                        Languages.name(offer.textLanguage(), messages.getLang()));
        return new Row(offer, where, messages.format("appointments.duration", "minutes", offer.minutes()), other);
    }

    static Optional<Long> id(String typed) {
        if (typed == null || typed.isEmpty() || typed.length() > 18 || !typed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }
}
