package nl.xenia.portal.consultations.view.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.consultations.boundary.MemberViews;
import nl.xenia.portal.consultations.view.ConsultationTexts;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.members.view.CurrentMember;

/**
 * {@code /{lang}/members/outcome?id=}: the published outcome of a consultation for members, in three parts: what you
 * said, what we did, what we did not do and why. 404 while there is none.
 */
@Named("memberOutcome")
@RequestScoped
public class MemberOutcomeBacking {

    @Inject
    Consultations consultations;

    @Inject
    CurrentMember currentMember;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private MemberViews.Outcome outcome;
    private String error;

    /** The view action: the outcome asked for. */
    public void handle() {
        SignedInMember member = MemberPages.member(currentMember, messages, request);
        if (member == null) {
            return;
        }
        Optional<Long> id = ConsultationTexts.id(request.getParameter("id"));
        if (id.isEmpty()) {
            NotFound.answer();
            return;
        }
        try {
            outcome = consultations.outcome(member, id.get(), messages.getLang());
            MemberPages.name(request, "members/outcome?id=" + outcome.id());
        } catch (ConsultationException refused) {
            if (refused.getProblem() == ConsultationException.Problem.GONE) {
                NotFound.answer();
            } else {
                error = messages.get("ConsultationException.Problem." + refused.getProblem().name());
            }
        }
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

    /** Why there is nothing to show (the account is gone), or null. */
    public String getError() {
        return error;
    }

    /** The address of the consultation's page. */
    public String getConsultation() {
        return request.getContextPath() + "/" + messages.getLang() + "/members/consultation?id=" + outcome.id();
    }
}
