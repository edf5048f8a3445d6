package nl.xenia.portal.outreach.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes of the portal's addresses (ZXing): error correction Q, so that a worn or folded card still scans, and a
 * quiet zone of four modules around the symbol (drawn here, not by ZXing, so the PDF can place it).
 */
public final class QrCodes {

    /** The light border a reader needs around the symbol, in modules. */
    public static final int QUIET_ZONE = 4;
    /** Pixels per module of the PNG: a 29-module code is 592 pixels wide with its quiet zone. */
    public static final int PNG_MODULE_PIXELS = 16;
    /** Units per module of the SVG's own size (it scales without loss). */
    static final int SVG_MODULE_UNITS = 10;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name());

    private QrCodes() {
    }

    /** The symbol's modules, one bit each (true is dark), without the quiet zone. */
    public static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("The address is too long for a QR code", tooLong);
        }
    }

    /** The code as a black-on-white PNG with its quiet zone, {@value #PNG_MODULE_PIXELS} pixels per module. */
    public static byte[] png(String text) {
        BitMatrix modules = modules(text);
        int side = (modules.getWidth() + 2 * QUIET_ZONE) * PNG_MODULE_PIXELS;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / PNG_MODULE_PIXELS - QUIET_ZONE;
                int my = y / PNG_MODULE_PIXELS - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < modules.getWidth() && my < modules.getHeight()
                        && modules.get(mx, my);
                image.setRGB(x, y, dark ? 0 : white);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /**
     * The code as an SVG document: a white square with the quiet zone and one {@code <path>} of the dark modules (each
     * row's runs joined), crisp at any size; no text, no script, nothing fetched.
     */
    public static String svg(String text) {
        BitMatrix modules = modules(text);
        int side = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < modules.getWidth() && modules.get(x + run, y)) {
                    run++;
                }
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append('h').append(run)
                        .append("v1h-").append(run).append('z');
                x += run;
            }
        }
        int size = side * SVG_MODULE_UNITS;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size + "\" viewBox=\"0 0 "
                + side + " " + side + "\" shape-rendering=\"crispEdges\">" + "<rect width=\"" + side + "\" height=\""
                + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
