package nl.xenia.portal.consultations.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which language's text to show: the reader's, else English, else Dutch, else the first there is. */
public final class Texts {

    private static final List<String> FALLBACK = List.of("en", "nl");

    private Texts() {
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
