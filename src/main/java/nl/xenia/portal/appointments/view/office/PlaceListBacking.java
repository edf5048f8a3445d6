package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.xenia.portal.appointments.boundary.AppointmentPlanning;
import nl.xenia.portal.staff.view.office.OfficeSession;

/** office/places: every place appointments happen at, active ones first, linked to its page. */
@Named
@RequestScoped
public class PlaceListBacking {

    @Inject
    AppointmentPlanning planning;

    @Inject
    OfficeSession session;

    private List<AppointmentPlanning.PlaceFacts> places;

    public List<AppointmentPlanning.PlaceFacts> getPlaces() {
        if (places == null) {
            places = planning.places(session.getSignedIn());
        }
        return places;
    }
}
