package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/**
 * The appointments component's office pages (views in office/appointments/): services (in the navigation), a service
 * with its texts, places, weekly hours and day changes, places, a place, cancellation reasons.
 */
@ApplicationScoped
public class AppointmentOfficePages implements OfficeContribution {

    private static final String VIEWS = "/office/appointments/";

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at(VIEWS + "services.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.services", 130),
                OfficePage.at(VIEWS + "service.xhtml").forRoles(Role.STAFF, Role.ADMIN).showingOneItem(),
                OfficePage.at(VIEWS + "places.xhtml").forRoles(Role.STAFF, Role.ADMIN),
                OfficePage.at(VIEWS + "place.xhtml").forRoles(Role.STAFF, Role.ADMIN),
                OfficePage.at(VIEWS + "reasons.xhtml").forRoles(Role.STAFF, Role.ADMIN));
    }
}
