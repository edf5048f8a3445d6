package nl.xenia.portal.staff.boundary;

import java.util.Map;
import java.util.Objects;

/**
 * An audit entry's item as the office shows it: its name in the office's language, and the office
 * page that shows it ({@code question} with {@code id=12}), or no page (null) when it has none.
 */
public record AuditSubject(String name, String page, Map<String, String> query) {

    public AuditSubject {
        Objects.requireNonNull(name);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    /** An item with a page of its own. */
    public static AuditSubject linked(String name, String page, Map<String, String> query) {
        return new AuditSubject(name, Objects.requireNonNull(page), query);
    }

    /** An item without a page (gone, or nothing to show). */
    public static AuditSubject named(String name) {
        return new AuditSubject(name, null, Map.of());
    }
}
