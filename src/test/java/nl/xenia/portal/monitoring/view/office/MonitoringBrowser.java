package nl.xenia.portal.monitoring.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsers of {@link MonitoringBrowserIT}: a REPORTING member on a laptop (1366 px wide) in the English office
 * opens the monitoring page of this year. With JavaScript every chart is drawn (a Chart.js chart on a canvas with a
 * width) and its data are exactly the table under it: a dataset per row, a value per column, the number where the
 * table shows one and a gap (null) where it shows "&lt; 5" or "×". Without JavaScript the tables are there with the
 * same figures and no chart box is shown. Either way the cell of the questions the IT asked (health, this quarter)
 * is a number of five or more, or "×", never "&lt; 5".
 */
final class MonitoringBrowser {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String LANGUAGE = "en";

    private MonitoringBrowser() {
    }

    /** One visit with JavaScript on or off. */
    static void journey(boolean javascript) {
        String mode = javascript ? "" : " (no JavaScript)";
        try (Browser laptop = new Browser(javascript, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = laptop.driver();
            WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
            Office.memberWithoutAccess(MonitoringBrowserIT.REPORTING, "REPORTING").signIn(driver, LANGUAGE);
            click(driver, driver.findElement(By.id("nav-monitoring")));
            wait.until(it -> Browser.found(it, "#section-questions"));
            assertTrue(driver.getCurrentUrl().endsWith("/office/en/monitoring"),
                    "expected the monitoring page" + mode + ": " + driver.getCurrentUrl());
            int year = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).getYear();
            assertEquals("Monitoring " + year, Browser.text(driver, "#heading"), "expected this year" + mode);

            List<Map<String, Object>> tables = tables(driver);
            assertTrue(tables.size() >= 3, "expected the tables of the channels and the questions" + mode);
            Map<String, Object> topics = tables.stream().filter(table -> "questions-topic".equals(table.get("id")))
                    .findFirst().orElseThrow(() -> new AssertionError("expected the questions by topic" + mode));
            List<String> asked = cell(topics, Bundles.text(LANGUAGE, "Topic.HEALTH"),
                    "Q" + ((ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).getMonthValue() - 1) / 3 + 1) + " "
                            + year);
            assertTrue(asked.get(0).equals("VALUE") && Long.parseLong(asked.get(1)) >= MonitoringBrowserIT.QUESTIONS
                    || asked.get(0).equals("HIDDEN"),
                    "expected the questions asked as a number of at least " + MonitoringBrowserIT.QUESTIONS
                            + " or hidden (never '< 5')" + mode + ": " + asked);

            if (javascript) {
                wait.until(it -> Boolean.TRUE.equals(driver.executeScript("var c = document.querySelectorAll("
                        + "'section.figure div.ui-chart canvas'); return c.length > 0 && Array.from(c).every("
                        + "function (e) { return window.Chart && Chart.getChart(e) !== undefined && e.width > 0; });")));
                List<Map<String, Object>> charts = charts(driver);
                long charted = tables.stream().filter(table -> Boolean.TRUE.equals(table.get("charted"))).count();
                assertEquals(charted, charts.size(), "expected a drawn chart for every table with a chart place");
                assertTrue(charts.stream().anyMatch(chart -> "questions-topic".equals(chart.get("id"))),
                        "expected the questions by topic drawn");
                for (Map<String, Object> chart : charts) {
                    Map<String, Object> table = tables.stream().filter(t -> t.get("id").equals(chart.get("id")))
                            .findFirst().orElseThrow();
                    assertEquals(table.get("columns"), chart.get("labels"),
                            "expected the chart's bars named as the table's columns: " + chart.get("id"));
                    assertEquals(table.get("rows"), chart.get("series"),
                            "expected a dataset per row of the table: " + chart.get("id"));
                    assertEquals(expectedData(table), chart.get("data"),
                            "expected each chart to draw the numbers its table shows, and a gap for every"
                                    + " '< 5' and '×': " + chart.get("id"));
                }
                if (asked.get(0).equals("VALUE")) {
                    Map<String, Object> chart = charts.stream().filter(c -> "questions-topic".equals(c.get("id")))
                            .findFirst().orElseThrow();
                    assertTrue(chart.get("data").toString().contains(asked.get(1)),
                            "expected the questions asked drawn as a bar: " + chart);
                }
                List<String> violations = laptop.accessibilityViolations();
                assertTrue(violations.isEmpty(), "expected no accessibility violation: " + violations);
            } else {
                for (WebElement chart : driver.findElements(By.cssSelector(".figure-chart"))) {
                    assertFalse(chart.isDisplayed(), "expected no empty chart box without scripts");
                }
                assertTrue(driver.findElement(By.cssSelector("table[data-table=questions-topic]")).isDisplayed(),
                        "expected the tables shown without scripts");
            }
            wholePage(laptop, javascript);
        }
    }

    /**
     * Every table of the page as its HTML says: id, whether it has a chart place, its columns (without the total),
     * its rows' names, and each cell as [how it is shown, its text].
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tables(ChromeDriver driver) {
        return (List<Map<String, Object>>) driver.executeScript(
                """
                        return Array.from(document.querySelectorAll('section.figure')).map(function (figure) {
                          var table = figure.querySelector('table.figures');
                          var columns = Array.from(table.querySelectorAll('thead th')).slice(1).map(th => th.textContent.trim());
                          if (table.querySelectorAll('tbody tr:first-child td.total').length > 0) { columns.pop(); }
                          return {
                            id: table.getAttribute('data-table'),
                            charted: figure.querySelector('div.ui-chart') !== null,
                            columns: columns,
                            rows: Array.from(table.querySelectorAll('tbody th[scope=row]')).map(th => th.textContent.trim()),
                            cells: Array.from(table.querySelectorAll('tbody tr')).map(tr =>
                              Array.from(tr.querySelectorAll('td:not(.total)')).map(td =>
                                [td.getAttribute('data-shown'), td.textContent.trim()]))
                          };
                        });""");
    }

    /** Every drawn chart as Chart.js holds it: its figure's id, its labels, its datasets' names and data. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> charts(ChromeDriver driver) {
        return (List<Map<String, Object>>) driver.executeScript("""
                return Array.from(document.querySelectorAll('section.figure div.ui-chart canvas')).map(function (e) {
                  var chart = Chart.getChart(e);
                  return {
                    id: e.closest('section.figure').querySelector('table.figures').getAttribute('data-table'),
                    labels: chart.data.labels,
                    series: chart.data.datasets.map(d => d.label),
                    data: chart.data.datasets.map(d => d.data)
                  };
                });""");
    }

    /** What a chart must hold for a table: the number of a shown cell, null for "< 5" and "×". */
    @SuppressWarnings("unchecked")
    private static List<List<Long>> expectedData(Map<String, Object> table) {
        List<List<Long>> data = new ArrayList<>();
        for (List<List<String>> row : (List<List<List<String>>>) table.get("cells")) {
            List<Long> values = new ArrayList<>();
            for (List<String> cell : row) {
                values.add(cell.get(0).equals("VALUE") ? Long.valueOf(cell.get(1)) : null);
            }
            data.add(values);
        }
        return data;
    }

    /** One cell of a table by its row's and column's names, as [how it is shown, its text]. */
    @SuppressWarnings("unchecked")
    private static List<String> cell(Map<String, Object> table, String row, String column) {
        int r = ((List<String>) table.get("rows")).indexOf(row);
        int c = ((List<String>) table.get("columns")).indexOf(column);
        assertTrue(r >= 0 && c >= 0, "expected the row " + row + " and the column " + column + " in " + table);
        List<String> cell = ((List<List<List<String>>>) table.get("cells")).get(r).get(c);
        assertNotNull(cell.get(0), "expected each cell to say how it is shown");
        return cell;
    }

    private static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * The whole page at the laptop's width: monitoring-page.png with JavaScript, monitoring-page-nojs.png without.
     */
    private static void wholePage(Browser laptop, boolean javascript) {
        ChromeDriver driver = laptop.driver();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", Math.max(768, height), "deviceScaleFactor", 1, "mobile", false));
        if (javascript) {
            new WebDriverWait(driver, PATIENCE).until(it -> Boolean.TRUE.equals(driver.executeScript(
                    "return Array.from(document.querySelectorAll('section.figure div.ui-chart canvas'))"
                            + ".every(function (e) { return e.width > 0; });")));
            Path folder = Path.of(System.getProperty("xenia.screenshots", "target/screenshots"));
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve("monitoring-page.png"), driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        } else {
            laptop.screenshot("monitoring-page");
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
    }
}
