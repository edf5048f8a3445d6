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

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at("/office/meetups/meetups.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.meetups", 140),
                OfficePage.at("/office/meetups/meetup.xhtml").forRoles(Role.STAFF, Role.ADMIN),
                OfficePage.at("/office/meetups/meetup-checkin.xhtml").forRoles(Role.STAFF, Role.ADMIN).showingOneItem(),
                OfficePage.at("/office/meetups/meetup-reasons.xhtml").forRoles(Role.STAFF, Role.ADMIN));
    }
}
