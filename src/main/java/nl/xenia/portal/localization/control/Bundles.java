package nl.xenia.portal.localization.control;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The language bundles in {@code i18n/messages_<lang>.properties} (UTF-8), each value an ICU
 * message pattern. Parsed patterns are cached; formatting is thread-safe.
 */
public final class Bundles {

    public static final String BASE_NAME = "i18n.messages";

    private static final Logger LOG = Logger.getLogger(Bundles.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /** The bundle of one language, without falling back to another language. */
    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BASE_NAME, Locale.forLanguageTag(language),
                Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of a key without arguments. */
    public static String text(String language, String key) {
        return format(language, key, Map.of());
    }

    /** The text of a key, its ICU pattern filled in with named arguments. */
    public static String format(String language, String key, Map<String, Object> arguments) {
        MessageFormat pattern = pattern(language, key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        synchronized (pattern) {
            return pattern.format(arguments);
        }
    }

    /** Whether a language's bundle has the key. */
    public static boolean has(String language, String key) {
        return bundle(language).containsKey(key);
    }

    private static MessageFormat pattern(String language, String key) {
        String cacheKey = language + '\u0000' + key;
        MessageFormat cached = PATTERNS.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String source;
        try {
            source = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            LOG.warning(() -> "Missing bundle key " + key + " for language " + language);
            return null;
        }
        MessageFormat parsed = new MessageFormat(source, Locale.forLanguageTag(language));
        PATTERNS.putIfAbsent(cacheKey, parsed);
        return PATTERNS.get(cacheKey);
    }
}
