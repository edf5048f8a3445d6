package nl.xenia.portal.localization.boundary;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.localization.control.LanguageNegotiation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The languages the portal speaks, in order of need. Adding a language means adding its bundle
 * file to {@code i18n/} and its code to {@code xenia.languages}.
 */
@ApplicationScoped
public class Languages {

    /** The key every bundle has for the language's own name of itself. */
    public static final String ENDONYM_KEY = "general.language.endonym";
    /** The portal's time zone: where Xenia and the people it serves are. */
    public static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Amsterdam");

    @Inject
    @ConfigProperty(name = "xenia.languages")
    List<String> codes;

    @Inject
    @ConfigProperty(name = "xenia.languages.default", defaultValue = "en")
    String defaultCode;

    private List<Language> all;

    /** A supported language: its code (as in URLs) and its own name for itself. */
    public record Language(String code, String endonym) {
    }

    @PostConstruct
    void load() {
        all = codes.stream().map(code -> code.trim().toLowerCase(Locale.ROOT))
                .map(code -> new Language(code, Bundles.text(code, ENDONYM_KEY))).toList();
        if (!isSupported(defaultCode)) {
            throw new IllegalStateException("xenia.languages.default is not one of xenia.languages");
        }
    }

    public List<Language> all() {
        return all;
    }

    public List<String> codes() {
        return all.stream().map(Language::code).toList();
    }

    public boolean isSupported(String code) {
        return code != null && all.stream().anyMatch(language -> language.code().equals(code));
    }

    /** A text of a language's bundle, its ICU pattern filled in with named arguments. */
    public String format(String language, String key, Map<String, Object> arguments) {
        return Bundles.format(language, key, arguments);
    }

    /** A moment as people in Fryslân read it (Europe/Amsterdam), in a language's medium style. */
    public static String dateTime(String language, Instant when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(language))
                .withZone(LOCAL_TIME).format(when);
    }

    /**
     * A language's name in the reader's language, as it is written in the middle of a sentence there:
     * lower case where that language wants it ("română", "английски", "inglés"), capitalised where it
     * does not ("Roemeens", "Romanian"). Null when ICU knows no name for the code.
     */
    public static String nameIn(String code, String reader) {
        String name = LocaleDisplayNames
                .getInstance(ULocale.forLanguageTag(reader), DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE,
                        DisplayContext.NO_SUBSTITUTE)
                .languageDisplayName(code);
        return name == null || name.isEmpty() || name.equals(code) ? null : name;
    }

    /** A language's name in the reader's language for use mid-sentence, else its own name, else its code. */
    public String name(String code, String reader) {
        String name = nameIn(code, reader);
        return name != null
                ? name
                : all.stream().filter(language -> language.code().equals(code)).map(Language::endonym).findFirst()
                        .orElse(code);
    }

    /** The best supported language for an {@code Accept-Language} header. */
    public String best(String acceptLanguage) {
        return LanguageNegotiation.best(codes(), acceptLanguage, defaultCode);
    }
}
