package nl.xenia.portal.outreach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.ViewBox;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The QR codes for advertising sites: the PNG and the SVG each decode back to the address (the SVG drawn by JSVG, a
 * real SVG renderer, not by this test's own reading of the path), both with a white quiet zone of four modules; the
 * SVG one path and nothing that runs or fetches.
 */
class QrCodesTest {

    private static final String ADDRESS = "https://xenia.example/bg";

    @Test
    void thePngDecodesToTheAddressAndHasItsQuietZone() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(ADDRESS)));
        assertEquals(ADDRESS, PrintedSheets.decode(image).orElseThrow().getText(), "expected the PNG to decode");
        int modules = QrCodes.modules(ADDRESS).getWidth();
        assertEquals((modules + 8) * QrCodes.PNG_MODULE_PIXELS, image.getWidth(), "expected 16 pixels per module");
        int quiet = QrCodes.QUIET_ZONE * QrCodes.PNG_MODULE_PIXELS;
        for (int i = 0; i < image.getWidth(); i++) {
            for (int edge = 0; edge < quiet; edge++) {
                assertWhite(image, i, edge);
                assertWhite(image, edge, i);
                assertWhite(image, i, image.getHeight() - 1 - edge);
                assertWhite(image, image.getWidth() - 1 - edge, i);
            }
        }
        assertFalse((image.getRGB(quiet, quiet) & 0xFFFFFF) == 0xFFFFFF,
                "expected the finder pattern's dark corner right inside the quiet zone");
    }

    @Test
    void theSvgIsOnePathThatDecodesToTheAddress() {
        String svg = QrCodes.svg(ADDRESS);
        Matcher paths = Pattern.compile("<path\\b").matcher(svg);
        int count = 0;
        while (paths.find()) {
            count++;
        }
        assertEquals(1, count, "expected the modules as one path");
        for (String unwanted : new String[]{"<script", "href", "<image", "<text", "on"}) {
            assertFalse(svg.contains(unwanted + (unwanted.equals("on") ? "load" : "")),
                    "expected nothing that runs, fetches or says something: " + unwanted);
        }
        SVGDocument document = new SVGLoader().load(
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, LoaderContext.createDefault());
        int side = 400;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.MAGENTA);
        graphics.fillRect(0, 0, side, side);
        document.renderWithPlatform(NullPlatformSupport.INSTANCE, graphics, new ViewBox(0, 0, side, side));
        graphics.dispose();
        assertEquals(ADDRESS, PrintedSheets.decode(image).orElseThrow().getText(), "expected the SVG to decode");
        assertEquals(0xFFFFFF, image.getRGB(3, 3) & 0xFFFFFF,
                "expected the SVG to paint its own white quiet zone (not the page behind it)");
    }

    @Test
    void theCodeCorrectsAQuarterOfItsModulesAndHasNoBorderOfItsOwn() {
        BitMatrix modules = QrCodes.modules(ADDRESS);
        assertTrue(modules.get(0, 0) && modules.get(6, 6) && modules.get(modules.getWidth() - 1, 0),
                "expected the finder patterns at the matrix's corners (no margin from ZXing)");
        assertEquals(29, modules.getWidth(), "expected version 3 (29 modules) for a short address at level Q");
    }

    private static void assertWhite(BufferedImage image, int x, int y) {
        assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "expected white in the quiet zone at " + x + "," + y);
    }
}
