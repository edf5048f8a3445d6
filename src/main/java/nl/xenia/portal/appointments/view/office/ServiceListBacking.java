package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/services: every service with its name in the office's language (else English, Dutch), its duration, capacity,
 * places and state; and a new service (a name in one language and a duration; switched off until staff switch it on,
 * so nobody books it half planned). A refused creation keeps what was typed.
 */
@Named
@RequestScoped
public class ServiceListBacking {

    /** A new service's settings until staff change them: 2 hours' notice, 8 weeks ahead, one person, confirm first. */
    static final AppointmentPlanning.Settings NEW = new AppointmentPlanning.Settings(45, 0, 120, 56, 1, false, true,
            false);

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private List<AppointmentPlanning.ServiceRow> services;
    private Map<Long, String> placeNames;
    private String language;
    private String name;
    private Integer duration = NEW.durationMinutes();

    public List<AppointmentPlanning.ServiceRow> getServices() {
        if (services == null) {
            services = planning.services(session.getSignedIn(), messages.getLang());
        }
        return services;
    }

    /** The names of a service's places, joined ("Leeuwarden office, By phone"). */
    public String placesOf(AppointmentPlanning.ServiceRow row) {
        if (placeNames == null) {
            placeNames = planning.places(session.getSignedIn()).stream()
                    .collect(
                            Collectors.toMap(AppointmentPlanning.PlaceFacts::id, AppointmentPlanning.PlaceFacts::name));
        }
        return row.placeIds().stream().map(placeNames::get).filter(java.util.Objects::nonNull).sorted()
                .collect(Collectors.joining(", "));
    }

    public void create() {
        try {
            int minutes = duration == null ? 0 : duration;
            long id = planning.createService(session.getSignedIn(), new AppointmentPlanning.Settings(minutes,
                    NEW.pauseMinutes(), NEW.minNoticeMinutes(), NEW.horizonDays(), NEW.capacity(), NEW.interpreter(),
                    NEW.confirmFirst(), NEW.active()), getLanguage(),
                    new AppointmentPlanning.Text(name, "", ""));
            OfficePages.info(messages, "office.services.message.created");
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id", String.valueOf(id));
            query.put("text", getLanguage());
            OfficePages.done("service", query);
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    /** When the name is not in the office's language, the language it is in: "(Engels)"; else nothing. */
    public String fallbackOf(AppointmentPlanning.ServiceRow row) {
        return row.nameLanguage() == null || row.nameLanguage().equals(messages.getLang())
                ? ""
                : "(" + Languages.name(row.nameLanguage(), messages.getLang()) + ")";
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    public String getLanguage() {
        return language == null ? messages.getLang() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }
}
