package nl.xenia.portal.questions.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.xenia.portal.info.boundary.InfoPages;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.questions.boundary.QuestionInbox;
import nl.xenia.portal.staff.view.office.OfficeSession;

/** office/questions: the list of threads (no content); one thread is {@link QuestionBacking}'s. */
@Named
@RequestScoped
public class QuestionInboxBacking {

    @Inject
    QuestionInbox inbox;

    @Inject
    OfficeSession session;

    @Inject
    InfoPages info;

    @Inject
    Messages messages;

    private List<QuestionInbox.Row> rows;
    private Map<Long, String> municipalities;

    public List<QuestionInbox.Row> getRows() {
        if (rows == null) {
            rows = inbox.threads(session.getSignedIn());
        }
        return rows;
    }

    /** Municipality names by id, for the list (read once per request, not once per row). */
    public Map<Long, String> getMunicipalities() {
        if (municipalities == null) {
            municipalities = info.municipalities(messages.getLang()).stream()
                    .collect(Collectors.toMap(InfoPages.MunicipalityRow::id, InfoPages.MunicipalityRow::name));
        }
        return municipalities;
    }

    /** A moment the office's way (Europe/Amsterdam). */
    public String when(java.time.Instant at) {
        return Languages.dateTime(messages.getLang(), at);
    }
}
