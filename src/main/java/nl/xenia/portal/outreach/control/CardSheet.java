package nl.xenia.portal.outreach.control;

import com.github.weisj.jsvg.SVGDocument;
import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.outreach.control.Print.Colours;
import nl.xenia.portal.outreach.control.Print.Fonts;
import nl.xenia.portal.outreach.control.Print.Spot;

/**
 * Cards of credit-card size (85.6 × 54 mm, ISO/IEC 7810 ID-1), ten to an A4 sheet in two columns of five, edge to edge
 * so one cut serves two cards: crop marks in the margins and a thin grey line on every cut. One sheet per face (a
 * language and a version); staff print as many copies as they need, at actual size.
 *
 * <p>
 * A card: a colour band with the logo, the name and its line; the short text; four pictograms in tinted circles with
 * their words (ask, appointment, meet, health); on the right a QR code 25 mm wide with its quiet zone and, under it,
 * the address to type.
 */
public final class CardSheet {

    public static final double CARD_WIDTH = 85.6;
    public static final double CARD_HEIGHT = 54;
    public static final int COLUMNS = 2;
    public static final int ROWS = 5;
    /** The sheet's margins, left and top (the grid is centred on A4). */
    public static final double MARGIN_LEFT = (210 - COLUMNS * CARD_WIDTH) / 2;
    public static final double MARGIN_TOP = (297 - ROWS * CARD_HEIGHT) / 2;
    /** The QR code's width on a card, without its quiet zone. */
    public static final double QR_SIZE = 25;

    private CardSheet() {
    }

    /** A PDF of one A4 sheet of ten cards per face, in the order given. */
    public static byte[] pdf(String title, List<Face> faces) {
        return Print.pdf(title, faces, CardSheet::sheet);
    }

    /** The top left corner of a card on its sheet, in millimetres from the page's top left. */
    public static double[] cardCorner(int column, int row) {
        return new double[]{MARGIN_LEFT + column * CARD_WIDTH, MARGIN_TOP + row * CARD_HEIGHT};
    }

    private static void sheet(PdfContentByte canvas, Fonts fonts, Face face) {
        Spot page = new Spot(0, Print.A4.getHeight());
        Map<String, SVGDocument> pictograms = Print.pictograms();
        BitMatrix modules = QrCodes.modules(face.address());
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                double[] corner = cardCorner(column, row);
                card(canvas, fonts, pictograms, modules, face,
                        new Spot(page.x(corner[0]), page.y(corner[1])));
            }
        }
        cuts(canvas, page);
    }

    /** Thin grey lines on every cut, and crop marks in the margins where each cut begins and ends. */
    private static void cuts(PdfContentByte canvas, Spot page) {
        double left = MARGIN_LEFT;
        double right = MARGIN_LEFT + COLUMNS * CARD_WIDTH;
        double top = MARGIN_TOP;
        double bottom = MARGIN_TOP + ROWS * CARD_HEIGHT;
        for (int column = 0; column <= COLUMNS; column++) {
            double x = left + column * CARD_WIDTH;
            Print.line(canvas, page, x, top, x, bottom, 0.25f, Print.CUT);
            Print.line(canvas, page, x, top - 2, x, top - 9, 0.3f, Print.INK);
            Print.line(canvas, page, x, bottom + 2, x, bottom + 9, 0.3f, Print.INK);
        }
        for (int row = 0; row <= ROWS; row++) {
            double y = top + row * CARD_HEIGHT;
            Print.line(canvas, page, left, y, right, y, 0.25f, Print.CUT);
            Print.line(canvas, page, left - 2, y, left - 12, y, 0.3f, Print.INK);
            Print.line(canvas, page, right + 2, y, right + 12, y, 0.3f, Print.INK);
        }
    }

    private static void card(PdfContentByte canvas, Fonts fonts, Map<String, SVGDocument> pictograms,
            BitMatrix modules, Face face, Spot at) {
        Colours colours = Colours.of(face.neutral());
        // the band, inset so that a cut a little off the line leaves no sliver of colour on the next card
        Print.roundBox(canvas, at, 2.5, 2.5, CARD_WIDTH - 5, 13, 2, colours.brand());
        Print.pictogram(canvas, at, pictograms, face.logo(), Print.WHITE, 4.6, 4.5, 9);
        Print.line(canvas, at, face.name(), fonts.bold(), 12, 8, Print.WHITE, Print.LEFT, 15.5, 9.6, 66);
        Print.line(canvas, at, face.tagline(), fonts.regular(), 6.3f, 4.6f, Print.WHITE, Print.LEFT, 15.5, 13.4,
                66.5);

        // the QR code at the right, its quiet zone clear of the band, the text and the card's edge
        double module = QR_SIZE / modules.getWidth();
        double quiet = QrCodes.QUIET_ZONE * module;
        double qrX = CARD_WIDTH - 0.6 - quiet - QR_SIZE;
        double qrY = 15.5 + quiet;
        Print.qr(canvas, at, modules, qrX, qrY, QR_SIZE);
        double baseline = qrY + QR_SIZE + 3.6;
        double qrCentre = qrX + QR_SIZE / 2;
        Print.line(canvas, at, face.printedAddress(), fonts.bold(), 6.2f, 4.2f, colours.dark(), Print.CENTRE,
                qrCentre, baseline, 2 * (CARD_WIDTH - 1.2 - qrCentre));

        // the text and the pictograms at the left
        double left = 5;
        double right = qrX - quiet;
        double iconCentre = baseline - 7.9;
        double textTop = 18.6;
        Print.fitted(canvas, at, face.text(), fonts.regular(), 8.2f, 5.6f, Print.INK, Print.LEFT, left, textTop,
                right - left, iconCentre - 4.6 - 1 - textTop);
        double cell = (right - left) / face.offers().size();
        for (int i = 0; i < face.offers().size(); i++) {
            Face.Offer offer = face.offers().get(i);
            double centre = left + cell * (i + 0.5);
            Print.disc(canvas, at, centre, iconCentre, 4.4, colours.tint());
            Print.pictogram(canvas, at, pictograms, offer.pictogram(), colours.brand(), centre - 3.1,
                    iconCentre - 3.1, 6.2);
            Print.line(canvas, at, offer.word(), fonts.regular(), 6, 4.2f, colours.dark(), Print.CENTRE, centre,
                    baseline, cell - 0.6);
        }
    }
}
