package nl.xenia.portal.info.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/** The information component's office pages (views in office/info/): the pages and the municipalities. */
@ApplicationScoped
public class InfoOfficePages implements OfficeContribution {

    private static final String VIEWS = "/office/info/";

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at(VIEWS + "pages.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.pages", 200).titled("office.info.pages.title"),
                OfficePage.at(VIEWS + "page.xhtml").forRoles(Role.STAFF, Role.ADMIN).showingOneItem()
                        .titled("office.info.page.title"),
                OfficePage.at(VIEWS + "municipalities.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.municipalities", 210).titled("office.info.municipalities.title"),
                OfficePage.at(VIEWS + "municipality.xhtml").forRoles(Role.STAFF, Role.ADMIN).showingOneItem()
                        .titled("office.info.municipality.title"));
    }
}
