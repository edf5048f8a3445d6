package nl.xenia.portal.info.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic pictograms drawn for the project (single-colour SVG in {@code info/pictograms/}, {@code currentColor}),
 * inlined into the tiles so the page stays one request, and drawn by other components too (outreach's printed cards).
 */
public final class Pictograms {

    /** Every pictogram staff can choose; {@code page} is the default. */
    public static final List<String> NAMES = List.of("xenia", "health", "safe-work", "rules", "money", "stopping",
            "violence", "emergency", "page");
    /** Pictograms of the home page's main actions only (not a topic's choice). */
    public static final List<String> ACTIONS = List.of("ask", "calendar", "people", "code");
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private Pictograms() {
    }

    /** The SVG markup of a pictogram; the generic page for an unknown or missing name. */
    public static String svg(String name) {
        String known = name != null && (NAMES.contains(name) || ACTIONS.contains(name)) ? name : "page";
        return LOADED.computeIfAbsent(known, Pictograms::load);
    }

    private static String load(String name) {
        try (InputStream in = Pictograms.class.getClassLoader()
                .getResourceAsStream("info/pictograms/" + name + ".svg")) {
            if (in == null) {
                throw new IllegalStateException("Pictogram missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
