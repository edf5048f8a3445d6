package nl.xenia.portal.monitoring.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.monitoring.boundary.FigureTable;
import nl.xenia.portal.monitoring.boundary.Monitoring;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.PublishedTable;
import nl.xenia.portal.monitoring.boundary.Report;
import nl.xenia.portal.monitoring.control.LabelText;
import nl.xenia.portal.monitoring.control.MonitoringCsv;
import nl.xenia.portal.monitoring.control.MonitoringPdf;
import nl.xenia.portal.monitoring.control.TableSuppression;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/monitoring (ADMIN, REPORTING): the figures of a year or a quarter ({@code ?year=2026&quarter=3}; this year
 * when none is named), each section's tables as a chart with the same numbers in a table under it (read without
 * JavaScript) and its other figures; "&lt; 5" and "×" as published, never more. A period that does not exist shows
 * this year with a message. {@code &download=csv} answers the figures as CSV, {@code &download=pdf&report=nl} (or
 * {@code en}) as the PDF report, both taken from the facade (which checks the role and records the export) and named
 * by the period only.
 */
@Named
@RequestScoped
public class MonitoringBacking {

    /** The languages the PDF report is written in. */
    static final Set<String> REPORT_LANGUAGES = Set.of("nl", "en");

    /** A section as the page shows it. */
    public record ShownSection(String id, String title, List<ShownTable> tables, List<ShownStatistic> statistics) {
    }

    /**
     * A table as the page shows it: its names, its rows with their totals, the column totals (empty when it has
     * none), its chart (null when it is not drawn) and which of the symbols it uses.
     */
    public record ShownTable(String id, String title, String rowsHeader, List<String> columns, List<ShownRow> rows,
            boolean rowTotals, List<ShownCell> columnTotals, ShownCell grandTotal, String chart, String chartLabel,
            boolean chartEmpty, boolean belowFive, boolean hidden) {

        public boolean charted() {
            return chart != null;
        }

        public boolean hasColumnTotals() {
            return !columnTotals.isEmpty();
        }

        /** Whether the table needs its legend (it has a "&lt; 5" or a "×"). */
        public boolean legend() {
            return belowFive || hidden;
        }
    }

    /** A row: its name, its cells, its total (null when the table has no row totals). */
    public record ShownRow(String label, List<ShownCell> cells, ShownCell total) {
    }

    /**
     * A cell as shown: its text (the number, "&lt; 5" or "×") and how it is shown ({@link PublishedTable.Shown}).
     */
    public record ShownCell(String text, String shown) {

        public boolean hidden() {
            return PublishedTable.Shown.HIDDEN.name().equals(shown);
        }
    }

    /** A statistic: its name and its value in its unit, or that it is not shown. */
    public record ShownStatistic(String id, String label, String value, boolean shown) {
    }

    @Inject
    Monitoring monitoring;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    @Inject
    Languages languages;

    @Inject
    Clock clock;

    private String yearParam;
    private String quarterParam;
    private String downloadParam;
    private String reportParam;

    private Period period;
    private List<Integer> years;
    private List<ShownSection> sections;

    /**
     * The view action: the period from the address (or this year, with a message, when the address names none that
     * exists); the file when the address asks for one.
     */
    public void load() {
        period = asked();
        if (period == null) {
            period = Period.year(getYears().get(0));
            OfficePages.errorText(messages.format("office.monitoring.message.error.period", "period",
                    text().period(period)));
            return;
        }
        if ("csv".equals(downloadParam)) {
            Report report = monitoring.export(session.getSignedIn(), period, "csv");
            download("xenia-monitoring-" + period.slug() + ".csv", "text/csv; charset=UTF-8",
                    MonitoringCsv.write(report, text()));
        } else if ("pdf".equals(downloadParam)) {
            if (reportParam == null || !REPORT_LANGUAGES.contains(reportParam)) {
                OfficePages.error(messages, "office.monitoring.message.error.report");
                return;
            }
            Report report = monitoring.export(session.getSignedIn(), period, "pdf-" + reportParam);
            download("xenia-monitoring-" + period.slug() + "-" + reportParam + ".pdf", "application/pdf",
                    MonitoringPdf.write(report, new LabelText(reportParam, languages::format),
                            LocalDate.now(clock.withZone(Period.ZONE))));
        }
    }

    /** The period the address names: this year when it names none; null when it names one that does not exist. */
    private Period asked() {
        Integer year = blank(yearParam) ? getYears().get(0) : number(yearParam);
        Integer quarter = blank(quarterParam) ? Integer.valueOf(0) : number(quarterParam);
        if (year == null || quarter == null || !getYears().contains(year) || quarter < 0 || quarter > 4) {
            return null;
        }
        return new Period(year, quarter);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Integer number(String value) {
        String digits = value.strip();
        return digits.matches("[0-9]{1,4}") ? Integer.valueOf(digits) : null;
    }

    /**
     * Answers the request with a file of this name (the period's and the language's, never a person's), not to be
     * kept by any cache, and ends the Faces request.
     */
    private static void download(String fileName, String contentType, byte[] body) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        context.responseComplete();
    }

    // --- what the page shows ---

    private LabelText text() {
        return new LabelText(messages.getLang(), languages::format);
    }

    /** The period shown. */
    public Period getPeriod() {
        return period == null ? Period.year(getYears().get(0)) : period;
    }

    /** The period in words ("2026", "K3 2026"). */
    public String getPeriodText() {
        return text().period(getPeriod());
    }

    /** The period's first and last day in words. */
    public String getPeriodDays() {
        return text().days(getPeriod());
    }

    /** The years to choose from, the latest first. */
    public List<Integer> getYears() {
        if (years == null) {
            years = monitoring.years(session.getSignedIn());
        }
        return years;
    }

    /** The quarters to choose from: 0 (the whole year), 1 to 4. */
    public List<Integer> getQuarters() {
        return List.of(0, 1, 2, 3, 4);
    }

    /** The threshold below which no number is shown. */
    public int getThreshold() {
        return TableSuppression.THRESHOLD;
    }

    /** The report's sections as the page shows them. */
    public List<ShownSection> getSections() {
        if (sections == null) {
            LabelText text = text();
            sections = new ArrayList<>();
            for (Report.Section section : monitoring.report(session.getSignedIn(), getPeriod()).sections()) {
                sections.add(new ShownSection(section.id(), text.text(section.titleKey()),
                        section.tables().stream().map(table -> shown(table, text)).toList(),
                        section.statistics().stream()
                                .map(statistic -> new ShownStatistic(statistic.id(), text.text(statistic.labelKey()),
                                        text.statistic(statistic), statistic.value() != null))
                                .toList()));
            }
        }
        return sections;
    }

    private static ShownTable shown(PublishedTable table, LabelText text) {
        List<String> columns = text.columns(table.columns());
        List<String> rowNames = table.rows().stream().map(text::label).toList();
        List<ShownRow> rows = new ArrayList<>();
        boolean belowFive = false;
        boolean hidden = false;
        boolean anyValue = false;
        for (int r = 0; r < rowNames.size(); r++) {
            List<ShownCell> cells = table.cells().get(r).stream().map(cell -> cell(cell, text)).toList();
            for (PublishedTable.Cell cell : table.cells().get(r)) {
                belowFive |= cell.shown() == PublishedTable.Shown.BELOW_FIVE;
                hidden |= cell.shown() == PublishedTable.Shown.HIDDEN;
                anyValue |= cell.visible();
            }
            rows.add(new ShownRow(rowNames.get(r), cells,
                    table.hasRowTotals() ? cell(table.rowTotals().get(r), text) : null));
        }
        List<ShownCell> columnTotals = table.columnTotals().stream().map(cell -> cell(cell, text)).toList();
        ShownCell grandTotal = table.grandTotal() == null ? null : cell(table.grandTotal(), text);
        List<ShownCell> totals = new ArrayList<>(columnTotals);
        rows.stream().map(ShownRow::total).filter(Objects::nonNull).forEach(totals::add);
        if (grandTotal != null) {
            totals.add(grandTotal);
        }
        belowFive |= totals.stream().anyMatch(cell -> PublishedTable.Shown.BELOW_FIVE.name().equals(cell.shown()));
        hidden |= totals.stream().anyMatch(ShownCell::hidden);
        boolean charted = table.chart() != FigureTable.Chart.NONE && !rows.isEmpty() && !columns.isEmpty();
        String title = text.text(table.titleKey());
        return new ShownTable(table.id(), title, text.text(table.rowsKey()), columns, rows, table.hasRowTotals(),
                columnTotals, grandTotal, charted ? MonitoringCharts.chart(table, rowNames, columns) : null,
                text.format("office.monitoring.chart.label", "title", title), charted && !anyValue, belowFive,
                hidden);
    }

    private static ShownCell cell(PublishedTable.Cell cell, LabelText text) {
        return new ShownCell(text.cell(cell), cell.shown().name());
    }

    /** Where the period chooser sends its GET: this page in the office's language. */
    public String getAction() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getContextPath() + OfficePaths.url(messages.getLang(), "monitoring");
    }

    // --- view parameters ---

    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public String getQuarterParam() {
        return quarterParam;
    }

    public void setQuarterParam(String quarterParam) {
        this.quarterParam = quarterParam;
    }

    public String getDownloadParam() {
        return downloadParam;
    }

    public void setDownloadParam(String downloadParam) {
        this.downloadParam = downloadParam;
    }

    public String getReportParam() {
        return reportParam;
    }

    public void setReportParam(String reportParam) {
        this.reportParam = reportParam;
    }
}
