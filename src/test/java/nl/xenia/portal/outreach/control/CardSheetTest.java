package nl.xenia.portal.outreach.control;

import static nl.xenia.portal.outreach.control.PrintedSheets.ADDRESS;
import static nl.xenia.portal.outreach.control.PrintedSheets.LANGUAGES;
import static nl.xenia.portal.outreach.control.PrintedSheets.face;
import static nl.xenia.portal.outreach.control.PrintedSheets.joined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * The card sheet read back as a printer and a phone would: one A4 page per language and version with ten cards, each
 * card's QR code (at least 18 mm wide) decoding to the portal's home in the card's language, each card's text that
 * language's text from the bundle (and no other language's), the neutral version without a word about sex work in any
 * language, and metadata that says nothing about who made it. Screenshots of a Romanian sheet and a neutral Bulgarian
 * one are kept under target/screenshots.
 */
class CardSheetTest {

    private static final double A4_WIDTH = 210;
    private static final double A4_HEIGHT = 297;

    @Test
    void aRomanianSheetHasTenCardsEachWithItsCodeAndTheRomanianText() throws IOException {
        Face face = face("ro", false);
        try (PDDocument document = PrintedSheets.load(CardSheet.pdf("Xenia cards (ro)", List.of(face)))) {
            assertEquals(1, document.getNumberOfPages(), "expected one sheet for one language and version");
            PDRectangle size = document.getPage(0).getMediaBox();
            assertEquals(A4_WIDTH, size.getWidth() / 72 * 25.4, 0.5, "expected an A4 page (width)");
            assertEquals(A4_HEIGHT, size.getHeight() / 72 * 25.4, 0.5, "expected an A4 page (height)");
            BufferedImage page = PrintedSheets.render(document, 0);
            PrintedSheets.keep(page, "outreach-cards-ro.png");
            assertEquals(10, checkCards(document, 0, page, face), "expected ten cards on the A4 sheet");
            String all = PrintedSheets.text(document, 0, 0, 0, A4_WIDTH, A4_HEIGHT);
            assertTrue(all.contains("ș") && all.contains("ț") && all.contains("â"),
                    "expected the Romanian letters with comma below (ș, ț) and â printed and readable: " + all);
        }
    }

    @Test
    void aNeutralBulgarianSheetSaysNothingAboutSexWorkInAnyLanguage() throws IOException {
        Face face = face("bg", true);
        try (PDDocument document = PrintedSheets.load(CardSheet.pdf("Xenia cards (bg)", List.of(face)))) {
            BufferedImage page = PrintedSheets.render(document, 0);
            PrintedSheets.keep(page, "outreach-cards-neutral-bg.png");
            assertEquals(10, checkCards(document, 0, page, face), "expected ten cards on the A4 sheet");
            String all = PrintedSheets.text(document, 0, 0, 0, A4_WIDTH, A4_HEIGHT);
            assertTrue(all.contains("Инфо и помощ"), "expected the neutral name in Cyrillic: " + all);
            assertFalse(all.contains("Xenia"), "expected no Xenia name on the neutral version: " + all);
            assertEquals(List.of(), PrintedSheets.tellingWordsIn(all),
                    "expected the neutral card to say nothing about sex work, in any language");
        }
    }

    @Test
    void everyLanguageAndVersionGetsItsOwnSheetInTheOrderAsked() throws IOException {
        List<Face> faces = new ArrayList<>();
        for (String language : LANGUAGES) {
            faces.add(face(language, false));
            faces.add(face(language, true));
        }
        try (PDDocument document = PrintedSheets.load(CardSheet.pdf("Xenia cards", faces))) {
            assertEquals(faces.size(), document.getNumberOfPages(), "expected a sheet per language and version");
            for (int i = 0; i < faces.size(); i++) {
                Face face = faces.get(i);
                assertEquals(10, checkCards(document, i, PrintedSheets.render(document, i), face),
                        "expected ten cards on sheet " + i);
                String all = PrintedSheets.text(document, i, 0, 0, A4_WIDTH, A4_HEIGHT);
                if (face.neutral()) {
                    assertEquals(List.of(), PrintedSheets.tellingWordsIn(all),
                            "expected the neutral " + face.language() + " sheet to say nothing about sex work");
                } else {
                    assertFalse(PrintedSheets.tellingWordsIn(all).isEmpty(), "expected the standard "
                            + face.language() + " sheet to say whom Xenia is for (the word list finds it)");
                }
            }
        }
    }

    @Test
    void theMetadataNamesTheOrganisationAndNoOneElse() throws IOException {
        byte[] pdf = CardSheet.pdf("Xenia-kaartjes (nl, en)", List.of(face("nl", false), face("en", true)));
        try (PDDocument document = PrintedSheets.load(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Xenia-kaartjes (nl, en)", info.getTitle(), "expected the title given");
            assertEquals("Steunpunt Xenia", info.getAuthor(), "expected the organisation as the author");
            assertEquals("Xenia portal", info.getCreator(), "expected the portal as the creator");
            assertNull(info.getSubject(), "expected no subject");
            assertNull(info.getKeywords(), "expected no keywords");
            Set<String> keys = new TreeSet<>(info.getMetadataKeys());
            assertEquals(Set.of("Author", "CreationDate", "Creator", "Producer", "Title"), keys,
                    "expected only these metadata fields");
            assertTrue(info.getProducer().startsWith("OpenPDF"), "expected the library as the producer, no more: "
                    + info.getProducer());
            assertNull(document.getDocumentCatalog().getMetadata(), "expected no XMP metadata");
            String user = System.getProperty("user.name");
            for (String key : keys) {
                String value = String.valueOf(info.getCustomMetadataValue(key));
                assertFalse(value.contains(user) && user.length() > 2,
                        "expected the operating system's user name nowhere in the metadata: " + key);
            }
        }
    }

    /**
     * Checks each card of a sheet: its QR code decodes to the face's address and is at least 18 mm wide; its text is
     * its language's, from the bundle, with the address printed to type. Returns how many cards it found.
     */
    private static int checkCards(PDDocument document, int pageIndex, BufferedImage page, Face face) {
        int modules = QrCodes.modules(face.address()).getWidth();
        List<double[]> rectangles = new ArrayList<>();
        for (int row = 0; row < CardSheet.ROWS; row++) {
            for (int column = 0; column < CardSheet.COLUMNS; column++) {
                double[] corner = CardSheet.cardCorner(column, row);
                rectangles.add(new double[]{corner[0], corner[1], CardSheet.CARD_WIDTH, CardSheet.CARD_HEIGHT});
            }
        }
        List<String> texts = PrintedSheets.texts(document, pageIndex, rectangles);
        int cards = 0;
        for (int row = 0; row < CardSheet.ROWS; row++) {
            for (int column = 0; column < CardSheet.COLUMNS; column++) {
                double[] corner = CardSheet.cardCorner(column, row);
                String where = face.language() + (face.neutral() ? " neutral" : "") + " card " + column + "," + row;
                BufferedImage card = PrintedSheets.crop(page, corner[0], corner[1], CardSheet.CARD_WIDTH,
                        CardSheet.CARD_HEIGHT);
                Result code = PrintedSheets.decode(card)
                        .orElseThrow(() -> new AssertionError("expected a readable QR code on the " + where));
                assertEquals(ADDRESS + "/" + face.language(), code.getText(),
                        "expected the code to lead to the home page in the card's language: " + where);
                double width = PrintedSheets.widthMillimetres(code, modules);
                assertTrue(width >= 18, "expected the code at least 18 mm wide, it is " + width + ": " + where);
                String text = joined(texts.get(row * CardSheet.COLUMNS + column));
                for (String expected : List.of(face.name(), face.tagline(), face.text(), face.printedAddress())) {
                    assertTrue(text.contains(joined(expected)), "expected '" + expected + "' on the " + where
                            + ", it says: " + text);
                }
                for (Face.Offer offer : face.offers()) {
                    assertTrue(text.contains(joined(offer.word())), "expected the word '" + offer.word()
                            + "' under its pictogram on the " + where);
                }
                for (String other : LANGUAGES) {
                    Face foreign = face(other, face.neutral());
                    if (!other.equals(face.language())) {
                        assertFalse(text.contains(joined(foreign.text())),
                                "expected no " + other + " text on the " + where);
                    }
                }
                cards++;
            }
        }
        return cards;
    }
}
