package nl.xenia.portal.info.view;

import java.util.List;
import java.util.Map;

/**
 * The information pages of the demo content (db/demo/R__demo_info.sql) as tests know them: each
 * page's old, telling slug and the neutral address readers now see ({@code p} and the page's fixed id).
 */
public final class DemoPages {

    /** The topics, in staff's order. */
    public static final List<String> TOPICS = List.of("xenia", "health", "safe-work", "rules", "money", "stopping",
            "violence", "emergency");

    /** Every demo page's slug and its neutral address. */
    public static final Map<String, String> ADDRESSES = Map.ofEntries(Map.entry("xenia", "p1"),
            Map.entry("health", "p2"), Map.entry("safe-work", "p3"), Map.entry("rules", "p4"),
            Map.entry("money", "p5"), Map.entry("stopping", "p6"), Map.entry("violence", "p7"),
            Map.entry("emergency", "p8"), Map.entry("sti-testing", "p21"), Map.entry("prep", "p22"));

    private DemoPages() {
    }

    /** The neutral address of a demo page, by its slug. */
    public static String address(String slug) {
        String address = ADDRESSES.get(slug);
        if (address == null) {
            throw new IllegalArgumentException("no demo page " + slug);
        }
        return address;
    }
}
