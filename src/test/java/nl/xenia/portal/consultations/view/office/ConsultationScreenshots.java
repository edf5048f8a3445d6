package nl.xenia.portal.consultations.view.office;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consultations' office pages in Chromium 1280 wide, with and without JavaScript, as whole pages under
 * target/screenshots: a new consultation's editor with a question of each kind, the editor of one that members
 * answered (questions shown, not edited), its results (the charts drawn when scripts run) and its open answers. Kept
 * apart from the test so that it loads in the container without the browser.
 */
final class ConsultationScreenshots {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private ConsultationScreenshots() {
    }

    /**
     * Screenshots for the member of staff, of the consultation whose title holds the label; with JavaScript on, every
     * page is also checked with axe (WCAG 2.2 AA), and a page with a violation fails the test.
     */
    static void take(String staff, String label) {
        List<String> violations = new ArrayList<>();
        for (boolean javascript : new boolean[]{true, false}) {
            try (Browser browser = new Browser(javascript, Browser.Screen.LAPTOP)) {
                ChromeDriver driver = browser.driver();
                resize(driver, HEIGHT);
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                Office.member(staff, "STAFF").signIn(driver, "nl");

                driver.get(Portal.BASE + "/office/nl/consultations");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:consultations")));
                List<WebElement> rows = driver.findElements(By.cssSelector("#list\\:consultations tbody tr")).stream()
                        .filter(row -> row.getText().contains(label)).toList();
                assertFalse(rows.isEmpty(), "expected the test's consultation in the list");
                String editor = rows.get(0).findElement(By.cssSelector("a.consultation-link")).getAttribute("href");
                String results = rows.get(0).findElement(By.cssSelector("a.results-link")).getAttribute("href");
                String sessions = rows.get(0).findElement(By.cssSelector("a.sessions-link")).getAttribute("href");
                String outcome = rows.get(0).findElement(By.cssSelector("a.outcome-link")).getAttribute("href");
                wholePage(browser, "office-consultations", violations);

                driver.get(Portal.BASE + "/office/nl/consultation");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultation:save")));
                driver.findElement(By.id("title-nl")).sendKeys("Avonden in de winter");
                driver.findElement(By.id("q0-text-nl")).sendKeys("Wat wilt u ons zeggen?");
                for (String kind : List.of("ONE", "SEVERAL", "SCALE")) {
                    new Select(driver.findElement(By.id("consultation:newKind"))).selectByValue(kind);
                    int before = driver.findElements(By.cssSelector("fieldset.question")).size();
                    driver.findElement(By.id("consultation:add")).click();
                    wait.until(d -> d.findElements(By.cssSelector("fieldset.question")).size() == before + 1);
                }
                driver.findElement(By.id("q1-options-nl")).sendKeys("Maandag\nWoensdag");
                driver.findElement(By.id("q3-low-nl")).sendKeys("Helemaal niet");
                wholePage(browser, "office-consultation-new", violations);

                driver.get(editor);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("questions-shown")));
                wholePage(browser, "office-consultation-answered", violations);

                driver.get(results);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open:show")));
                if (javascript) {
                    wait.until(d -> Boolean.TRUE.equals(driver.executeScript("var c = document.querySelectorAll("
                            + "'div.ui-chart canvas'); return c.length > 0 && Array.from(c).every(function (e) {"
                            + " return window.Chart && Chart.getChart(e) !== undefined; });")));
                }
                wholePage(browser, "office-consultation-results", violations);
                driver.findElement(By.id("open:show")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
                wholePage(browser, "office-consultation-open-answers", violations);
                driver.get(sessions);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add:save")));
                wholePage(browser, "office-consultation-sessions", violations);
                driver.get(outcome);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome:save")));
                wholePage(browser, "office-consultation-outcome", violations);
            }
        }
        assertTrue(violations.isEmpty(), "expected no accessibility violation on the consultations' pages: "
                + violations);
    }

    /**
     * The whole page at the width: the screen made as high as the page for the screenshot, then as it was; with
     * scripts on, axe's findings added to the list.
     */
    private static void wholePage(Browser browser, String name, List<String> violations) {
        ChromeDriver driver = browser.driver();
        if (isScripted(driver)) {
            browser.accessibilityViolations().forEach(violation -> violations.add(name + ": " + violation));
        }
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        resize(driver, Math.max(HEIGHT, height));
        browser.screenshot(name);
        resize(driver, HEIGHT);
    }

    /** Whether the page's scripts run (PrimeFaces is then there). */
    private static boolean isScripted(ChromeDriver driver) {
        return Boolean.TRUE.equals(driver.executeScript("return typeof window.PrimeFaces !== 'undefined'"));
    }

    private static void resize(ChromeDriver driver, long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
