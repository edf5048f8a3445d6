package nl.xenia.portal.localization.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which language's text to show of texts kept per language: the reader's, else English, else Dutch, else the first there
 * is. The one place for this order (the older components still spell it out in their entities: meetups, appointments,
 * info; they should call this).
 */
public final class TextLanguages {

    private static final List<String> FALLBACK = List.of("en", "nl");

    private TextLanguages() {
    }

    /** The language to show of the texts at hand, or empty when there is none. */
    public static <T> Optional<String> languageFor(Map<String, T> texts, String language) {
        if (texts.containsKey(language)) {
            return Optional.of(language);
        }
        for (String fallback : FALLBACK) {
            if (texts.containsKey(fallback)) {
                return Optional.of(fallback);
            }
        }
        return texts.keySet().stream().sorted().findFirst();
    }

    public static <T> T pick(Map<String, T> texts, String language) {
        return languageFor(texts, language).map(texts::get).orElse(null);
    }
}
