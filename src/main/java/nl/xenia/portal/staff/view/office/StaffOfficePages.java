package nl.xenia.portal.staff.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/** The office's own pages: signing in, the dashboard, one's password, and the admins' staff and audit pages. */
@ApplicationScoped
public class StaffOfficePages implements OfficeContribution {

    @Override
    public List<OfficePage> pages() {
        return List.of(OfficePage.at("/office/setup.xhtml").untilFirstAdmin(), OfficePage.at("/office/login.xhtml"),
                OfficePage.at("/office/activate.xhtml"), OfficePage.at("/office/recover.xhtml"),
                OfficePage.at("/office/second-factor.xhtml").duringLogin(),
                OfficePage.at("/office/enrol.xhtml").duringLogin(),
                // reachable by address: where a member lands, and where a page without its token sends them
                OfficePage.at("/office/dashboard.xhtml").forMembers().inNavigation("office.nav.dashboard", 0),
                OfficePage.at("/office/password.xhtml").forMembers()
                        .inNavigation("office.nav.password", 1000),
                OfficePage.at("/office/staff.xhtml").forRoles(Role.ADMIN).inNavigation("office.nav.staff", 800),
                OfficePage.at("/office/member.xhtml").forRoles(Role.ADMIN).showingOneItem()
                        .titled("office.member.title"),
                OfficePage.at("/office/audit.xhtml").forRoles(Role.ADMIN).inNavigation("office.nav.audit", 810));
    }
}
