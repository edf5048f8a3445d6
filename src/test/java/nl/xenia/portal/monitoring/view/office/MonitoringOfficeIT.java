package nl.xenia.portal.monitoring.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.Portal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring page on the running portal: ADMIN and a REPORTING member who never got the organisation's key open
 * it and both downloads (a CSV with the promised columns, a PDF report in Dutch and English, each named by the period
 * only and kept by no cache); STAFF and COORDINATOR are refused page and downloads (403), an anonymous visitor is sent
 * to sign in; a period that does not exist shows the page with a message in the office's language, never a stack
 * trace; the REPORTING member's navigation offers monitoring and nothing that needs the key; every export is in the
 * audit log.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringOfficeIT {

    private static final String REPORTING = "monitoring-reporting";
    private static final String PAGE = "/office/en/monitoring";
    /** A line of a stack trace, or an exception's name with its message. */
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z]+(\\.[\\w$]+)+\\([\\w$]+\\.java:[0-9]+\\)"
            + "|[a-z]+\\.[\\w.]+(Exception|Error):");

    @Deployment
    static WebArchive deployment() {
        return Deployments.archive("monitoring-office-it");
    }

    @Resource(lookup = "jdbc/xenia")
    DataSource database;

    private static int thisYear() {
        return Year.now(ZoneId.of("Europe/Amsterdam")).getValue();
    }

    private static OfficeHttp reporting() {
        return Office.memberWithoutAccess(REPORTING, "REPORTING").signIn();
    }

    @Test
    @Order(1)
    @RunAsClient
    void adminAndReportingOpenThePageOfThisYearWithItsSections() {
        for (OfficeHttp office : List.of(Office.adminOffice(), reporting())) {
            HttpResponse<String> page = office.get(PAGE);
            assertEquals(200, page.statusCode(), "expected the monitoring page open");
            Document html = Portal.html(page);
            assertEquals("Monitoring " + thisYear(), html.getElementById("heading").text(),
                    "expected this year's figures when the address names no period");
            assertTrue(html.title().startsWith(Bundles.text("en", "office.monitoring.title") + " "),
                    "expected the page's title: " + html.title());
            assertNotNull(html.getElementById("section-questions"), "expected the questions' section");
            assertNotNull(html.getElementById("section-channels"), "expected the contact channels' overview");
            Element topics = html.selectFirst("table[data-table=questions-topic]");
            assertNotNull(topics, "expected the questions by topic as a table");
            assertEquals(List.of("Topic", "Q1 " + thisYear(), "Q2 " + thisYear(), "Q3 " + thisYear(),
                    "Q4 " + thisYear(), "Total"), topics.select("thead th").eachText(),
                    "expected the row header, the quarters and the total as columns");
            assertEquals(Bundles.text("en", "Topic.HEALTH"), topics.selectFirst("tbody th[scope=row]").text(),
                    "expected the rows named in English");
            for (Element cell : topics.select("td")) {
                String shown = cell.attr("data-shown");
                String text = cell.text();
                assertTrue(shown.equals("VALUE") && text.matches("[0-9]+") && Long.parseLong(text) >= 5
                        || shown.equals("BELOW_FIVE") && text.equals("< 5")
                        || shown.equals("HIDDEN") && text.startsWith("×"),
                        "expected every cell a number of five or more, '< 5' or '×': " + shown + " " + text);
            }
            assertTrue(html.select("div.ui-chart").size() >= 2, "expected the charts' places on the page");
            assertTrue(html.getElementById("explanation").text()
                    .contains(Bundles.format("en", "office.monitoring.intro.rule", Map.of("threshold", "5"))),
                    "expected the rule for small numbers explained at the top");
            Element median = html.getElementById("statistic-questions-first-answer-median");
            assertNotNull(median, "expected the questions' statistics listed");
            assertTrue(median.text().equals(Bundles.format("en", "office.monitoring.statistic.hidden",
                    Map.of("threshold", "5"))) || median.text().matches("[0-9]+(\\.[0-9])? hours"),
                    "expected the median in hours, or not shown: " + median.text());
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theQuarterInTheAddressIsTheQuarterShown() {
        HttpResponse<String> page = reporting().get(PAGE + "?year=" + thisYear() + "&quarter=3");
        Document html = Portal.html(page);
        assertEquals("Monitoring Q3 " + thisYear(), html.getElementById("heading").text(),
                "expected the third quarter's figures");
        assertEquals(List.of("Topic", "July " + thisYear(), "August " + thisYear(), "September " + thisYear(),
                "Total"), html.select("table[data-table=questions-topic] thead th").eachText(),
                "expected the quarter's months as columns");
        assertEquals("3", html.selectFirst("#quarter option[selected]").attr("value"),
                "expected the chooser to show the quarter");
        assertEquals(String.valueOf(thisYear()), html.selectFirst("#year option[selected]").attr("value"),
                "expected the chooser to show the year");
        assertEquals("get", html.getElementById("period-form").attr("method"),
                "expected the period chosen by a plain GET (no script, nothing posted)");
        String csv = html.getElementById("csv").attr("href");
        assertTrue(csv.startsWith("/office/en/monitoring?"), "expected the CSV link on this page: " + csv);
        assertEquals(Set.of("year=" + thisYear(), "quarter=3", "download=csv"),
                Set.of(csv.substring(csv.indexOf('?') + 1).split("&")),
                "expected the CSV link to name the period shown: " + csv);
    }

    @Test
    @Order(3)
    @RunAsClient
    void bothDownloadsAreNamedByThePeriodOnly() throws Exception {
        for (OfficeHttp office : List.of(Office.adminOffice(), reporting())) {
            HttpResponse<String> csv = office.get(PAGE + "?year=" + thisYear() + "&quarter=0&download=csv");
            assertEquals(200, csv.statusCode(), "expected the CSV");
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                    "expected text/csv: " + csv.headers().firstValue("Content-Type"));
            assertEquals("attachment; filename=\"xenia-monitoring-" + thisYear() + ".csv\"",
                    csv.headers().firstValue("Content-Disposition").orElse(""), "expected a neutral file name");
            assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""),
                    "expected the file kept by no cache");
            assertEquals("\uFEFFperiod,section,table,row,column,value", csv.body().lines().findFirst().orElse(""),
                    "expected the byte order mark and the header");
            assertTrue(csv.body().lines().skip(1).allMatch(line -> line.startsWith(thisYear() + ",")),
                    "expected every line of the year");

            HttpResponse<String> quarter = office.get(PAGE + "?year=" + thisYear() + "&quarter=3&download=csv");
            assertEquals("attachment; filename=\"xenia-monitoring-" + thisYear() + "-q3.csv\"",
                    quarter.headers().firstValue("Content-Disposition").orElse(""), "expected the quarter named");

            for (String language : List.of("nl", "en")) {
                HttpResponse<byte[]> pdf = bytes(office,
                        PAGE + "?year=" + thisYear() + "&quarter=0&download=pdf&report=" + language);
                assertEquals(200, pdf.statusCode(), "expected the PDF");
                assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
                assertEquals("attachment; filename=\"xenia-monitoring-" + thisYear() + "-" + language + ".pdf\"",
                        pdf.headers().firstValue("Content-Disposition").orElse(""), "expected a neutral file name");
                assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
                assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII),
                        "expected a PDF");
                try (PDDocument document = Loader.loadPDF(pdf.body())) {
                    assertEquals("Monitoring Steunpunt Xenia " + thisYear(),
                            document.getDocumentInformation().getTitle(), "expected the report's title");
                    assertEquals("Steunpunt Xenia", document.getDocumentInformation().getAuthor(),
                            "expected the organisation as the author, never a member");
                    PDFTextStripper first = new PDFTextStripper();
                    first.setEndPage(1);
                    String text = first.getText(document);
                    assertTrue(text.contains(Bundles.text(language, "office.monitoring.report.rule.title")),
                            "expected the rule explained on the first page (" + language + ")");
                    String all = new PDFTextStripper().getText(document);
                    for (String name : List.of(Office.ADMIN, REPORTING)) {
                        assertFalse(all.contains(name), "expected no member's name in the report");
                    }
                }
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void staffAndCoordinatorAreRefusedAndVisitorsSentToSignIn() {
        List<String> addresses = List.of(PAGE, PAGE + "?year=" + thisYear() + "&download=csv",
                PAGE + "?year=" + thisYear() + "&download=pdf&report=nl");
        OfficeHttp staff = Office.member("monitoring-staff", "STAFF").signIn();
        OfficeHttp coordinator = Office.member("monitoring-coordinator", "COORDINATOR").signIn();
        OfficeHttp visitor = new OfficeHttp();
        for (String address : addresses) {
            assertEquals("403", staff.answer(address), "expected " + address + " refused to STAFF");
            assertEquals("403", coordinator.answer(address), "expected " + address + " refused to a COORDINATOR");
            assertEquals("303 login", visitor.answer(address), "expected a visitor sent to sign in: " + address);
        }
        assertTrue(Portal.html(staff.get("/office/en/dashboard")).select("#nav-monitoring").isEmpty(),
                "expected no monitoring in STAFF's navigation");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aPeriodThatDoesNotExistShowsThePageWithAMessage() {
        OfficeHttp office = reporting();
        String expected = Bundles.format("en", "office.monitoring.message.error.period",
                Map.of("period", String.valueOf(thisYear())));
        for (String query : List.of("?year=abc", "?year=1999", "?year=" + (thisYear() + 1), "?quarter=7",
                "?year=" + thisYear() + "&quarter=-1", "?year=%3Cscript%3E", "?year=abc&download=csv",
                "?year=2026.5&quarter=1&download=pdf&report=nl")) {
            HttpResponse<String> page = office.get(PAGE + query);
            assertEquals(200, page.statusCode(), "expected the page for " + query);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                    "expected the page, not a file, for " + query);
            assertEquals(expected, OfficeHttp.messages(page), "expected the message in English for " + query);
            assertEquals("Monitoring " + thisYear(), Portal.html(page).getElementById("heading").text(),
                    "expected this year shown instead for " + query);
            assertFalse(STACK_TRACE.matcher(page.body()).find(), "expected no stack trace for " + query);
        }
        HttpResponse<String> language = office.get(PAGE + "?year=" + thisYear() + "&download=pdf&report=ro");
        assertTrue(language.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                "expected no report in a language it is not written in");
        assertEquals(Bundles.text("en", "office.monitoring.message.error.report"), OfficeHttp.messages(language),
                "expected to be told the report's languages");
        HttpResponse<String> dutch = office.get("/office/nl/monitoring?year=abc");
        assertEquals(Bundles.format("nl", "office.monitoring.message.error.period",
                Map.of("period", String.valueOf(thisYear()))), OfficeHttp.messages(dutch),
                "expected the message in Dutch in the Dutch office");
    }

    @Test
    @Order(6)
    @RunAsClient
    void theReportingMembersNavigationOffersMonitoringAndNothingThatNeedsTheKey() {
        Document dashboard = Portal.html(reporting().get("/office/en/dashboard"));
        List<String> links = dashboard.select("#office-nav a").eachAttr("id");
        assertTrue(links.contains("nav-monitoring"), "expected monitoring in the navigation: " + links);
        Map<String, OfficePage> pages = OfficeMap.pages();
        for (String link : links) {
            OfficePage page = pages.get(link.substring("nav-".length()));
            assertNotNull(page, "expected each link to name an office page: " + link);
            assertFalse(page.needsKey(), "expected nothing that needs the organisation's key: " + link);
            assertEquals("200", reporting().answer("/office/en/" + page.name()), "expected " + link + " to open");
        }
        assertEquals(Bundles.text("en", "office.nav.monitoring"), dashboard.getElementById("nav-monitoring").text());
    }

    @Test
    @Order(7)
    void everyExportIsInTheAuditLog() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT subject_id FROM audit_entry WHERE "
                        + "action = 'MONITORING_EXPORTED' AND actor = ? AND subject_type = 'monitoring'")) {
            query.setString(1, REPORTING);
            List<String> subjects = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    subjects.add(result.getString(1));
                }
            }
            int year = thisYear();
            assertTrue(subjects.containsAll(List.of(year + " csv", year + "-q3 csv", year + " pdf-nl",
                    year + " pdf-en")), "expected each export recorded with its period and file: " + subjects);
            assertTrue(List.of(year + " csv", year + "-q3 csv", year + " pdf-nl", year + " pdf-en")
                    .containsAll(subjects),
                    "expected only the exports (the page and refused files are not): "
                            + subjects);
        }
    }

    /** A GET in the member's session whose answer is kept as bytes (a PDF). */
    private static HttpResponse<byte[]> bytes(OfficeHttp office, String path) throws IOException,
            InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(office.cookies())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(Portal.uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
