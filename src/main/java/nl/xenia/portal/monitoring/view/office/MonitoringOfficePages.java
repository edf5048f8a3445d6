package nl.xenia.portal.monitoring.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/**
 * Monitoring's office page (view in office/monitoring/): the figures of a year or quarter with their downloads, for
 * admins and the read-only REPORTING role. It shows counts only, nothing sealed, so it never needs the organisation's
 * key; its navigation entry stands after every component's pages, before the office's own (staff, activity log).
 */
@ApplicationScoped
public class MonitoringOfficePages implements OfficeContribution {

    @Override
    public List<OfficePage> pages() {
        return List.of(OfficePage.at("/office/monitoring/monitoring.xhtml").forRolesWithoutKey(Role.ADMIN,
                Role.REPORTING).inNavigation("office.nav.monitoring", 700));
    }
}
