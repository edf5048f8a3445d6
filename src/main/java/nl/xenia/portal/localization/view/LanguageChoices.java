package nl.xenia.portal.localization.view;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;

/**
 * The languages to choose from where a person or staff name a spoken language (the conversation's, an interpreter's,
 * those spoken at a meetup): the portal's own first, then others people who come to Xenia often speak.
 */
public final class LanguageChoices {

    /** A language to choose: its code (the value sent) and its name in the reader's language. */
    public record Choice(String code, String name) {
    }

    /**
     * Other languages people who come to Xenia often speak, after the portal's own (DESIGN's list of need, then
     * languages of larger groups of migrant workers and newcomers in the Netherlands).
     */
    static final List<String> COMMON = List.of("hu", "pt", "pl", "ru", "uk", "th", "fy", "de", "fr", "it", "lt", "lv",
            "sk", "cs", "sq", "tr", "ar", "fa", "ti", "so", "zh", "vi", "tl", "id", "es");

    private LanguageChoices() {
    }

    /** The portal's languages first, then other common ones, each named as a list names it in the reader's language. */
    public static List<Choice> of(List<String> portal, String reader) {
        Set<String> codes = new LinkedHashSet<>(portal);
        codes.addAll(COMMON);
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(ULocale.forLanguageTag(reader),
                DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU);
        List<Choice> choices = new ArrayList<>();
        for (String code : codes) {
            if (Languages.isLanguageCode(code)) {
                String name = names.languageDisplayName(code);
                choices.add(new Choice(code, name == null || name.isBlank() ? Languages.name(code, reader) : name));
            }
        }
        return choices;
    }
}
