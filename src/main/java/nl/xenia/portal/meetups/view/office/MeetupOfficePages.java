package nl.xenia.portal.meetups.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/**
 * The meetups' office pages (views in office/meetups/): the list (in the navigation), one meetup (a new one without an
 * id), its printable check-in list, and the reasons for cancelling or moving.
 */
@ApplicationScoped
public class MeetupOfficePages implements OfficeContribution {

    private static final String VIEWS = "/office/meetups/";

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at(VIEWS + "meetups.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.meetups", 140),
                OfficePage.at(VIEWS + "meetup.xhtml").forRoles(Role.STAFF, Role.ADMIN),
                OfficePage.at(VIEWS + "meetup-checkin.xhtml").forRoles(Role.STAFF, Role.ADMIN).showingOneItem(),
                OfficePage.at(VIEWS + "meetup-reasons.xhtml").forRoles(Role.STAFF, Role.ADMIN));
    }
}
