package nl.xenia.portal.localization.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.RequestLanguage;
import nl.xenia.portal.localization.control.Bundles;

/**
 * The bundle of the request's language for pages: {@code #{msg['home.title']}} for a text,
 * {@code #{msg.format('home.languages', 'count', 5)}} for an ICU pattern with arguments.
 */
@Named("msg")
@RequestScoped
public class Messages extends AbstractMap<String, String> {

    @Inject
    HttpServletRequest request;

    @Inject
    Languages languages;

    private String language;

    /** The request's language code, as in the URL. */
    public String getLang() {
        if (language == null) {
            language = RequestLanguage.of(request, languages);
        }
        return language;
    }

    @Override
    public String get(Object key) {
        return Bundles.text(getLang(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return Bundles.has(getLang(), String.valueOf(key));
    }

    public String format(String key, String name, Object value) {
        return Bundles.format(getLang(), key, Map.of(name, value));
    }

    public String format(String key, String name1, Object value1, String name2, Object value2) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put(name1, value1);
        arguments.put(name2, value2);
        return Bundles.format(getLang(), key, arguments);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
