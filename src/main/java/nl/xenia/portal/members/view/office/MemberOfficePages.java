package nl.xenia.portal.members.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/**
 * The sounding board's office pages (views in office/members/), for admins and coordinators: the members with new
 * invitations and re-invitations (in the navigation), the invitation just made (printable), and removing a member
 * (asked first on a page of its own).
 */
@ApplicationScoped
public class MemberOfficePages implements OfficeContribution {

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at("/office/members/members.xhtml").forRoles(Role.ADMIN, Role.COORDINATOR)
                        .inNavigation("office.nav.members", 160),
                OfficePage.at("/office/members/member-invitation.xhtml").forRoles(Role.ADMIN, Role.COORDINATOR),
                OfficePage.at("/office/members/member-remove.xhtml").forRoles(Role.ADMIN, Role.COORDINATOR)
                        .showingOneItem());
    }
}
