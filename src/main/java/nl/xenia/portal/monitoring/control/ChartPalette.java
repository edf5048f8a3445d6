package nl.xenia.portal.monitoring.control;

import java.awt.Color;
import java.util.List;

/**
 * The colours of monitoring's charts, the same on the page and in the PDF: Paul Tol's "muted" scheme, which people
 * with any common colour blindness tell apart, repeated when a table has more rows than colours.
 */
public final class ChartPalette {

    private static final List<String> COLOURS = List.of("#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
            "#DDCC77", "#CC6677", "#882255", "#AA4499", "#6e6e6e");

    private ChartPalette() {
    }

    /** The colour of a table's row (its bars), as CSS writes it ("#332288"). */
    public static String hex(int row) {
        return COLOURS.get(Math.floorMod(row, COLOURS.size()));
    }

    /** The same colour for Java's drawing. */
    public static Color colour(int row) {
        return Color.decode(hex(row));
    }
}
