package nl.xenia.portal.outreach.control;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What one card or flyer says, in one language and one version: the name in the colour band and its line, the short
 * text, the pictograms with their words, and the address its QR code leads to. The neutral version never names sex
 * work: its name is "Info &amp; help" in the language, its texts speak of work, health and safety, and it carries no
 * Xenia logo.
 *
 * @param language the language's code (as in the portal's addresses)
 * @param neutral whether this is the neutral version
 * @param address the address the QR code holds ({@code https://…/ro})
 * @param printedAddress the address as printed under the code, to type (without {@code https://})
 * @param logo the pictogram in the band
 * @param name the name in the band
 * @param tagline the line under the name
 * @param text the card's short text
 * @param heading the flyer's heading
 * @param body the flyer's text
 * @param offers the pictograms in a row, each with its word (card) and its line (flyer)
 * @param scan the flyer's words before the address
 * @param footer the flyer's last line
 */
public record Face(String language, boolean neutral, String address, String printedAddress, String logo, String name,
        String tagline, String text, String heading, String body, List<Offer> offers, String scan, String footer) {

    /** One thing on offer: its pictogram ({@code info/pictograms/<name>.svg}), its word, its line on a flyer. */
    public record Offer(String pictogram, String word, String line) {
    }

    public Face {
        offers = List.copyOf(offers);
    }

    /**
     * The face in a language and version, its texts read by key from that language's bundle ({@code outreach.card.*},
     * {@code outreach.flyer.*}), its QR code to the address.
     */
    public static Face of(String language, boolean neutral, String address, UnaryOperator<String> texts) {
        List<Offer> offers = List.of(
                new Offer("ask", texts.apply("outreach.card.ask"), texts.apply("outreach.flyer.ask")),
                new Offer("calendar", texts.apply("outreach.card.calendar"), texts.apply("outreach.flyer.calendar")),
                new Offer("people", texts.apply("outreach.card.people"), texts.apply("outreach.flyer.people")),
                new Offer("health", texts.apply("outreach.card.health"), texts.apply("outreach.flyer.health")));
        String scan = texts.apply("outreach.flyer.scan");
        String footer = texts.apply("outreach.flyer.footer");
        if (neutral) {
            return new Face(language, true, address, printed(address), "safe-work",
                    texts.apply("outreach.card.name.neutral"), texts.apply("outreach.card.tagline.neutral"),
                    texts.apply("outreach.card.text.neutral"), texts.apply("outreach.flyer.heading.neutral"),
                    texts.apply("outreach.flyer.text.neutral"), offers, scan, footer);
        }
        return new Face(language, false, address, printed(address), "xenia", texts.apply("outreach.card.name.standard"),
                texts.apply("outreach.card.tagline.standard"), texts.apply("outreach.card.text.standard"),
                texts.apply("outreach.flyer.heading.standard"), texts.apply("outreach.flyer.text.standard"), offers,
                scan, footer);
    }

    /** An address as people type it: without {@code https://} (a browser adds it), anything else as it is. */
    static String printed(String address) {
        return address.toLowerCase(Locale.ROOT).startsWith("https://")
                ? address.substring("https://".length())
                : address;
    }
}
