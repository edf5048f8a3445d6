package nl.xenia.portal.consultations.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.consultations.boundary.MemberViews;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;

/**
 * {@code /{lang}/outcome?id=}: one outcome that staff made public, in three parts, for anyone; 404 for any other
 * consultation (not published, or published to members only), so the address tells nothing about those.
 */
@Named("publicOutcome")
@RequestScoped
public class PublicOutcomeBacking {

    @Inject
    Consultations consultations;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private MemberViews.Outcome outcome;

    /** The view action: the outcome asked for, or 404. */
    public void handle() {
        Optional<MemberViews.Outcome> found = ConsultationTexts.id(request.getParameter("id"))
                .flatMap(id -> consultations.publicOutcome(id, messages.getLang()));
        if (found.isEmpty()) {
            NotFound.answer();
            return;
        }
        outcome = found.get();
        request.setAttribute(RequestLanguage.PAGE_ATTRIBUTE, "outcome?id=" + outcome.id());
    }

    public MemberViews.Outcome getOutcome() {
        return outcome;
    }

    /** "(in English)" when the outcome is shown in another language than the page's; null otherwise. */
    public String getOtherLanguage() {
        return outcome == null
                ? null
                : ConsultationTexts.otherLanguage(messages, outcome.language(), outcome.fallback());
    }
}
