package nl.xenia.portal.meetups.view.office;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The meetups' office pages in Chromium, at 1280×800 and 390×844, with and without JavaScript, as whole pages under
 * target/screenshots: the list, a new meetup's form and the same refused, a meetup with people coming and its check-in
 * list, an occurrence of a series. Kept apart from the tests so they load in the container without the browser.
 */
final class MeetupScreenshots {

    private MeetupScreenshots() {
    }

    /**
     * Screenshots for the member of staff: the list, the first meetup whose title contains {@code withPeople} and its
     * check-in list, and the first one whose title contains {@code ofSeries}.
     */
    static void take(String staff, String withPeople, String ofSeries) {
        for (Browser.Screen screen : Browser.Screen.values()) {
            for (boolean javascript : new boolean[]{true, false}) {
                try (Browser browser = new Browser(javascript, screen)) {
                    ChromeDriver driver = browser.driver();
                    String name = screen == Browser.Screen.PHONE ? "phone" : "laptop";
                    if (screen == Browser.Screen.LAPTOP) {
                        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
                    }
                    String suffix = name + (javascript ? "-js" : "-nojs");
                    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                    Office.member(staff, "STAFF").signIn(driver, "nl");
                    driver.get(Portal.BASE + "/office/nl/meetups");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-heading")));
                    fullPage(driver, "office-meetups-" + suffix);
                    String withPeopleLink = link(driver, withPeople);
                    String seriesLink = link(driver, ofSeries);
                    driver.get(Portal.BASE + "/office/nl/meetup");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetup:save")));
                    fullPage(driver, "office-meetup-new-" + suffix);
                    driver.findElement(By.id("meetup:save")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .message-error")));
                    browser.screenshot("office-meetup-refused-" + name);
                    driver.get(withPeopleLink);
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
                    fullPage(driver, "office-meetup-" + suffix);
                    driver.get(driver.findElement(By.id("checkin")).getAttribute("href"));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coming-heading")));
                    fullPage(driver, "office-meetup-checkin-" + suffix);
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                    fullPage(driver, "office-meetup-checkin-print-" + suffix);
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
                    driver.get(seriesLink);
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("series")));
                    fullPage(driver, "office-meetup-series-" + suffix);
                }
            }
        }
    }

    /** The address of the first meetup in the list whose row contains the text. */
    private static String link(ChromeDriver driver, String text) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#list\\:meetups tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).toList();
        assertFalse(rows.isEmpty(), "expected '" + text + "' in the list of meetups");
        return rows.get(0).findElement(By.cssSelector("a.meetup-link")).getAttribute("href");
    }

    /** The whole page (not only the screen's height), as target/screenshots/{name}.png. */
    @SuppressWarnings("unchecked")
    private static void fullPage(ChromeDriver driver, String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip",
                        Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(), "height",
                                ((Number) size.get("height")).doubleValue(), "scale", 1)));
        try {
            Path folder = Path.of(System.getProperty("xenia.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
