package nl.xenia.portal.outreach.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The outreach page in Chromium, as whole pages under target/screenshots: at a desktop's width (1280) and on a phone,
 * with JavaScript on and off, and once with a refusal above the form; with JavaScript on, axe (WCAG 2.2 AA and best
 * practices) checks each, and a violation fails the test. Kept apart from the test class, which needs no browser.
 */
final class OutreachScreenshots {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private OutreachScreenshots() {
    }

    static void take(String staff) {
        List<String> violations = new ArrayList<>();
        for (boolean javascript : new boolean[]{true, false}) {
            try (Browser browser = new Browser(javascript, Browser.Screen.LAPTOP)) {
                ChromeDriver driver = browser.driver();
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                Office.member(staff, "STAFF").signIn(driver, "en");
                driver.get(Portal.BASE + "/office/en/outreach");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf")));
                driver.findElement(By.cssSelector("label[for=lang-ro]")).click();
                driver.findElement(By.cssSelector("label[for=lang-bg]")).click();
                driver.findElement(By.cssSelector("label[for=version-neutral]")).click();
                wholePage(browser, WIDTH, "office-outreach", violations);

                driver.get(Portal.BASE + "/office/en/outreach?download=pdf&product=flyers&version=neutral");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
                wholePage(browser, WIDTH, "office-outreach-refused", violations);
            }
            try (Browser phone = new Browser(javascript, Browser.Screen.PHONE)) {
                WebDriverWait wait = new WebDriverWait(phone.driver(), Duration.ofSeconds(15));
                Office.member(staff, "STAFF").signIn(phone.driver(), "nl");
                phone.driver().get(Portal.BASE + "/office/nl/outreach");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf")));
                wholePage(phone, 390, "office-outreach-phone", violations);
            }
        }
        assertEquals(List.of(), violations, "expected axe to find nothing on the outreach page");
    }

    /** The whole page (the window made as tall as the page), checked by axe when scripts run. */
    private static void wholePage(Browser browser, int width, String name, List<String> violations) {
        ChromeDriver driver = browser.driver();
        if (Boolean.TRUE.equals(driver.executeScript("return typeof window.PrimeFaces !== 'undefined'"))) {
            browser.accessibilityViolations().forEach(violation -> violations.add(name + ": " + violation));
        }
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        resize(driver, width, Math.max(HEIGHT, height));
        browser.screenshot(name);
        resize(driver, width, HEIGHT);
    }

    private static void resize(ChromeDriver driver, int width, long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
