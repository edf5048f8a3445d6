package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/**
 * The consultations' office pages (views in office/consultations/): the list (in the navigation), one consultation to
 * write (a new one without an id), its sessions with who came, its results (open answers opened there, so like every
 * role page it needs the organisation's key), its outcome, and the participation record for the volunteer fee, which
 * only admins see.
 */
@ApplicationScoped
public class ConsultationOfficePages implements OfficeContribution {

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at("/office/consultations/consultations.xhtml")
                        .forRoles(Role.STAFF, Role.ADMIN, Role.COORDINATOR)
                        .inNavigation("office.nav.consultations", 150),
                OfficePage.at("/office/consultations/consultation.xhtml").forRoles(Role.STAFF, Role.ADMIN,
                        Role.COORDINATOR),
                OfficePage.at("/office/consultations/consultation-sessions.xhtml")
                        .forRoles(Role.STAFF, Role.ADMIN, Role.COORDINATOR).showingOneItem(),
                OfficePage.at("/office/consultations/consultation-results.xhtml")
                        .forRoles(Role.STAFF, Role.ADMIN, Role.COORDINATOR).showingOneItem(),
                OfficePage.at("/office/consultations/consultation-outcome.xhtml")
                        .forRoles(Role.STAFF, Role.ADMIN, Role.COORDINATOR).showingOneItem(),
                OfficePage.at("/office/consultations/participation.xhtml").forRoles(Role.ADMIN));
    }
}
