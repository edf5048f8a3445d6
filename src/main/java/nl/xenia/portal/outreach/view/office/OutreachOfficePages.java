package nl.xenia.portal.outreach.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/** The outreach page of the office (view in office/outreach/), for staff and admins, after the components' pages. */
@ApplicationScoped
public class OutreachOfficePages implements OfficeContribution {

    @Override
    public List<OfficePage> pages() {
        return List.of(OfficePage.at("/office/outreach/outreach.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                .inNavigation("office.nav.outreach", 230));
    }
}
