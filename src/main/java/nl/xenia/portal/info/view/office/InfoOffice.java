package nl.xenia.portal.info.view.office;

import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.staff.view.office.OfficePages;

/** What the information office beans share: a refusal in words. */
final class InfoOffice {

    private InfoOffice() {
    }

    /** The refusal's label; one about a language's text names the language ("… in het Roemeens …"). */
    static void refused(Messages messages, InfoException refused) {
        String key = "InfoException.Problem." + refused.getProblem().name();
        OfficePages.errorText(refused.getLanguage() == null
                ? messages.get(key)
                : messages.format(key, "language", Languages.name(refused.getLanguage(), messages.getLang())));
    }
}
