package nl.xenia.portal.monitoring.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.xenia.portal.monitoring.boundary.Label;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV (Apache Commons CSV), UTF-8 with a byte order mark so that spreadsheet programs read the letters
 * right: the columns {@link #HEADER}, one line per published cell and per total (a total's row or column is named
 * "Total"), the value a number, "&lt; 5" or "×" exactly as the page shows it; then one line per statistic (its table
 * the section's other figures, its column the unit). Labels in the office language of the {@link LabelText}. Only
 * what {@link Report} publishes goes in: a hidden cell has no value to write.
 */
public final class MonitoringCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("period", "section", "table", "row", "column", "value");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private MonitoringCsv() {
    }

    /** The report as the bytes of a CSV file (BOM, UTF-8, CRLF line ends). */
    public static byte[] write(Report report, LabelText text) {
        String csv = text(report, text);
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }

    /** The report as CSV text (without the byte order mark). */
    public static String text(Report report, LabelText text) {
        StringBuilder out = new StringBuilder();
        String period = period(report);
        String total = text.total();
        try (CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (Report.Section section : report.sections()) {
                String sectionTitle = text.text(section.titleKey());
                for (PublishedTable table : section.tables()) {
                    String tableTitle = text.text(table.titleKey());
                    List<String> columns = table.columns().stream().map(text::label).toList();
                    for (int r = 0; r < table.rows().size(); r++) {
                        String row = text.label(table.rows().get(r));
                        for (int c = 0; c < columns.size(); c++) {
                            csv.printRecord(period, sectionTitle, tableTitle, row, columns.get(c),
                                    text.cell(table.cells().get(r).get(c)));
                        }
                        if (table.hasRowTotals()) {
                            csv.printRecord(period, sectionTitle, tableTitle, row, total,
                                    text.cell(table.rowTotals().get(r)));
                        }
                    }
                    if (table.hasColumnTotals()) {
                        for (int c = 0; c < columns.size(); c++) {
                            csv.printRecord(period, sectionTitle, tableTitle, total, columns.get(c),
                                    text.cell(table.columnTotals().get(c)));
                        }
                    }
                    if (table.grandTotal() != null) {
                        csv.printRecord(period, sectionTitle, tableTitle, total, total, text.cell(table.grandTotal()));
                    }
                }
                if (!section.statistics().isEmpty()) {
                    String others = text.text("office.monitoring.statistics");
                    for (Report.PublishedStatistic statistic : section.statistics()) {
                        csv.printRecord(period, sectionTitle, others, text.text(statistic.labelKey()),
                                text.text("office.monitoring.csv.unit." + statistic.unit().name()),
                                statistic.value() == null
                                        ? LabelText.BELOW_FIVE
                                        : String.format(Locale.ROOT, "%.1f", statistic.value()));
                    }
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The period as a spreadsheet sorts it: "2026", or "2026-Q3" (as {@link Label#quarter} writes it). */
    static String period(Report report) {
        return report.period().wholeYear()
                ? String.valueOf(report.period().year())
                : Label.quarter(report.period().year(), report.period().quarter()).value();
    }
}
