package nl.xenia.portal.localization.boundary;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * A moment as people in Fryslân read it (Europe/Amsterdam): weekday, day, month and time, without
     * seconds ("ma 1 dec. 14:05", "lun. 1 dec. 14:05"); the year only when it is not this year's.
     */
    public static String dateTime(String language, Instant when) {
        return format(language, when, "EEEdMMMHHmm");
    }

    /** A day as people in Fryslân read it: weekday, day and month ("ma 1 dec."), the year when not this one. */
    public static String date(String language, Instant when) {
        return format(language, when, "EEEdMMM");
    }

    /** A day as a heading: the weekday in full, day and month ("dinsdag 2 juni", "вторник, 2 юни"). */
    public static String day(String language, java.time.LocalDate day) {
        return format(language, day.atStartOfDay(LOCAL_TIME).toInstant(), "EEEEdMMMM");
    }

    /** A time of day as the language writes it, in Europe/Amsterdam ("14:05"). */
    public static String time(String language, Instant when) {
        return format(language, when, "HHmm");
    }

    /** The best pattern per language, skeleton and year or not: worked out once (ICU's generator is slow). */
    private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

    private static String format(String language, Instant when, String skeleton) {
        ZonedDateTime local = when.atZone(LOCAL_TIME);
        boolean thisYear = local.getYear() == ZonedDateTime.now(LOCAL_TIME).getYear();
        ULocale locale = ULocale.forLanguageTag(language);
        String pattern = PATTERNS.computeIfAbsent(language + "|" + skeleton + "|" + thisYear,
                key -> DateTimePatternGenerator.getInstance(locale)
                        .getBestPattern(thisYear ? skeleton : skeleton.replace("MMM", "yMMM")));
        DateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(TimeZone.getTimeZone(LOCAL_TIME.getId()));
        return format.format(Date.from(when));
    }

    /**
     * The name of a language in another one, as that language writes it in the middle of a sentence
     * ("Roemeens" in Dutch, "engleză" in Romanian, "английски" in Bulgarian); the code when ICU has no name.
     */
    public static String name(String code, String inLanguage) {
        String name = LocaleDisplayNames.getInstance(ULocale.forLanguageTag(inLanguage),
                DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE).languageDisplayName(code);
        return name == null || name.isBlank() ? code : name;
    }

    /** A language people may speak or want an interpreter for: any two- or three-letter ISO code ICU has a name for. */
    public static boolean isLanguageCode(String code) {
        return code != null && code.matches("[a-z]{2,3}") && !name(code, "en").equals(code);
    }

    /** The best supported language for an {@code Accept-Language} header. */
    public String best(String acceptLanguage) {
        return LanguageNegotiation.best(codes(), acceptLanguage, defaultCode);
    }
}
