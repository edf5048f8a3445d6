package nl.xenia.portal.outreach.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The office's outreach page over HTTP on the running portal: staff find it in the navigation, tick languages, a
 * version and cards or flyers, and download one PDF (an attachment named by material and language codes, not kept,
 * one sheet per language and version, the organisation as author); the QR codes of a language as PNG and SVG lead to
 * the portal's home in that language, which the portal answers. A choice the boundary refuses is said on the page in
 * words, the choices shown again, no stack trace. Refused to the REPORTING role and the sounding board's coordinator
 * (403), and to visitors (sent to sign in). Screenshots of the page (desktop and phone), checked by axe.
 */
class OutreachOfficeIT {

    private static final String PAGE = "/office/en/outreach";
    private static final String STAFF = "outreach-staff";

    @Test
    void staffDownloadCardsFlyersAndQrCodesThatLeadToTheHomeInTheirLanguage() throws IOException {
        OfficeHttp office = Office.member(STAFF, "STAFF").signIn();
        HttpResponse<String> page = office.click(office.get("/office/en/dashboard"), "nav-outreach");
        assertEquals(200, page.statusCode(), "expected the outreach page in the staff's navigation");
        Document html = Portal.html(page);
        assertEquals(Bundles.text("en", "office.outreach.title"), html.selectFirst("h1").text());
        for (String language : Portal.languages()) {
            assertNotNull(html.getElementById("lang-" + language), "expected a box to tick for " + language);
            assertEquals(Portal.BASE + "/" + language, html.select("#qr-" + language + " code").text(),
                    "expected the address of the " + language + " code shown");
        }
        Element form = html.getElementById("print");
        assertEquals("get", form.attr("method"), "expected the choices sent in the address, nothing posted");
        assertTrue(html.getElementById("version-standard").hasAttr("checked"), "expected the standard version ticked");
        assertFalse(html.getElementById("version-neutral").hasAttr("checked"), "expected the neutral one not ticked");
        assertTrue(html.getElementById("product-cards").hasAttr("checked"), "expected cards chosen at first");

        HttpResponse<byte[]> cards = download(office,
                PAGE + "?download=pdf&product=cards&lang=ro&lang=bg&version=neutral");
        assertAttachment(cards, "application/pdf", "xenia-cards-ro-bg.pdf");
        assertEquals("%PDF", new String(cards.body(), 0, 4, StandardCharsets.US_ASCII), "expected a PDF");
        try (PDDocument document = Loader.loadPDF(cards.body())) {
            assertEquals(2, document.getNumberOfPages(), "expected a sheet for each language (one version)");
            assertEquals("Steunpunt Xenia", document.getDocumentInformation().getAuthor(),
                    "expected the organisation as the author");
            for (String field : List.of("Title", "Author", "Creator", "Producer")) {
                String value = String.valueOf(document.getDocumentInformation().getCustomMetadataValue(field));
                assertFalse(value.contains(STAFF), "expected no staff name in the PDF's " + field + ": " + value);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertTrue(joined(stripper.getText(document)).contains(joined(Bundles.text("ro",
                    "outreach.card.text.neutral"))), "expected the first sheet in Romanian, the neutral text");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(joined(stripper.getText(document)).contains(joined(Bundles.text("bg",
                    "outreach.card.text.neutral"))), "expected the second sheet in Bulgarian, the neutral text");
            BufferedImage sheet = new PDFRenderer(document).renderImageWithDPI(1, 150, ImageType.RGB);
            // the first card of the Bulgarian sheet
            BufferedImage card = sheet.getSubimage(px(19.4), px(13.5), px(85.6), px(54));
            assertEquals(Portal.BASE + "/bg", decode(card), "expected the Bulgarian card's code to lead to /bg");
        }

        HttpResponse<byte[]> both = download(office,
                PAGE + "?download=pdf&product=cards&lang=en&version=standard&version=neutral");
        assertAttachment(both, "application/pdf", "xenia-cards-en.pdf");
        try (PDDocument document = Loader.loadPDF(both.body())) {
            assertEquals(2, document.getNumberOfPages(), "expected a sheet for each version");
        }

        HttpResponse<byte[]> flyers = download(office, PAGE + "?download=pdf&product=flyers&lang=es&version=standard");
        assertAttachment(flyers, "application/pdf", "xenia-flyers-es.pdf");
        try (PDDocument document = Loader.loadPDF(flyers.body())) {
            assertEquals(1, document.getNumberOfPages(), "expected one sheet of flyers");
        }

        HttpResponse<byte[]> png = download(office, PAGE + "?download=png&lang=ro");
        assertAttachment(png, "image/png", "xenia-qr-ro.png");
        assertEquals(Portal.BASE + "/ro", decode(ImageIO.read(new ByteArrayInputStream(png.body()))),
                "expected the PNG's code to lead to the Romanian home");
        HttpResponse<byte[]> svg = download(office, PAGE + "?download=svg&lang=bg");
        assertAttachment(svg, "image/svg+xml", "xenia-qr-bg.svg");
        String drawing = new String(svg.body(), StandardCharsets.UTF_8);
        assertTrue(drawing.startsWith("<svg") && drawing.split("<path", -1).length == 2,
                "expected an SVG of one path: " + drawing.substring(0, Math.min(200, drawing.length())));

        HttpResponse<String> shortAddress = Portal.get("/ro");
        assertEquals(301, shortAddress.statusCode(), "expected the code's address /ro sent on to the home page");
        assertEquals("/ro/", shortAddress.headers().firstValue("Location").orElse(""));
        assertEquals(200, Portal.get("/ro/").statusCode(), "expected the Romanian home page");
    }

    @Test
    void aBadChoiceIsSaidOnThePageWithoutAStackTrace() {
        OfficeHttp office = Office.member(STAFF, "STAFF").signIn();
        Map<String, String> cases = Map.of(
                "?download=pdf&product=cards&lang=xx&version=standard", "OutreachException.Problem.UNKNOWN_LANGUAGE",
                "?download=pdf&product=cards&version=neutral", "OutreachException.Problem.NO_LANGUAGE",
                "?download=pdf&product=cards&lang=ro", "OutreachException.Problem.VERSION",
                "?download=pdf&product=cards&lang=ro&version=tabloid", "OutreachException.Problem.VERSION",
                "?download=pdf&product=posters&lang=ro&version=standard", "OutreachException.Problem.MATERIAL",
                "?download=png&lang=ro&lang=bg", "OutreachException.Problem.ONE_LANGUAGE",
                "?download=svg", "OutreachException.Problem.NO_LANGUAGE",
                "?download=zip&lang=ro", "office.outreach.message.error.download");
        cases.forEach((query, key) -> {
            HttpResponse<String> answer = office.get(PAGE + query);
            assertEquals(200, answer.statusCode(), "expected the page again for " + query);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                    "expected the page, not a file, for " + query);
            assertEquals(Bundles.text("en", key), OfficeHttp.messages(answer),
                    "expected the refusal in words for " + query);
            for (String trace : List.of("Exception:", "OutreachException", "at nl.xenia", "at java.", "Caused by")) {
                int at = answer.body().indexOf(trace);
                assertTrue(at < 0, "expected no stack trace for " + query + ": " + trace + " in "
                        + answer.body().substring(Math.max(0, at - 300), Math.min(answer.body().length(), at + 300)));
            }
        });
        Document again = Portal.html(office.get(PAGE + "?download=pdf&product=flyers&lang=ro&lang=es"));
        assertTrue(again.getElementById("lang-ro").hasAttr("checked") && again.getElementById("lang-es")
                .hasAttr("checked"), "expected the languages ticked as they were");
        assertFalse(again.getElementById("lang-nl").hasAttr("checked"), "expected the others not ticked");
        assertTrue(again.getElementById("product-flyers").hasAttr("checked"), "expected flyers still chosen");
    }

    @Test
    void otherRolesAreRefusedAndVisitorsAskedToSignIn() {
        List<String> addresses = List.of(PAGE, PAGE + "?download=pdf&product=cards&lang=ro&version=standard",
                PAGE + "?download=png&lang=ro", PAGE + "?download=svg&lang=ro");
        OfficeHttp reporting = Office.memberWithoutAccess("outreach-reporting", "REPORTING").signIn();
        OfficeHttp coordinator = Office.member("outreach-coordinator", "COORDINATOR").signIn();
        OfficeHttp visitor = new OfficeHttp();
        for (String address : addresses) {
            assertEquals("403", reporting.answer(address), "expected " + address + " refused to REPORTING");
            assertEquals("403", coordinator.answer(address), "expected " + address + " refused to a coordinator");
            assertEquals("303 login", visitor.answer(address), "expected a visitor sent to sign in: " + address);
        }
        assertTrue(Portal.html(coordinator.get("/office/en/dashboard")).select("#nav-outreach").isEmpty(),
                "expected no outreach entry in a coordinator's navigation");
        assertEquals("200", Office.adminOffice().answer(PAGE), "expected the page open to an admin");
    }

    @Test
    void thePageReadsWellAtADesktopsWidthAndOnAPhone() {
        OutreachScreenshots.take(STAFF);
    }

    /** A GET in the member's office session, the body as bytes. */
    private static HttpResponse<byte[]> download(OfficeHttp office, String path) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(office.cookies())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            return client.send(HttpRequest.newBuilder(Portal.uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void assertAttachment(HttpResponse<byte[]> response, String type, String fileName) {
        assertEquals(200, response.statusCode(), "expected " + fileName + " answered");
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), "expected " + type);
        assertEquals("attachment; filename=\"" + fileName + "\"",
                response.headers().firstValue("Content-Disposition").orElse(""),
                "expected an attachment named by material and languages only");
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""),
                "expected the file kept in no cache");
    }

    private static String decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException none) {
            throw new AssertionError("expected a readable QR code", none);
        }
    }

    private static int px(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 150);
    }

    private static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }
}
