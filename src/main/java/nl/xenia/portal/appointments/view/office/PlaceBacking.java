package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.xenia.portal.appointments.boundary.AppointmentException;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.appointments.entity.PlaceKind;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/place?id= (a place's facts) and office/place without id (a new place): kind, staff's own name, the town the
 * public sees (office and outreach places), the details only a booking's code shows, active. A refused save keeps
 * everything typed.
 */
@Named
@RequestScoped
public class PlaceBacking {

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private Long id;
    private PlaceKind kind = PlaceKind.OFFICE;
    private String name;
    private String town;
    private String details;
    private boolean active = true;

    /** The view action: the place's facts on a first view, or 404 for an unknown id. */
    public void load() {
        if (getId() == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        planning.place(session.getSignedIn(), id).ifPresentOrElse(place -> {
            kind = place.kind();
            name = place.name();
            town = place.town();
            details = place.details();
            active = place.active();
        }, NotFound::answer);
    }

    public void save() {
        try {
            if (getId() == null) {
                id = planning.createPlace(session.getSignedIn(), kind, name, town, details);
                OfficePages.info(messages, "office.place.message.created");
            } else {
                planning.changePlace(session.getSignedIn(), id, kind, name, town, details, active);
                OfficePages.info(messages, "office.place.message.saved");
            }
            OfficePages.done("place", Map.of("id", String.valueOf(id)));
        } catch (AppointmentException refused) {
            PlanningOffice.refused(messages, refused);
        }
    }

    public PlaceKind[] getKinds() {
        return PlaceKind.values();
    }

    /** {@code ?id=}, or on a post the form's hidden field (the form shows "active" only for a place that exists). */
    public Long getId() {
        if (id == null) {
            id = PlanningOffice.number("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
