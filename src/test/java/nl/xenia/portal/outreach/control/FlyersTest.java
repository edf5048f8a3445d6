package nl.xenia.portal.outreach.control;

import static nl.xenia.portal.outreach.control.PrintedSheets.ADDRESS;
import static nl.xenia.portal.outreach.control.PrintedSheets.LANGUAGES;
import static nl.xenia.portal.outreach.control.PrintedSheets.face;
import static nl.xenia.portal.outreach.control.PrintedSheets.joined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

/**
 * The flyer sheet read back: one A4 page per language and version with four A6 flyers, each flyer's QR code decoding to
 * the home page in its language, its texts that language's (heading, text, the four offers, the address to type), the
 * neutral flyers without a word about sex work. A Spanish sheet is kept as a screenshot under target/screenshots.
 */
class FlyersTest {

    @Test
    void aSpanishSheetHasFourFlyersEachWithItsCodeAndTheSpanishText() throws IOException {
        Face face = face("es", false);
        try (PDDocument document = PrintedSheets.load(Flyers.pdf("Xenia flyers (es)", List.of(face)))) {
            assertEquals(1, document.getNumberOfPages(), "expected one sheet");
            BufferedImage page = PrintedSheets.render(document, 0);
            PrintedSheets.keep(page, "outreach-flyer-es.png");
            assertEquals(4, checkFlyers(document, 0, page, face), "expected four A6 flyers on the A4 sheet");
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Steunpunt Xenia", info.getAuthor(), "expected the organisation as the author");
            assertEquals("Xenia flyers (es)", info.getTitle(), "expected the title given");
        }
    }

    @Test
    void neutralFlyersInEveryLanguageSayNothingAboutSexWork() throws IOException {
        List<Face> faces = new ArrayList<>();
        for (String language : LANGUAGES) {
            faces.add(face(language, true));
        }
        try (PDDocument document = PrintedSheets.load(Flyers.pdf("Xenia flyers", faces))) {
            assertEquals(faces.size(), document.getNumberOfPages(), "expected a sheet per language");
            for (int i = 0; i < faces.size(); i++) {
                BufferedImage page = PrintedSheets.render(document, i);
                if (i == 0) {
                    PrintedSheets.keep(page, "outreach-flyer-neutral-nl.png");
                }
                assertEquals(4, checkFlyers(document, i, page, faces.get(i)), "expected four flyers on sheet " + i);
                String all = PrintedSheets.text(document, i, 0, 0, 210, 297);
                assertEquals(List.of(), PrintedSheets.tellingWordsIn(all),
                        "expected the neutral " + faces.get(i).language() + " flyer to say nothing about sex work");
                assertFalse(all.contains("Xenia"), "expected no Xenia name on a neutral flyer: " + all);
            }
        }
    }

    private static int checkFlyers(PDDocument document, int pageIndex, BufferedImage page, Face face) {
        int modules = QrCodes.modules(face.address()).getWidth();
        List<double[]> rectangles = new ArrayList<>();
        for (int row = 0; row < Flyers.ROWS; row++) {
            for (int column = 0; column < Flyers.COLUMNS; column++) {
                double[] corner = Flyers.flyerCorner(column, row);
                rectangles.add(new double[]{corner[0], corner[1], Flyers.WIDTH, Flyers.HEIGHT});
            }
        }
        List<String> texts = PrintedSheets.texts(document, pageIndex, rectangles);
        int flyers = 0;
        for (int i = 0; i < rectangles.size(); i++) {
            double[] r = rectangles.get(i);
            String where = face.language() + (face.neutral() ? " neutral" : "") + " flyer " + i;
            Result code = PrintedSheets.decode(PrintedSheets.crop(page, r[0], r[1], r[2], r[3]))
                    .orElseThrow(() -> new AssertionError("expected a readable QR code on the " + where));
            assertEquals(ADDRESS + "/" + face.language(), code.getText(),
                    "expected the code to lead to the home page in the flyer's language: " + where);
            double width = PrintedSheets.widthMillimetres(code, modules);
            assertTrue(width >= 24, "expected the flyer's code at least 24 mm wide, it is " + width + ": " + where);
            String text = joined(texts.get(i));
            List<String> expected = new ArrayList<>(List.of(face.name(), face.tagline(), face.heading(), face.body(),
                    face.scan(), face.printedAddress(), face.footer()));
            face.offers().forEach(offer -> expected.addAll(List.of(offer.word(), offer.line())));
            for (String shown : expected) {
                assertTrue(text.contains(joined(shown)), "expected '" + shown + "' on the " + where + ", it says: "
                        + text);
            }
            for (String other : LANGUAGES) {
                if (!other.equals(face.language())) {
                    assertFalse(text.contains(joined(face(other, face.neutral()).body())),
                            "expected no " + other + " text on the " + where);
                }
            }
            flyers++;
        }
        return flyers;
    }
}
