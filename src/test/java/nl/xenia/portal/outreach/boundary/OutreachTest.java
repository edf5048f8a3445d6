package nl.xenia.portal.outreach.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facade's own rules without a server: the files' names carry the material and language codes only, and the
 * address in the codes is {@code xenia.outreach.url} (or, unset or blank, {@code xenia.public.url}) with the language,
 * without a doubled slash.
 */
class OutreachTest {

    @Test
    void filesAreNamedByMaterialAndLanguageCodesOnly() {
        assertEquals("xenia-cards-ro-bg.pdf", Outreach.fileName(OutreachMaterial.CARDS, List.of("ro", "bg")),
                "expected the cards' PDF named by its languages");
        assertEquals("xenia-flyers-es.pdf", Outreach.fileName(OutreachMaterial.FLYERS, List.of("es")),
                "expected the flyers' PDF named by its language");
        assertEquals("xenia-qr-nl.svg", Outreach.qrFileName("nl", "svg"), "expected the QR code named by language");
    }

    @Test
    void theCodesLeadToTheOutreachAddressOrElseThePublicOneInTheLanguage() {
        Outreach outreach = new Outreach();
        outreach.publicUrl = "https://portal.xenia.example/";
        outreach.outreachUrl = Optional.empty();
        assertEquals("https://portal.xenia.example/ro", outreach.address("ro"),
                "expected the public address when no outreach address is set, without a doubled slash");
        outreach.outreachUrl = Optional.of("  ");
        assertEquals("https://portal.xenia.example/ro", outreach.address("ro"), "expected a blank setting ignored");
        outreach.outreachUrl = Optional.of(" https://xenia.example// ");
        assertEquals("https://xenia.example/bg", outreach.address("bg"), "expected the short outreach address");
    }
}
