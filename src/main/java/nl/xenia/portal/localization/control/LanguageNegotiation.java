package nl.xenia.portal.localization.control;

import java.util.List;
import java.util.Locale;

/** Picks the best supported language for an {@code Accept-Language} header. */
public final class LanguageNegotiation {

    private LanguageNegotiation() {
    }

    /**
     * The supported language the header asks for most, or the fallback when it asks for none of
     * them or cannot be read.
     */
    public static String best(List<String> supported, String acceptLanguage, String fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String wanted = range.getRange();
            if ("*".equals(wanted)) {
                return fallback;
            }
            String primary = wanted.split("-", 2)[0].toLowerCase(Locale.ROOT);
            if (supported.contains(primary)) {
                return primary;
            }
        }
        return fallback;
    }
}
