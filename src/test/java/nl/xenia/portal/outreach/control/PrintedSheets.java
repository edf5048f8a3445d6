package nl.xenia.portal.outreach.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import nl.xenia.portal.localization.control.Bundles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Reading printed sheets back as a person and a phone would: pages rendered at 150 dpi (PDFBox), a QR code decoded
 * from a part of the page (ZXing), the text of a part of the page (PDFBox), the bundle's texts, and the words the
 * neutral version must never say, per language.
 */
final class PrintedSheets {

    static final int DPI = 150;
    static final String ADDRESS = "https://xenia.example";
    static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "es");

    /**
     * Words that say what the standard version is about, in each language (lower case; a word is found inside longer
     * ones too: "sex" in "sexual", "sexuali", "sexo"): the neutral version must contain none of them in any language.
     */
    static final Map<String, List<String>> TELLING_WORDS = Map.of(
            "nl", List.of("seks", "sex", "prostitu", "escort", "bordeel", "peeskamer"),
            "en", List.of("sex", "prostitu", "escort", "brothel"),
            "ro", List.of("sex", "prostitu", "escort", "bordel"),
            "bg", List.of("секс", "сексуал", "проститу", "ескорт", "публичен дом"),
            "es", List.of("sex", "prostitu", "escort", "burdel"));

    private PrintedSheets() {
    }

    /** The texts of a language's bundle, as the boundary reads them. */
    static UnaryOperator<String> bundle(String language) {
        return key -> Bundles.text(language, key);
    }

    static Face face(String language, boolean neutral) {
        return Face.of(language, neutral, ADDRESS + "/" + language, bundle(language));
    }

    /** The telling words found in a text, in any of the languages. */
    static List<String> tellingWordsIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        TELLING_WORDS.forEach((language, words) -> words.stream().filter(lower::contains)
                .forEach(word -> found.add(language + ":" + word)));
        return found;
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static BufferedImage render(PDDocument document, int page) {
        try {
            return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.RGB);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Keeps a rendered page under target/screenshots, to look at. */
    static void keep(BufferedImage image, String name) {
        Path folder = Path.of(System.getProperty("project.basedir", "."), "target", "screenshots");
        try {
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve(name).toFile());
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** Millimetres in pixels of the rendered page. */
    static int px(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * DPI);
    }

    /** Millimetres in PDF points. */
    static float pt(double millimetres) {
        return (float) (millimetres / 25.4 * 72);
    }

    /** The part of a rendered page inside a rectangle given in millimetres from the page's top left. */
    static BufferedImage crop(BufferedImage page, double x, double y, double width, double height) {
        int left = px(x);
        int top = px(y);
        return page.getSubimage(left, top, Math.min(px(width), page.getWidth() - left),
                Math.min(px(height), page.getHeight() - top));
    }

    /** The QR code in an image, decoded, or empty when a phone would find none. */
    static Optional<Result> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    /**
     * The printed width of a decoded code in millimetres: the distance between its upper finder patterns' centres is
     * its number of modules less seven.
     */
    static double widthMillimetres(Result result, int modules) {
        ResultPoint[] points = result.getResultPoints();
        // ZXing gives bottom left, top left, top right
        double distance = ResultPoint.distance(points[1], points[2]);
        return distance * modules / (modules - 7) / DPI * 25.4;
    }

    /** The text inside a rectangle of a page, in millimetres from its top left. */
    static String text(PDDocument document, int page, double x, double y, double width, double height) {
        return texts(document, page, List.of(new double[]{x, y, width, height})).get(0);
    }

    /** The texts inside rectangles of a page ({x, y, width, height} in millimetres from its top left), in one pass. */
    static List<String> texts(PDDocument document, int page, List<double[]> rectangles) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            for (int i = 0; i < rectangles.size(); i++) {
                double[] r = rectangles.get(i);
                stripper.addRegion("part" + i, new Rectangle2D.Float(pt(r[0]), pt(r[1]), pt(r[2]), pt(r[3])));
            }
            PDPage sheet = document.getPage(page);
            stripper.extractRegions(sheet);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < rectangles.size(); i++) {
                texts.add(stripper.getTextForRegion("part" + i));
            }
            return texts;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A text without any white space: how it reads whatever the line breaks. */
    static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }
}
