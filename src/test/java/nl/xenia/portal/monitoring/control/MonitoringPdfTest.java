package nl.xenia.portal.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.monitoring.boundary.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF of a report made by hand ({@link HandMadeReport}), opened with PDFBox: its first page (rendered to
 * target/screenshots/monitoring-report-page1.png at 150 dpi) has the title, the introduction and the rule for small
 * numbers explained; the tables say "&lt; 5" and "×"; the charts are drawn as vectors with the rows' colours; no
 * hidden cell's true value is anywhere in it, not even as a chart's scale; the fonts are embedded; the metadata name
 * the organisation and the portal, never a person.
 */
class MonitoringPdfTest {

    private static final LocalDate MADE_ON = LocalDate.of(2026, 11, 28);
    private static byte[] dutch;
    private static byte[] english;

    @BeforeAll
    static void write() throws IOException {
        Report report = HandMadeReport.report();
        dutch = MonitoringPdf.write(report, HandMadeReport.text("nl"), MADE_ON);
        english = MonitoringPdf.write(report, HandMadeReport.text("en"), MADE_ON);
        Path folder = Path.of(System.getProperty("xenia.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve("monitoring-report-nl.pdf"), dutch);
        try (PDDocument pdf = Loader.loadPDF(dutch)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            ImageIO.write(renderer.renderImageWithDPI(0, 150), "png",
                    folder.resolve("monitoring-report-page1.png").toFile());
            ImageIO.write(renderer.renderImageWithDPI(2, 150), "png",
                    folder.resolve("monitoring-report-page3.png").toFile());
        }
    }

    @Test
    void theFirstPageHasTheTitleTheIntroductionAndTheRuleExplained() throws IOException {
        for (String language : List.of("nl", "en")) {
            String first = text(language.equals("nl") ? dutch : english, 1, 1);
            String title = Bundles.format(language, "office.monitoring.report.title", java.util.Map.of("period",
                    "2026"));
            assertTrue(first.contains(title), "expected the title on the first page (" + language + "): " + first);
            for (String key : List.of("office.monitoring.report.intro.title", "office.monitoring.report.rule.title",
                    "office.monitoring.report.contents")) {
                assertTrue(first.contains(Bundles.text(language, key)),
                        "expected " + key + " on the first page (" + language + ")");
            }
            assertTrue(words(first).contains(words(Bundles.text(language, "office.monitoring.report.intro.portal"))),
                    "expected the introduction on the first page (" + language + ")");
            assertTrue(words(first).contains(words(Bundles.text(language, "office.monitoring.report.intro.counted"))),
                    "expected what is counted, and how, on the first page (" + language + ")");
            assertTrue(words(first).contains(words(Bundles.format(language, "office.monitoring.report.rule.hidden",
                    java.util.Map.of("threshold", "5")))),
                    "expected '×' explained on the first page (" + language + ")");
            assertTrue(first.contains(Bundles.format(language, "office.monitoring.report.page",
                    java.util.Map.of("page", "1", "pages", String.valueOf(pages(language.equals("nl")
                            ? dutch
                            : english))))),
                    "expected the page number at the foot (" + language + ")");
        }
        String first = text(dutch, 1, 1);
        assertTrue(first.contains("28 november 2026"), "expected the day it was made, in Dutch");
        assertTrue(first.contains("1 januari 2026 – 31 december 2026"), "expected the period's days, in Dutch");
    }

    @Test
    void theTablesShowBelowFiveAndCrossAndNoHiddenValue() throws IOException {
        for (byte[] pdf : List.of(dutch, english)) {
            String all = text(pdf, 2, pages(pdf));
            assertTrue(all.contains("< 5"), "expected '< 5' in the tables");
            assertTrue(all.contains("×"), "expected '×' in the tables");
            assertFalse(text(pdf, 1, pages(pdf)).contains(String.valueOf(HandMadeReport.SECRET)),
                    "expected no hidden cell's true value anywhere in the PDF");
            // a hidden value drawn in a chart would stretch its scale far beyond what the tables show
            Matcher number = Pattern.compile("\\d{1,3}(?:[.,\\u00a0\\u202f]\\d{3})+|\\d{3,}").matcher(all);
            List<String> large = new ArrayList<>();
            while (number.find()) {
                String digits = number.group().replaceAll("\\D", "");
                if (!digits.equals("2026") && Long.parseLong(digits) > HandMadeReport.LARGEST_SHOWN) {
                    large.add(number.group());
                }
            }
            assertTrue(large.isEmpty(), "expected no number beyond the largest one shown (no hidden value plotted): "
                    + large);
        }
        String dutchText = text(dutch, 2, pages(dutch));
        assertTrue(dutchText.contains("Roemeens") && dutchText.contains("Súdwest-Fryslân")
                && dutchText.contains("K3 2026") && dutchText.contains("Totaal"),
                "expected the labels in Dutch: a language, a municipality, a quarter, the totals");
        assertTrue(dutchText.contains("12,5 uur"), "expected the median in hours, in Dutch");
        assertTrue(dutchText.contains(Bundles.format("nl", "office.monitoring.statistic.hidden",
                java.util.Map.of("threshold", "5"))), "expected a statistic on fewer than five cases not shown");
    }

    @Test
    void theChartsAreDrawnAsVectorsInTheRowsColours() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutch)) {
            assertTrue(charts(pdf.getPage(0)).isEmpty(), "expected no chart on the first page");
            List<PDFormXObject> charts = new ArrayList<>();
            for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                charts.addAll(charts(pdf.getPage(page)));
            }
            assertEquals(3, charts.size(), "expected a chart per charted table: channels, topics, languages");
            Color first = ChartPalette.colour(0);
            for (PDFormXObject chart : charts) {
                Drawing drawing = drawing(chart);
                assertTrue(drawing.fills() >= 5, "expected bars and text drawn as vectors: " + drawing);
                assertTrue(drawing.colours().contains(first),
                        "expected the first row's bars in the first colour: " + drawing);
                assertTrue(drawing.texts() > 4, "expected the axes and the legend as text: " + drawing);
            }
        }
    }

    @Test
    void theFontsAreEmbeddedDejaVu() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutch)) {
            PDResources resources = pdf.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), "expected every font embedded: " + font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), "expected DejaVu Sans: " + font.getName());
                fonts++;
            }
            assertTrue(fonts >= 2, "expected the regular and the bold font on the first page");
        }
    }

    @Test
    void theMetadataNameTheOrganisationNeverAPerson() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dutch)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Monitoring Steunpunt Xenia 2026", info.getTitle(), "expected the report's title");
            assertEquals("Steunpunt Xenia", info.getAuthor(), "expected the organisation as the author");
            assertEquals("Xenia portal", info.getCreator(), "expected the portal as the creator");
            assertNotNull(info.getSubject(), "expected a subject");
            assertTrue(info.getSubject().contains("2026"), "expected the subject to name the period");
            String producer = info.getProducer() == null ? "" : info.getProducer();
            assertTrue(producer.isEmpty() || producer.toLowerCase(Locale.ROOT).contains("openpdf"),
                    "expected no producer but the library (never a person): " + producer);
            for (String key : info.getMetadataKeys()) {
                String value = info.getCustomMetadataValue(key);
                assertFalse(value != null && value.contains("admin"), "expected no account name in " + key);
            }
            assertEquals("nl", pdf.getDocumentCatalog().getLanguage(), "expected the document's language");
        }
        try (PDDocument pdf = Loader.loadPDF(english)) {
            assertEquals("en", pdf.getDocumentCatalog().getLanguage(), "expected the English report in English");
            assertEquals("Monitoring Steunpunt Xenia 2026", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aQuartersReportIsTitledByItsQuarter() throws IOException {
        Report quarter = new Report(nl.xenia.portal.monitoring.boundary.Period.quarter(2026, 3), List.of());
        byte[] pdf = MonitoringPdf.write(quarter, HandMadeReport.text("nl"), MADE_ON);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("Monitoring Steunpunt Xenia K3 2026", document.getDocumentInformation().getTitle());
            assertEquals(1, document.getNumberOfPages(), "expected only the first page without sections");
        }
        assertTrue(text(pdf, 1, 1).contains("1 juli 2026 – 30 september 2026"), "expected the quarter's days");
        assertTrue(text(pdf, 1, 1).contains(Bundles.text("nl", "office.monitoring.empty")),
                "expected to be told there are no figures");
    }

    @Test
    void theFirstPageHoldsTheContentsOfEverySectionWithTheirPages() throws IOException {
        List<String> titles = List.of("office.monitoring.channels.title", "office.monitoring.questions.title",
                "office.nav.appointments", "office.nav.meetups", "office.nav.consultations", "office.nav.pages",
                "office.nav.members");
        List<Report.Section> sections = new ArrayList<>();
        for (String title : titles) {
            sections.add(new Report.Section(title, title, HandMadeReport.report().sections().get(1).tables(),
                    List.of()));
        }
        for (String language : List.of("nl", "en")) {
            Report quarter = new Report(nl.xenia.portal.monitoring.boundary.Period.quarter(2026, 3), sections);
            byte[] pdf = MonitoringPdf.write(quarter, HandMadeReport.text(language), MADE_ON);
            String first = text(pdf, 1, 1);
            int page = 2;
            for (String title : titles) {
                String line = first.lines().filter(it -> it.startsWith(Bundles.text(language, title))).findFirst()
                        .orElseThrow(() -> new AssertionError("expected " + title + " in the contents on page 1 ("
                                + language + "): " + first));
                int listed = Integer.parseInt(line.strip().replaceAll(".*?(\\d+)$", "$1"));
                assertTrue(listed >= page, "expected the sections' pages in order: " + line);
                assertTrue(text(pdf, listed, listed).contains(Bundles.text(language, title)),
                        "expected " + title + " to begin on the page the contents name (" + language + ")");
                page = listed + 1;
            }
        }
    }

    @Test
    void theFirstPageLooksLikeAReport() throws IOException {
        BufferedImage page = ImageIO.read(Path.of(System.getProperty("xenia.screenshots", "target/screenshots"))
                .resolve("monitoring-report-page1.png").toFile());
        assertEquals(1240, page.getWidth(), 2, "expected A4 at 150 dpi");
        assertEquals(new Color(0x3b1d58).getRGB(), page.getRGB(20, 20), "expected the purple band at the top");
    }

    // --- reading the PDF ---

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }

    /** Text with its lines joined, so that a paragraph the page wrapped reads as written. */
    private static String words(String text) {
        return text.replaceAll("-\\s+", "-").replaceAll("\\s+", " ").strip();
    }

    private static List<PDFormXObject> charts(PDPage page) throws IOException {
        List<PDFormXObject> forms = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            PDXObject object = page.getResources().getXObject(name);
            if (object instanceof PDFormXObject form) {
                forms.add(form);
            }
        }
        return forms;
    }

    /** What a chart's content stream draws: filled paths, fill colours (RGB) and text shown. */
    record Drawing(int fills, List<Color> colours, int texts) {
    }

    private static Drawing drawing(PDFormXObject form) throws IOException {
        List<Object> tokens = new PDFStreamParser(form).parse();
        int fills = 0;
        int texts = 0;
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator) {
                switch (operator.getName()) {
                    case "f", "f*", "F", "B", "b" -> fills++;
                    case "Tj", "TJ" -> texts++;
                    case "rg" -> colours.add(new Color(channel(tokens.get(i - 3)), channel(tokens.get(i - 2)),
                            channel(tokens.get(i - 1))));
                    default -> {
                    }
                }
            }
        }
        return new Drawing(fills, colours, texts);
    }

    private static int channel(Object number) {
        return Math.round(((COSNumber) number).floatValue() * 255);
    }
}
