package nl.xenia.portal.appointments.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/**
 * The appointments' desk pages (views in office/appointments/): the calendar of appointments, one appointment, and
 * booking on behalf of someone. The planning pages (services, places, hours, reasons) are contributed apart.
 */
@ApplicationScoped
public class AppointmentDeskPages implements OfficeContribution {

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at("/office/appointments/calendar.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.appointments", 120).titled("office.appointments.title"),
                OfficePage.at("/office/appointments/appointment.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .showingOneItem()
                        .titled("office.appointment.title"),
                OfficePage.at("/office/appointments/book-for.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .titled("office.bookFor.title"));
    }
}
