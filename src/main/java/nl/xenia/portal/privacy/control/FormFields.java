package nl.xenia.portal.privacy.control;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code application/x-www-form-urlencoded} text (a form body or a query string) strictly:
 * a malformed escape or too many fields is an {@link Unreadable} answer, never a server error, and
 * what was sent appears in no exception message.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The text cannot be read as form fields; the message names the reason only, never the content. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Adds the fields of {@code text} (may be null or empty) to {@code fields}, in order.
     *
     * @throws Unreadable on a malformed escape or when the fields together would be more than {@code maxFields}
     */
    public static void parse(String text, Charset charset, int maxFields, Map<String, List<String>> fields)
            throws Unreadable {
        if (text == null || text.isEmpty()) {
            return;
        }
        int count = fields.values().stream().mapToInt(List::size).sum();
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > maxFields) {
                throw new Unreadable("too many fields");
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
    }

    /** The fields of one text, for tests and simple callers. */
    public static Map<String, List<String>> parse(String text, Charset charset, int maxFields) throws Unreadable {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        parse(text, charset, maxFields, fields);
        return fields;
    }

    private static String decode(String encoded, Charset charset) throws Unreadable {
        try {
            return URLDecoder.decode(encoded, charset);
        } catch (IllegalArgumentException malformed) {
            throw new Unreadable("malformed escape");
        }
    }
}
