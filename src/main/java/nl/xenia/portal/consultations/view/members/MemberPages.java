package nl.xenia.portal.consultations.view.members;

import jakarta.servlet.http.HttpServletRequest;
import nl.xenia.portal.consultations.view.ConsultationTexts;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.SignedInMember;
import nl.xenia.portal.members.view.CurrentMember;

/** What the members' consultation pages do alike: find the signed-in member, name the page for other languages. */
final class MemberPages {

    private MemberPages() {
    }

    /**
     * The member the members' guard found for this request; when there is none (the guard should not have let the
     * request through), a 303 to the members' area, and null.
     */
    static SignedInMember member(CurrentMember current, Messages messages, HttpServletRequest request) {
        SignedInMember member = current.get();
        if (member == null) {
            ConsultationTexts.seeOther(request.getContextPath(), "/" + messages.getLang() + "/members");
        }
        return member;
    }

    /** The page's address after {@code /{lang}/}, so canonical, hreflang and the language picker keep the id. */
    static void name(HttpServletRequest request, String page) {
        request.setAttribute(RequestLanguage.PAGE_ATTRIBUTE, page);
    }
}
