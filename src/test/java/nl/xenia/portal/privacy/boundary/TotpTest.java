package nl.xenia.portal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B, SHA-1 seed. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfcTestVectors() {
        Totp eightDigits = new Totp(8);
        assertEquals("94287082", eightDigits.code(RFC_SECRET, Instant.ofEpochSecond(59)), "expected RFC 6238 T=59");
        assertEquals("07081804", eightDigits.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)),
                "expected RFC 6238 T=1111111109");
        assertEquals("14050471", eightDigits.code(RFC_SECRET, Instant.ofEpochSecond(1111111111)),
                "expected RFC 6238 T=1111111111");
    }

    @Test
    void aCodeIsAcceptedWithinOneStepOfDriftAndOnlyOnce() {
        Totp totp = new Totp();
        byte[] secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-22T12:00:10Z");
        long step = now.getEpochSecond() / 30;
        String current = totp.code(secret, now);
        OptionalLong accepted = totp.accept(secret, current, now, 0);
        assertEquals(OptionalLong.of(step), accepted, "expected the current code accepted for its step");
        assertTrue(totp.accept(secret, current, now, step).isEmpty(), "expected the same code refused a second time");
        assertEquals(OptionalLong.of(step - 1), totp.accept(secret, totp.code(secret, now.minusSeconds(30)), now, 0),
                "expected the previous step's code accepted (drift)");
        assertEquals(OptionalLong.of(step + 1), totp.accept(secret, totp.code(secret, now.plusSeconds(30)), now, 0),
                "expected the next step's code accepted (drift)");
        assertTrue(totp.accept(secret, totp.code(secret, now.minusSeconds(60)), now, 0).isEmpty(),
                "expected a code two steps old refused");
        assertTrue(totp.accept(secret, "12a456", now, 0).isEmpty(), "expected a malformed code refused");
    }

    @Test
    void theEnrolmentQrCodeCarriesTheUriAndDecodes() throws Exception {
        byte[] secret = Totp.newSecret();
        String uri = Totp.enrolmentUri("Xenia", "staff member 1", secret);
        assertTrue(uri.startsWith("otpauth://totp/Xenia:staff%20member%201?secret=" + Totp.base32(secret)),
                "expected a standard otpauth URI: " + uri);
        String svg = Totp.qrSvg(uri);
        assertTrue(
                svg.startsWith("<svg") && !svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"),
                "expected an inline SVG that refers to no other resource");
        assertEquals(uri, decode(svg), "expected the QR code to decode to the enrolment URI");
    }

    /** Renders the SVG's squares into pixels and reads them back with ZXing's reader. */
    private static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), "expected a viewBox");
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
                }
            }
        }
        LuminanceSource source = new RGBLuminanceSource(size * scale, size * scale, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
