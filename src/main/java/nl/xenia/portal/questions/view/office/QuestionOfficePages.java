package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.xenia.portal.staff.boundary.OfficeContribution;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.staff.entity.Role;

/** The questions component's office pages (views in office/questions/): the inbox, a thread, canned replies, alerts. */
@ApplicationScoped
public class QuestionOfficePages implements OfficeContribution {

    private static final String VIEWS = "/office/questions/";

    @Override
    public List<OfficePage> pages() {
        return List.of(
                OfficePage.at(VIEWS + "questions.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.questions", 100),
                OfficePage.at(VIEWS + "question.xhtml").forRoles(Role.STAFF, Role.ADMIN).showingOneItem()
                        .titled("office.questions.thread.title"),
                OfficePage.at(VIEWS + "replies.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.replies", 110),
                OfficePage.at(VIEWS + "reply.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .titled("office.replies.edit.title"),
                OfficePage.at(VIEWS + "alerts.xhtml").forRoles(Role.STAFF, Role.ADMIN)
                        .inNavigation("office.nav.alerts", 900));
    }
}
