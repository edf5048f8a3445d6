package nl.xenia.portal.outreach.control;

import com.github.weisj.jsvg.SVGDocument;
import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.outreach.control.Print.Colours;
import nl.xenia.portal.outreach.control.Print.Fonts;
import nl.xenia.portal.outreach.control.Print.Para;
import nl.xenia.portal.outreach.control.Print.Run;
import nl.xenia.portal.outreach.control.Print.Spot;

/**
 * A6 flyers (105 × 148 mm), four to an A4 sheet, cut in four along the thin grey lines across the middle. One sheet per
 * face (a language and a version). Everything keeps 8 mm from a flyer's edges, so a printer's own margin at the
 * paper's edge takes nothing away.
 *
 * <p>
 * A flyer: the colour band with the logo, the name and its line; a heading and a few sentences; the four things on
 * offer, each with its pictogram, word and line; at the bottom the QR code (26 mm), the address to type and the words
 * "free, anonymous, in your language".
 */
public final class Flyers {

    public static final double WIDTH = 105;
    public static final double HEIGHT = 148;
    public static final int COLUMNS = 2;
    public static final int ROWS = 2;
    /** The flyers' top, on the sheet: A4 is a millimetre taller than two A6. */
    public static final double MARGIN_TOP = (297 - ROWS * HEIGHT) / 2;
    /** The QR code's width on a flyer, without its quiet zone. */
    public static final double QR_SIZE = 26;
    private static final double EDGE = 8;

    private Flyers() {
    }

    /** A PDF of one A4 sheet of four flyers per face, in the order given. */
    public static byte[] pdf(String title, List<Face> faces) {
        return Print.pdf(title, faces, Flyers::sheet);
    }

    /** The top left corner of a flyer on its sheet, in millimetres from the page's top left. */
    public static double[] flyerCorner(int column, int row) {
        return new double[]{column * WIDTH, MARGIN_TOP + row * HEIGHT};
    }

    private static void sheet(PdfContentByte canvas, Fonts fonts, Face face) {
        Spot page = new Spot(0, Print.A4.getHeight());
        Map<String, SVGDocument> pictograms = Print.pictograms();
        BitMatrix modules = QrCodes.modules(face.address());
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                double[] corner = flyerCorner(column, row);
                flyer(canvas, fonts, pictograms, modules, face, new Spot(page.x(corner[0]), page.y(corner[1])));
            }
        }
        canvas.saveState();
        canvas.setLineDash(3, 2, 0);
        Print.line(canvas, page, WIDTH, 0, WIDTH, 297, 0.3f, Print.CUT);
        Print.line(canvas, page, 0, MARGIN_TOP + HEIGHT, 210, MARGIN_TOP + HEIGHT, 0.3f, Print.CUT);
        canvas.restoreState();
    }

    private static void flyer(PdfContentByte canvas, Fonts fonts, Map<String, SVGDocument> pictograms,
            BitMatrix modules, Face face, Spot at) {
        Colours colours = Colours.of(face.neutral());
        double width = WIDTH - 2 * EDGE;

        Print.roundBox(canvas, at, EDGE, EDGE, width, 27, 3, colours.brand());
        Print.pictogram(canvas, at, pictograms, face.logo(), Print.WHITE, 12, 13.5, 15);
        Print.line(canvas, at, face.name(), fonts.bold(), 22, 14, Print.WHITE, Print.LEFT, 31, 19.8, 62);
        Print.fitted(canvas, at, face.tagline(), fonts.regular(), 9.5f, 7, Print.WHITE, Print.LEFT, 31, 22.2, 63,
                11.5);

        Print.fittedParagraphs(canvas, at,
                List.of(Para.of(face.heading(), fonts.bold(), 14, colours.dark(), 0),
                        Para.of(face.body(), fonts.regular(), 9.5f, Print.INK, 5)),
                0.7f, EDGE, 39.5, width, 31);

        double rowTop = 72.5;
        double rowHeight = 9.1;
        for (Face.Offer offer : face.offers()) {
            double centre = rowTop + rowHeight / 2 - 0.3;
            Print.disc(canvas, at, EDGE + 4.4, centre, 4.4, colours.tint());
            Print.pictogram(canvas, at, pictograms, offer.pictogram(), colours.brand(), EDGE + 1.3, centre - 3.1, 6.2);
            Print.fittedParagraphs(canvas, at,
                    List.of(new Para(List.of(new Run(offer.word(), fonts.bold(), 8.8f, colours.dark()),
                            new Run("  " + offer.line(), fonts.regular(), 8.4f, Print.INK)), 0)),
                    0.75f, EDGE + 11, rowTop + 0.6, width - 11, rowHeight - 0.6);
            rowTop += rowHeight;
        }

        double module = QR_SIZE / modules.getWidth();
        double quiet = QrCodes.QUIET_ZONE * module;
        double qrX = EDGE + 1;
        double qrY = HEIGHT - 7 - QR_SIZE;
        Print.qr(canvas, at, modules, qrX, qrY, QR_SIZE);
        double textLeft = qrX + QR_SIZE + quiet;
        double textWidth = WIDTH - EDGE - textLeft;
        Print.fitted(canvas, at, face.scan(), fonts.regular(), 9, 7, Print.INK, Print.LEFT, textLeft, qrY + 1,
                textWidth, 9);
        Print.line(canvas, at, face.printedAddress(), fonts.bold(), 12, 6, colours.dark(), Print.LEFT, textLeft,
                qrY + 15, textWidth);
        Print.fitted(canvas, at, face.footer(), fonts.bold(), 8.6f, 6.5f, colours.brand(), Print.LEFT, textLeft,
                qrY + 18.5, textWidth, 8);
    }
}
