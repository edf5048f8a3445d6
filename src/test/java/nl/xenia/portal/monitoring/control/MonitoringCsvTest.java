package nl.xenia.portal.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.monitoring.boundary.Period;
import nl.xenia.portal.monitoring.boundary.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV of a report made by hand ({@link HandMadeReport}): read back with Commons CSV, it has exactly the columns
 * period, section, table, row, column, value and one line per cell, per total and per statistic, its values as the
 * report publishes them ("&lt; 5", "×" or the number), a byte order mark first, and no hidden cell's true value.
 */
class MonitoringCsvTest {

    private static final Report REPORT = HandMadeReport.report();

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadUtf8() {
        byte[] file = MonitoringCsv.write(REPORT, HandMadeReport.text("nl"));
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3),
                "expected the UTF-8 byte order mark first");
        assertTrue(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)
                .startsWith("period,section,table,row,column,value\r\n"), "expected the header line after it");
    }

    @Test
    void hasExactlyTheColumnsAndOneLinePerCellTotalAndStatistic() throws IOException {
        List<CSVRecord> records = parse("en");
        int expected = lines(HandMadeReport.TOPICS, true, true) + lines(HandMadeReport.LANGUAGES, true, false)
                + lines(HandMadeReport.MUNICIPALITIES, true, true) + lines(HandMadeReport.CHANNELS, true, true) + 2;
        assertEquals(expected, records.size(), "expected one line per cell, per total and per statistic");
        for (CSVRecord record : records) {
            assertEquals(6, record.size(), "expected six fields on every line: " + record);
            assertEquals("2026", record.get("period"), "expected the year as the period: " + record);
        }
    }

    @Test
    void cellsAreTheirNumbersBelowFiveOrCross() throws IOException {
        Map<String, String> topics = parse("en").stream()
                .filter(record -> record.get("table").equals(Bundles.text("en", "office.monitoring.questions.topic")))
                .collect(Collectors.toMap(record -> record.get("row") + "|" + record.get("column"),
                        record -> record.get("value")));
        assertEquals("12", topics.get("Health|Q1 2026"), "expected a shown count as its number");
        assertEquals("< 5", topics.get("Health|Q2 2026"), "expected a count below five as '< 5'");
        assertEquals("×", topics.get("Health|Q3 2026"), "expected a hidden cell as '×'");
        assertEquals("×", topics.get("Money and tax|Q1 2026"), "expected a hidden cell as '×'");
        assertEquals("< 5", topics.get("Something else|Q1 2026"), "expected a zero as '< 5'");
        assertEquals("19", topics.get("Something else|Total"), "expected the row total under 'Total'");
        assertEquals("24", topics.get("Total|Q2 2026"), "expected the column total in the row 'Total'");
        assertEquals("×", topics.get("Total|Total"), "expected the grand total (over hidden cells) hidden");
        assertEquals(Set.of("12", "20", "15", "7", "9", "6", "11", "19", "24", "40", "< 5", "×"),
                Set.copyOf(topics.values()), "expected only the published values of the topics' table");
    }

    @Test
    void labelsAreInTheOfficeLanguage() throws IOException {
        List<CSVRecord> dutch = parse("nl");
        assertTrue(dutch.stream().anyMatch(record -> record.get("row").equals("Roemeens")
                && record.get("column").equals("K1 2026") && record.get("value").equals("8")),
                "expected the language and the quarter in Dutch: " + dutch);
        assertTrue(dutch.stream().anyMatch(record -> record.get("row").equals("Súdwest-Fryslân")
                && record.get("column").equals("Totaal")), "expected a municipality's name as it is");
        assertTrue(dutch.stream().anyMatch(record -> record.get("column").equals("Maart 2026")
                && record.get("value").equals("7")), "expected a month by its Dutch name and year");
        assertTrue(dutch.stream()
                .anyMatch(record -> record.get("row").equals(Bundles.text("nl", "office.monitoring.questions.median"))
                        && record.get("column").equals("uren") && record.get("value").equals("12.5")),
                "expected the statistic with its unit: " + dutch);
        assertTrue(dutch.stream()
                .anyMatch(record -> record.get("row").equals(Bundles.text("nl", "office.monitoring.questions.intime"))
                        && record.get("value").equals("< 5")),
                "expected a statistic on fewer than five cases as '< 5'");
    }

    @Test
    void noHiddenCellsTrueValueIsInTheFile() {
        for (String language : List.of("nl", "en")) {
            String csv = new String(MonitoringCsv.write(REPORT, HandMadeReport.text(language)),
                    StandardCharsets.UTF_8);
            assertFalse(csv.contains(String.valueOf(HandMadeReport.SECRET)),
                    "expected no hidden cell's true value in the " + language + " CSV");
        }
    }

    @Test
    void aQuartersPeriodIsWrittenAsSpreadsheetsSortIt() {
        assertEquals("2026-Q3", MonitoringCsv.period(new Report(Period.quarter(2026, 3), List.of())),
                "expected a quarter as 2026-Q3");
    }

    private static List<CSVRecord> parse(String language) throws IOException {
        String csv = new String(MonitoringCsv.write(REPORT, HandMadeReport.text(language)), StandardCharsets.UTF_8);
        assertTrue(csv.charAt(0) == '\uFEFF', "expected the byte order mark");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(MonitoringCsv.HEADER, parser.getHeaderNames(), "expected exactly these columns, in order");
            assertEquals(List.of("period", "section", "table", "row", "column", "value"), parser.getHeaderNames(),
                    "expected the header the municipalities were promised");
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** The lines of a table: its cells, a total per row, per column and the grand total (when it has them). */
    private static int lines(long[][] raw, boolean rowTotals, boolean columnTotals) {
        int rows = raw.length;
        int columns = raw[0].length;
        return rows * columns + (rowTotals ? rows : 0) + (columnTotals ? columns : 0)
                + (rowTotals && columnTotals ? 1 : 0);
    }
}
