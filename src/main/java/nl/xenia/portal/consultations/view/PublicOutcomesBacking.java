package nl.xenia.portal.consultations.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.consultations.boundary.MemberViews;
import nl.xenia.portal.localization.view.Messages;

/**
 * {@code /{lang}/outcomes}: the outcomes of consultations that staff made public, newest first, for anyone: no
 * sign-in, no cookie, no script.
 */
@Named("publicOutcomes")
@RequestScoped
public class PublicOutcomesBacking {

    @Inject
    Consultations consultations;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private List<MemberViews.Listed> outcomes = List.of();

    /** The view action: the list. */
    public void handle() {
        outcomes = consultations.publicOutcomes(messages.getLang());
    }

    public List<MemberViews.Listed> getOutcomes() {
        return outcomes;
    }

    /** When the consultation closed, in the reader's language. */
    public String closed(MemberViews.Listed listed) {
        return messages.format("outcomes.closed", "when", ConsultationTexts.moment(messages, listed.closesAt()));
    }

    /** The address of one outcome. */
    public String outcome(long id) {
        return request.getContextPath() + "/" + messages.getLang() + "/outcome?id=" + id;
    }
}
