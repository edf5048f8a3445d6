package nl.xenia.portal.consultations.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.xenia.portal.consultations.boundary.ConsultationDesk;
import nl.xenia.portal.consultations.boundary.StaffViews;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/consultations: every consultation with its title in the office's language, how members answer (anonymously
 * or under their pseudonym), when it opens and closes, where it stands, how many answered and whether the outcome is
 * published; counts only, nobody's answers.
 */
@Named
@RequestScoped
public class OfficeConsultationListBacking {

    /** One consultation in the list, in the office's language. */
    public record Row(long id, String title, String answering, String opens, String closes, String stage,
            long answered, String outcome) {
    }

    @Inject
    ConsultationDesk desk;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    private List<Row> rows;

    /** The consultations, as the boundary orders them. */
    public List<Row> getRows() {
        if (rows == null) {
            String lang = messages.getLang();
            rows = desk.list(session.getSignedIn(), lang).stream().map(row -> row(row, lang)).toList();
        }
        return rows;
    }

    private Row row(StaffViews.Row row, String lang) {
        return new Row(row.id(), row.title(), answering(messages, row.anonymous()),
                ConsultationOffice.moment(lang, row.opensAt()), ConsultationOffice.moment(lang, row.closesAt()),
                ConsultationOffice.stage(messages, row), row.answered(),
                messages.get(row.outcomePublished()
                        ? "office.consultations.outcome.published"
                        : "office.consultations.outcome.none"));
    }

    /** Whether the member may open the participation record (admins only). */
    public boolean isAdmin() {
        return session.getSignedIn() != null && session.getSignedIn().has(Role.ADMIN);
    }

    /** How members answer, in words. */
    static String answering(Messages messages, boolean anonymous) {
        return messages.get(anonymous
                ? "office.consultations.answering.anonymous"
                : "office.consultations.answering.pseudonym");
    }

}
