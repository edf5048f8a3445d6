package nl.xenia.portal.monitoring.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.Report;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A report as a PDF to hand to the municipalities (OpenPDF, A4, DejaVu Sans embedded): a first page with the title,
 * an introduction (what the portal is for, what is counted and how, the period, the day it was made) and the rule for
 * small numbers explained; then per section its tables, each as a chart (JFreeChart, drawn as vectors into the page
 * through OpenPDF's Graphics2D, its text in the embedded font) with the table under it, and its other figures;
 * page numbers at the foot. A cell shown as "&lt; 5" or "×" is a gap in its chart: a hidden cell has no value here to
 * draw. The metadata name the organisation, never a person; no name of staff is anywhere in it.
 */
public final class MonitoringPdf {

    /** Who made the report, as its metadata say: the organisation. */
    public static final String AUTHOR = "Steunpunt Xenia";
    /** The program that made it. */
    public static final String CREATOR = "Xenia portal";

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR_TTF = resource(FONTS + "DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = resource(FONTS + "DejaVuSans-Bold.ttf");
    private static final java.awt.Font AWT_REGULAR = awtFont(REGULAR_TTF);
    private static final java.awt.Font AWT_BOLD = awtFont(BOLD_TTF);

    /** The office's purple, and its lighter tints. */
    private static final Color PURPLE = new Color(0x3b1d58);
    private static final Color PURPLE_MID = new Color(0x5b2c83);
    private static final Color PURPLE_PALE = new Color(0xefe8f5);
    private static final Color GREY = new Color(0x555555);
    private static final Color RULE = new Color(0xcccccc);
    private static final Color ZEBRA = new Color(0xf6f6f6);

    private static final float MARGIN = 56;
    private static final float TOP = 78;
    private static final float BOTTOM = 64;
    private static final float BAND = 58;
    private static final float CHART_HEIGHT = 200;

    private final LabelText text;
    private final BaseFont regular;
    private final BaseFont bold;
    private final Font body;
    private final Font small;
    private final Font smallGrey;
    private final Font cellFont;
    private final Font cellBold;
    private final Font title;
    private final Font heading;
    private final Font subheading;

    private MonitoringPdf(LabelText text) {
        this.text = text;
        this.regular = baseFont("DejaVuSans.ttf", REGULAR_TTF);
        this.bold = baseFont("DejaVuSans-Bold.ttf", BOLD_TTF);
        this.body = new Font(regular, 10, Font.NORMAL, Color.BLACK);
        this.small = new Font(regular, 8.5f, Font.NORMAL, Color.BLACK);
        this.smallGrey = new Font(regular, 8.5f, Font.NORMAL, GREY);
        this.cellFont = new Font(regular, 8.5f, Font.NORMAL, Color.BLACK);
        this.cellBold = new Font(bold, 8.5f, Font.NORMAL, Color.BLACK);
        this.title = new Font(bold, 21, Font.NORMAL, PURPLE);
        this.heading = new Font(bold, 16, Font.NORMAL, PURPLE);
        this.subheading = new Font(bold, 12, Font.NORMAL, PURPLE_MID);
    }

    /**
     * The report as the bytes of a PDF file in the language of {@code text}.
     *
     * @param madeOn the day it is made (said on the first page)
     */
    public static byte[] write(Report report, LabelText text, LocalDate madeOn) {
        MonitoringPdf pdf = new MonitoringPdf(text);
        try {
            // once to learn on which page each section begins, then again with those pages in the contents
            List<Integer> starts = new ArrayList<>();
            pdf.document(report, madeOn, null, starts);
            return pdf.numbered(pdf.document(report, madeOn, starts, new ArrayList<>()));
        } catch (DocumentException | IOException failed) {
            throw new IllegalStateException("the monitoring report could not be written", failed);
        }
    }

    /** The report's title ("Monitoring Steunpunt Xenia 2026", "… K3 2026"): the PDF's title and first line. */
    public static String title(Report report, LabelText text) {
        return text.format("office.monitoring.report.title", "period", text.period(report.period()));
    }

    /**
     * The report without page numbers; {@code contents} the page each section begins on (null: not known yet, the
     * contents then show none), {@code starts} filled with where they began this time.
     */
    private byte[] document(Report report, LocalDate madeOn, List<Integer> contents, List<Integer> starts)
            throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, TOP, BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(text.language()));
        String reportTitle = title(report, text);
        writer.setPageEvent(new Frame(reportTitle));
        document.addTitle(reportTitle);
        document.addSubject(text.format("office.monitoring.report.subject", "period", text.period(report.period())));
        document.addAuthor(AUTHOR);
        document.addCreator(CREATOR);
        document.addKeywords(text.text("office.monitoring.report.keywords"));
        document.setDocumentLanguage(text.language());
        document.open();

        firstPage(document, report, reportTitle, madeOn, contents);
        for (Report.Section section : report.sections()) {
            document.newPage();
            starts.add(writer.getPageNumber());
            section(document, writer, section);
        }
        document.close();
        return out.toByteArray();
    }

    private void firstPage(Document document, Report report, String reportTitle, LocalDate madeOn,
            List<Integer> contents) throws DocumentException {
        Paragraph head = new Paragraph(reportTitle, title);
        head.setSpacingAfter(4);
        document.add(head);
        Paragraph when = new Paragraph(text.format("office.monitoring.report.made", "days",
                text.days(report.period()), "date", text.date(madeOn)), smallGrey);
        when.setSpacingAfter(6);
        document.add(when);

        document.add(heading(text.text("office.monitoring.report.intro.title")));
        document.add(paragraph(text.text("office.monitoring.report.intro.portal")));
        document.add(paragraph(text.text("office.monitoring.report.intro.counted")));
        document.add(paragraph(text.format("office.monitoring.report.intro.period", "days",
                text.days(report.period()))));

        document.add(heading(text.text("office.monitoring.report.rule.title")));
        document.add(paragraph(text.format("office.monitoring.report.rule.intro", "threshold",
                String.valueOf(TableSuppression.THRESHOLD))));
        PdfPTable rule = new PdfPTable(new float[]{1, 9});
        rule.setWidthPercentage(100);
        rule.setSpacingBefore(2);
        rule.setSpacingAfter(6);
        rule.addCell(symbol(LabelText.BELOW_FIVE));
        rule.addCell(explanation(text.format("office.monitoring.report.rule.belowFive", "threshold",
                String.valueOf(TableSuppression.THRESHOLD))));
        rule.addCell(symbol(LabelText.HIDDEN));
        rule.addCell(explanation(text.format("office.monitoring.report.rule.hidden", "threshold",
                String.valueOf(TableSuppression.THRESHOLD))));
        document.add(rule);
        document.add(paragraph(text.format("office.monitoring.report.rule.statistics", "threshold",
                String.valueOf(TableSuppression.THRESHOLD))));
        document.add(paragraph(text.format("office.monitoring.report.rule.charts", "threshold",
                String.valueOf(TableSuppression.THRESHOLD))));

        document.add(heading(text.text("office.monitoring.report.contents")));
        if (report.sections().isEmpty()) {
            document.add(paragraph(text.text("office.monitoring.empty")));
        }
        for (int s = 0; s < report.sections().size(); s++) {
            Paragraph line = new Paragraph(text.text(report.sections().get(s).titleKey()), body);
            line.add(new Chunk(new DottedLineSeparator()));
            line.add(new Chunk(contents == null ? "" : String.valueOf(contents.get(s)), body));
            line.setSpacingAfter(2);
            document.add(line);
        }
    }

    private void section(Document document, PdfWriter writer, Report.Section section) throws DocumentException {
        Paragraph sectionHeading = new Paragraph(text.text(section.titleKey()), heading);
        sectionHeading.setSpacingAfter(8);
        document.add(sectionHeading);
        for (PublishedTable table : section.tables()) {
            boolean charted = table.chart() != FigureTable.Chart.NONE && !table.columns().isEmpty()
                    && !table.rows().isEmpty();
            // the title, the chart and the table together on one page when they fit on one
            float needed = (charted ? CHART_HEIGHT : 0) + 50
                    + 18 * (table.rows().size() + 1 + (table.hasColumnTotals() ? 1 : 0));
            if (writer.getVerticalPosition(false) - document.bottom() < needed) {
                document.newPage();
            }
            Paragraph tableTitle = new Paragraph(text.text(table.titleKey()), subheading);
            tableTitle.setSpacingBefore(6);
            tableTitle.setSpacingAfter(4);
            tableTitle.setKeepTogether(true);
            document.add(tableTitle);
            if (charted) {
                chart(document, writer, table);
            }
            document.add(table(table));
            Paragraph legend = legend(table, charted);
            if (legend != null) {
                document.add(legend);
            }
        }
        if (!section.statistics().isEmpty()) {
            Paragraph others = new Paragraph(text.text("office.monitoring.statistics"), subheading);
            others.setSpacingBefore(8);
            others.setSpacingAfter(4);
            document.add(others);
            PdfPTable statistics = new PdfPTable(new float[]{6, 4});
            statistics.setWidthPercentage(100);
            int line = 0;
            for (Report.PublishedStatistic statistic : section.statistics()) {
                Color fill = line++ % 2 == 1 ? ZEBRA : Color.WHITE;
                statistics.addCell(cell(text.text(statistic.labelKey()), cellFont, Element.ALIGN_LEFT, fill));
                statistics.addCell(cell(text.statistic(statistic), statistic.value() == null ? cellFont : cellBold,
                        Element.ALIGN_RIGHT, fill));
            }
            document.add(statistics);
        }
    }

    // --- the chart ---

    /** The table's chart, drawn by JFreeChart into a template of the page (vectors, text in the embedded font). */
    private void chart(Document document, PdfWriter writer, PublishedTable table) throws DocumentException {
        float width = document.right() - document.left();
        JFreeChart chart = chartOf(table);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, CHART_HEIGHT);
        Graphics2D graphics = template.createGraphics(width, CHART_HEIGHT, new DejaVuMapper());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
        } finally {
            graphics.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setAlt(text.format("office.monitoring.chart.label", "title", text.text(table.titleKey())));
        document.add(image);
    }

    /** A stacked (or grouped) bar chart of the table: a series per row, a bar per time column, gaps for "< 5"/"×". */
    private JFreeChart chartOf(PublishedTable table) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> columns = text.columns(table.columns());
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String row = text.label(table.rows().get(r));
            String series = seen.add(row) ? row : row + " (" + (r + 1) + ")";
            for (int c = 0; c < columns.size(); c++) {
                PublishedTable.Cell cell = table.cells().get(r).get(c);
                // a gap, never a value: a hidden cell has none, a cell below five is drawn as nothing
                dataset.addValue(cell.visible() ? cell.value() : null, series, columns.get(c));
            }
        }
        boolean stacked = table.chart() == FigureTable.Chart.STACKED_BARS;
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(null, null, null, dataset, PlotOrientation.VERTICAL, true, false,
                        false)
                : ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(2, 0, 2, 0));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(RULE);
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        CategoryAxis times = plot.getDomainAxis();
        times.setMaximumCategoryLabelLines(2);
        times.setCategoryMargin(stacked ? 0.35 : 0.2);
        times.setLowerMargin(0.02);
        times.setUpperMargin(0.02);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMaximumBarWidth(0.12);
        bars.setItemMargin(0.02);
        for (int r = 0; r < table.rows().size(); r++) {
            bars.setSeriesPaint(r, ChartPalette.colour(r));
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemFont(AWT_REGULAR.deriveFont(7.5f));
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("xenia");
        theme.setExtraLargeFont(AWT_BOLD.deriveFont(12f));
        theme.setLargeFont(AWT_BOLD.deriveFont(9f));
        theme.setRegularFont(AWT_REGULAR.deriveFont(8f));
        theme.setSmallFont(AWT_REGULAR.deriveFont(7.5f));
        theme.setTickLabelPaint(new Color(0x333333));
        theme.setAxisLabelPaint(new Color(0x333333));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    /** AWT's fonts as the embedded DejaVu Sans (bold or not), so the chart's text is text in the PDF. */
    private final class DejaVuMapper implements FontMapper {

        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? bold : regular;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return (font == bold ? AWT_BOLD : AWT_REGULAR).deriveFont((float) size);
        }
    }

    // --- the table ---

    private PdfPTable table(PublishedTable table) {
        List<String> columns = text.columns(table.columns());
        int count = 1 + columns.size() + (table.hasRowTotals() ? 1 : 0);
        float[] widths = new float[count];
        widths[0] = columns.size() > LabelText.MANY_COLUMNS ? 2.6f : 3.5f;
        for (int i = 1; i < count; i++) {
            widths[i] = 1;
        }
        if (table.hasRowTotals()) {
            widths[count - 1] = 1.4f; // room for "Totaal" in bold
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(6);
        pdf.setSpacingAfter(4);
        pdf.setHeaderRows(1);
        Font header = columns.size() > LabelText.MANY_COLUMNS
                ? new Font(bold, 7, Font.NORMAL, Color.WHITE)
                : new Font(bold, 8.5f, Font.NORMAL, Color.WHITE);
        pdf.addCell(cell(text.text(table.rowsKey()), header, Element.ALIGN_LEFT, PURPLE_MID));
        for (String column : columns) {
            pdf.addCell(cell(column, header, Element.ALIGN_RIGHT, PURPLE_MID));
        }
        if (table.hasRowTotals()) {
            pdf.addCell(cell(text.total(), header, Element.ALIGN_RIGHT, PURPLE_MID));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Color fill = r % 2 == 1 ? ZEBRA : Color.WHITE;
            pdf.addCell(cell(text.label(table.rows().get(r)), cellFont, Element.ALIGN_LEFT, fill));
            for (PublishedTable.Cell shown : table.cells().get(r)) {
                pdf.addCell(cell(text.cell(shown), cellFont, Element.ALIGN_RIGHT, fill));
            }
            if (table.hasRowTotals()) {
                pdf.addCell(cell(text.cell(table.rowTotals().get(r)), cellBold, Element.ALIGN_RIGHT, fill));
            }
        }
        if (table.hasColumnTotals()) {
            pdf.addCell(cell(text.total(), cellBold, Element.ALIGN_LEFT, PURPLE_PALE));
            for (PublishedTable.Cell total : table.columnTotals()) {
                pdf.addCell(cell(text.cell(total), cellBold, Element.ALIGN_RIGHT, PURPLE_PALE));
            }
            if (table.hasRowTotals()) {
                pdf.addCell(cell(table.grandTotal() == null ? "" : text.cell(table.grandTotal()), cellBold,
                        Element.ALIGN_RIGHT, PURPLE_PALE));
            }
        }
        return pdf;
    }

    /** The legend under a table: what its "< 5" and "×" mean, and that the chart leaves them out; null if none. */
    private Paragraph legend(PublishedTable table, boolean charted) {
        boolean belowFive = shows(table, PublishedTable.Shown.BELOW_FIVE);
        boolean hidden = shows(table, PublishedTable.Shown.HIDDEN);
        if (!belowFive && !hidden) {
            return null;
        }
        Paragraph legend = new Paragraph();
        legend.setFont(smallGrey);
        legend.setSpacingAfter(10);
        List<String> parts = new ArrayList<>();
        if (belowFive) {
            parts.add(text.format("office.monitoring.legend.belowFive", "threshold",
                    String.valueOf(TableSuppression.THRESHOLD)));
        }
        if (hidden) {
            parts.add(text.text("office.monitoring.legend.hidden"));
        }
        if (charted) {
            parts.add(text.text("office.monitoring.legend.chart"));
        }
        legend.add(new Chunk(String.join("   ", parts), smallGrey));
        return legend;
    }

    /** Whether any cell or total of the table is shown this way. */
    static boolean shows(PublishedTable table, PublishedTable.Shown kind) {
        return table.cells().stream().flatMap(List::stream).anyMatch(cell -> cell.shown() == kind)
                || table.rowTotals().stream().anyMatch(cell -> cell.shown() == kind)
                || table.columnTotals().stream().anyMatch(cell -> cell.shown() == kind)
                || table.grandTotal() != null && table.grandTotal().shown() == kind;
    }

    // --- building blocks ---

    private Paragraph heading(String words) {
        Paragraph paragraph = new Paragraph(words, subheading);
        paragraph.setSpacingBefore(4);
        paragraph.setSpacingAfter(3);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    private Paragraph paragraph(String words) {
        Paragraph paragraph = new Paragraph(words, body);
        paragraph.setLeading(0, 1.3f);
        paragraph.setSpacingAfter(5);
        return paragraph;
    }

    private PdfPCell symbol(String symbol) {
        PdfPCell cell = new PdfPCell(new Phrase(symbol, new Font(bold, 12, Font.NORMAL, PURPLE)));
        cell.setBackgroundColor(PURPLE_PALE);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(6);
        return cell;
    }

    private PdfPCell explanation(String words) {
        PdfPCell cell = new PdfPCell(new Phrase(words, body));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(3);
        cell.setPadding(5);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    private static PdfPCell cell(String words, Font font, int alignment, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(words, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(fill);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        return cell;
    }

    /** The band on the first page and the title line on the others. */
    private final class Frame extends PdfPageEventHelper {

        private final String reportTitle;

        Frame(String reportTitle) {
            this.reportTitle = reportTitle;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            if (writer.getPageNumber() == 1) {
                canvas.saveState();
                canvas.setColorFill(PURPLE);
                canvas.rectangle(0, page.getHeight() - BAND, page.getWidth(), BAND);
                canvas.fill();
                canvas.restoreState();
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                        new Phrase(AUTHOR, new Font(bold, 13, Font.NORMAL, Color.WHITE)), MARGIN,
                        page.getHeight() - BAND / 2 - 2, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(text.text("office.monitoring.report.band"),
                                new Font(regular, 9, Font.NORMAL, Color.WHITE)),
                        page.getWidth() - MARGIN, page.getHeight() - BAND / 2 - 1, 0);
            } else {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(reportTitle, smallGrey), MARGIN,
                        page.getHeight() - 40, 0);
                canvas.saveState();
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(MARGIN, page.getHeight() - 46);
                canvas.lineTo(page.getWidth() - MARGIN, page.getHeight() - 46);
                canvas.stroke();
                canvas.restoreState();
            }
        }
    }

    /** The pages numbered at their foot ("Pagina 2 van 7"), now that their number is known. */
    private byte[] numbered(byte[] pdf) throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            Font foot = new Font(regular, 8, Font.NORMAL, GREY);
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte canvas = stamper.getOverContent(page);
                canvas.saveState();
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(MARGIN, 44);
                canvas.lineTo(size.getWidth() - MARGIN, 44);
                canvas.stroke();
                canvas.restoreState();
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                        new Phrase(text.text("office.monitoring.report.foot"), foot), MARGIN, 32, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(text.format("office.monitoring.report.page", "page", String.valueOf(page),
                                "pages", String.valueOf(pages)), foot),
                        size.getWidth() - MARGIN, 32, 0);
            }
            stamper.close();
        } finally {
            reader.close();
        }
        return out.toByteArray();
    }

    // --- fonts ---

    private static BaseFont baseFont(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (DocumentException | IOException unreadable) {
            throw new IllegalStateException("the embedded font " + name + " could not be read", unreadable);
        }
    }

    private static java.awt.Font awtFont(byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException unreadable) {
            throw new IllegalStateException("a chart font could not be read", unreadable);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = MonitoringPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
