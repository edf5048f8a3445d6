package nl.xenia.portal.outreach.control;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import nl.xenia.portal.info.boundary.Pictograms;

/**
 * What the card sheet and the flyer sheet share: an A4 PDF with neutral metadata, DejaVu Sans embedded (every Latin
 * diacritic, Cyrillic), the colours of the two versions, text fitted into a box, the portal's pictograms drawn as
 * vectors (JSVG into OpenPDF's Graphics2D, {@code currentColor} replaced by the colour asked for) and QR codes drawn as
 * rectangles, so both stay sharp when printed. Measures are in millimetres from the top left of a card or flyer.
 */
final class Print {

    /** The author in every PDF's metadata: the organisation, never a member of staff. */
    static final String AUTHOR = "Steunpunt Xenia";
    static final String CREATOR = "Xenia portal";
    static final Rectangle A4 = PageSize.A4;
    /** The text colour: near-black. */
    static final Color INK = new Color(0x1b, 0x1b, 0x1f);
    /** The cutting lines: light grey, cut away or barely seen. */
    static final Color CUT = new Color(0xbb, 0xbb, 0xbb);
    static final Color WHITE = Color.WHITE;

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    private Print() {
    }

    /** The colours of a version: the portal's purple for the standard one, a health-leaflet teal for the neutral. */
    record Colours(Color brand, Color tint, Color dark) {

        static Colours of(boolean neutral) {
            return neutral
                    ? new Colours(new Color(0x0e, 0x6e, 0x6a), new Color(0xe2, 0xf2, 0xf0), new Color(0x0a, 0x4f, 0x4c))
                    : new Colours(new Color(0x5a, 0x2a, 0x82), new Color(0xef, 0xe6, 0xf6),
                            new Color(0x3b, 0x1d, 0x58));
        }
    }

    /** The fonts of one document (each document embeds the subset it uses). */
    record Fonts(BaseFont regular, BaseFont bold) {

        static Fonts load() {
            return new Fonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
        }

        private static BaseFont font(String file) {
            byte[] bytes = FONT_FILES.computeIfAbsent(file, Print::read);
            try {
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (DocumentException | IOException unreadable) {
                throw new IllegalStateException("The font " + file + " cannot be read", unreadable);
            }
        }
    }

    /** Draws one sheet per item on its own A4 page. */
    interface Sheet<T> {

        void draw(PdfContentByte canvas, Fonts fonts, T item);
    }

    /** A PDF of A4 pages, one per item, with a title and the organisation as author (nothing about who made it). */
    static <T> byte[] pdf(String title, List<T> items, Sheet<T> sheet) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to print");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(Objects.requireNonNull(title));
            document.addAuthor(AUTHOR);
            document.addCreator(CREATOR);
            document.open();
            Fonts fonts = Fonts.load();
            boolean first = true;
            for (T item : items) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                sheet.draw(writer.getDirectContent(), fonts, item);
            }
            document.close();
        } catch (DocumentException broken) {
            throw new IllegalStateException("The PDF cannot be made", broken);
        }
        return out.toByteArray();
    }

    /** Millimetres in points. */
    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    /**
     * A place on the page: its top left corner in points (the PDF's own coordinates, y upwards), measured from in
     * millimetres to the right and downwards.
     */
    record Spot(float left, float top) {

        float x(double millimetres) {
            return left + mm(millimetres);
        }

        float y(double millimetres) {
            return top - mm(millimetres);
        }
    }

    /** A filled rectangle with round corners, in millimetres from the spot. */
    static void roundBox(PdfContentByte canvas, Spot at, double x, double y, double width, double height,
            double radius, Color fill) {
        canvas.saveState();
        canvas.setColorFill(fill);
        canvas.roundRectangle(at.x(x), at.y(y + height), mm(width), mm(height), mm(radius));
        canvas.fill();
        canvas.restoreState();
    }

    /** A filled circle, centre and radius in millimetres from the spot. */
    static void disc(PdfContentByte canvas, Spot at, double cx, double cy, double radius, Color fill) {
        canvas.saveState();
        canvas.setColorFill(fill);
        canvas.circle(at.x(cx), at.y(cy), mm(radius));
        canvas.fill();
        canvas.restoreState();
    }

    /** A thin line, in millimetres from the spot. */
    static void line(PdfContentByte canvas, Spot at, double x1, double y1, double x2, double y2, float width,
            Color colour) {
        canvas.saveState();
        canvas.setColorStroke(colour);
        canvas.setLineWidth(width);
        canvas.moveTo(at.x(x1), at.y(y1));
        canvas.lineTo(at.x(x2), at.y(y2));
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * The QR code's dark modules as black rectangles (each row's runs joined, a hair taller so no seam shows between
     * rows), its top left at x, y and {@code size} wide, in millimetres; the quiet zone around it is the caller's.
     */
    static void qr(PdfContentByte canvas, Spot at, BitMatrix modules, double x, double y, double size) {
        double module = size / modules.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int run = 1;
                while (column + run < modules.getWidth() && modules.get(column + run, row)) {
                    run++;
                }
                float bottom = at.y(y + (row + 1) * module + (row + 1 < modules.getHeight() ? 0.02 : 0));
                canvas.rectangle(at.x(x + column * module), bottom, mm(run * module),
                        at.y(y + row * module) - bottom);
                column += run;
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * A pictogram, {@code size} millimetres square with its top left at x, y, in one colour, drawn as vector paths
     * (JSVG renders into OpenPDF's Graphics2D).
     */
    static void pictogram(PdfContentByte canvas, Spot at, Map<String, SVGDocument> loaded, String name, Color colour,
            double x, double y, double size) {
        String hex = String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
        SVGDocument svg = loaded.computeIfAbsent(name + hex, key -> load(Pictograms.svg(name).replace("currentColor",
                hex)));
        float pageHeight = A4.getHeight();
        Graphics2D graphics = canvas.createGraphics(A4.getWidth(), pageHeight);
        try {
            graphics.translate(at.x(x), pageHeight - at.y(y));
            float scale = mm(size) / svg.viewBox().width;
            graphics.scale(scale, scale);
            svg.renderWithPlatform(NullPlatformSupport.INSTANCE, graphics, svg.viewBox());
        } finally {
            graphics.dispose();
        }
    }

    /** A cache of the pictograms a document draws (per document: parsed documents are not shared between threads). */
    static Map<String, SVGDocument> pictograms() {
        return new HashMap<>();
    }

    private static SVGDocument load(String svg) {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                null, LoaderContext.createDefault());
        if (document == null) {
            throw new IllegalStateException("A pictogram cannot be read");
        }
        return document;
    }

    /**
     * Text in a box (millimetres from the spot), at the largest size from {@code largest} down to {@code smallest}
     * at which all of it fits, top first; returns the size used.
     */
    static float fitted(PdfContentByte canvas, Spot at, String text, BaseFont font, float largest, float smallest,
            Color colour, int alignment, double x, double y, double width, double height) {
        float size = largest;
        while (size > smallest && !fits(canvas, at, text, font, size, alignment, x, y, width, height)) {
            size -= 0.25f;
        }
        column(canvas, at, text, font, Math.max(size, smallest), colour, alignment, x, y, width, height).go();
        return size;
    }

    private static boolean fits(PdfContentByte canvas, Spot at, String text, BaseFont font, float size, int alignment,
            double x, double y, double width, double height) {
        try {
            return !ColumnText.hasMoreText(
                    column(canvas, at, text, font, size, Color.BLACK, alignment, x, y, width, height).go(true));
        } catch (DocumentException broken) {
            throw new IllegalStateException(broken);
        }
    }

    private static ColumnText column(PdfContentByte canvas, Spot at, String text, BaseFont font, float size,
            Color colour, int alignment, double x, double y, double width, double height) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(at.x(x), at.y(y + height), at.x(x + width), at.y(y));
        column.setLeading(0, 1.22f);
        column.setUseAscender(true);
        column.setAlignment(alignment);
        column.addText(new Phrase(text, new Font(font, size, Font.NORMAL, colour)));
        return column;
    }

    /**
     * Paragraphs one under the other in a box (millimetres from the spot), all at one scale from 1 down to
     * {@code smallestScale} of their sizes, the largest at which all of them fit; returns the scale used.
     */
    static float fittedParagraphs(PdfContentByte canvas, Spot at, List<Para> paragraphs, float smallestScale,
            double x, double y, double width, double height) {
        float scale = 1;
        while (scale > smallestScale && !paragraphsFit(canvas, at, paragraphs, scale, x, y, width, height)) {
            scale -= 0.025f;
        }
        try {
            paragraphs(canvas, at, paragraphs, Math.max(scale, smallestScale), x, y, width, height).go();
        } catch (DocumentException broken) {
            throw new IllegalStateException(broken);
        }
        return scale;
    }

    /** A run of text in one font, size and colour. */
    record Run(String text, BaseFont font, float size, Color colour) {
    }

    /** A paragraph to fit: its runs and the room before it (points). */
    record Para(List<Run> runs, float before) {

        static Para of(String text, BaseFont font, float size, Color colour, float before) {
            return new Para(List.of(new Run(text, font, size, colour)), before);
        }
    }

    private static boolean paragraphsFit(PdfContentByte canvas, Spot at, List<Para> paragraphs, float scale,
            double x, double y, double width, double height) {
        try {
            return !ColumnText.hasMoreText(paragraphs(canvas, at, paragraphs, scale, x, y, width, height).go(true));
        } catch (DocumentException broken) {
            throw new IllegalStateException(broken);
        }
    }

    private static ColumnText paragraphs(PdfContentByte canvas, Spot at, List<Para> paragraphs, float scale,
            double x, double y, double width, double height) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(at.x(x), at.y(y + height), at.x(x + width), at.y(y));
        column.setUseAscender(true);
        for (Para para : paragraphs) {
            Paragraph paragraph = new Paragraph();
            for (Run run : para.runs()) {
                paragraph.add(new Chunk(run.text(), new Font(run.font(), run.size() * scale, Font.NORMAL,
                        run.colour())));
            }
            paragraph.setLeading(0, 1.22f);
            paragraph.setSpacingBefore(para.before() * scale);
            column.addElement(paragraph);
        }
        return column;
    }

    /**
     * One line of text on a baseline (millimetres from the spot), aligned left, centre or right of x, made smaller
     * (down to {@code smallest}) until it is at most {@code maxWidth} millimetres wide; returns the size used.
     */
    static float line(PdfContentByte canvas, Spot at, String text, BaseFont font, float size, float smallest,
            Color colour, int alignment, double x, double baseline, double maxWidth) {
        float fitted = size;
        while (fitted > smallest && font.getWidthPoint(text, fitted) > mm(maxWidth)) {
            fitted -= 0.25f;
        }
        ColumnText.showTextAligned(canvas, alignment, new Phrase(text, new Font(font, fitted, Font.NORMAL, colour)),
                at.x(x), at.y(baseline), 0);
        return fitted;
    }

    static final int LEFT = Element.ALIGN_LEFT;
    static final int CENTRE = Element.ALIGN_CENTER;

    private static byte[] read(String file) {
        try (InputStream in = Print.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
