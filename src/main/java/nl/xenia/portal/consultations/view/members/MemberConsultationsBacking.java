package nl.xenia.portal.consultations.view.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.xenia.portal.consultations.boundary.ConsultationException;
import nl.xenia.portal.consultations.boundary.Consultations;
import nl.xenia.portal.consultations.view.ConsultationTexts;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.members.view.CurrentMember;

/**
 * {@code /{lang}/members/consultations}: the consultations published to the sounding board, the open ones first, each
 * with its stage and time, whether answers are anonymous or under the pseudonym, whether the member sent answers, and
 * the outcome when it is published.
 */
@Named("memberConsultations")
@RequestScoped
public class MemberConsultationsBacking {

    @Inject
    Consultations consultations;

    @Inject
    CurrentMember currentMember;

    @Inject
    Messages messages;

    @Inject
    HttpServletRequest request;

    private List<ConsultationTexts.Row> rows = List.of();
    private String error;

    /** The view action: the member's list. */
    public void handle() {
        SignedInMember member = MemberPages.member(currentMember, messages, request);
        if (member == null) {
            return;
        }
        try {
            rows = consultations.forMember(member, messages.getLang()).stream()
                    .map(listed -> ConsultationTexts.row(messages, listed)).toList();
        } catch (ConsultationException refused) {
            error = messages.get("ConsultationException.Problem." + refused.getProblem().name());
        }
    }

    public List<ConsultationTexts.Row> getRows() {
        return rows;
    }

    /** Why there is no list (the account is gone), or null. */
    public String getError() {
        return error;
    }

    /** The address of a consultation's page. */
    public String consultation(long id) {
        return request.getContextPath() + "/" + messages.getLang() + "/members/consultation?id=" + id;
    }

    /** The address of a consultation's outcome. */
    public String outcome(long id) {
        return request.getContextPath() + "/" + messages.getLang() + "/members/outcome?id=" + id;
    }
}
