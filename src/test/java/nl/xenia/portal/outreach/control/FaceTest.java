package nl.xenia.portal.outreach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a card and a flyer say, straight from the bundles: the neutral version's every text, in every language, without
 * a word about sex work; the standard version's with one (so the word list can find what it looks for); the address
 * printed to type without {@code https://}.
 */
class FaceTest {

    @Test
    void theNeutralVersionSaysNothingAboutSexWorkInAnyLanguage() {
        for (String language : PrintedSheets.LANGUAGES) {
            Face neutral = PrintedSheets.face(language, true);
            assertEquals(List.of(), PrintedSheets.tellingWordsIn(String.join(" ", texts(neutral))),
                    "expected the neutral " + language + " texts without a telling word");
            assertFalse(String.join(" ", texts(neutral)).contains("Xenia"),
                    "expected the neutral " + language + " texts without Xenia's name");
            assertNotEquals("xenia", neutral.logo(), "expected no Xenia logo on the neutral version");
            Face standard = PrintedSheets.face(language, false);
            assertFalse(PrintedSheets.tellingWordsIn(standard.tagline()).isEmpty(),
                    "expected the standard " + language + " card to say whom it is for (found by the word list)");
        }
    }

    @Test
    void theAddressIsPrintedAsPeopleTypeIt() {
        assertEquals("xenia.example/ro", Face.printed("https://xenia.example/ro"), "expected no https://");
        assertEquals("http://localhost:9080/ro", Face.printed("http://localhost:9080/ro"),
                "expected a plain http address kept whole (a browser would try https)");
    }

    private static List<String> texts(Face face) {
        List<String> texts = new ArrayList<>(List.of(face.name(), face.tagline(), face.text(), face.heading(),
                face.body(), face.scan(), face.footer()));
        face.offers().forEach(offer -> texts.addAll(List.of(offer.word(), offer.line())));
        return texts;
    }
}
