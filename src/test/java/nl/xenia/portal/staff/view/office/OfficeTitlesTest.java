package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.TreeMap;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.testing.OfficeMap;
import org.junit.jupiter.api.Test;

/** Every office page has a title of its own in each office language, so tabs and history tell pages apart. */
class OfficeTitlesTest {

    @Test
    void everyOfficePageHasADistinctTitle() {
        for (String language : new String[]{"nl", "en"}) {
            Map<String, String> pageByTitle = new TreeMap<>();
            for (OfficePage page : OfficeMap.pages().values()) {
                String title = Bundles.text(language, page.titleKey());
                assertFalse(title == null || title.isBlank() || title.startsWith("???"),
                        "expected a " + language + " title for office page " + page.name() + " (" + page.titleKey()
                                + ")");
                String other = pageByTitle.put(title, page.name());
                assertEquals(null, other, "expected office pages " + other + " and " + page.name()
                        + " to have different " + language + " titles, both are '" + title + "'");
            }
        }
    }
}
