package nl.xenia.portal.appointments.view.office;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Mailbox;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The client side of {@link AppointmentDeskIT} that needs what the server's archive does not hold (GreenMail,
 * the browser): kept apart so the test class itself loads in the container.
 */
final class DeskClient {

    private DeskClient() {
    }

    /** Does the action with an SMTP server where the test server delivers, and returns the first mail to the address. */
    static String mailAfter(String address, Runnable action) throws InterruptedException {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            action.run();
            return Mailbox.waitForMail(smtp, address, 1);
        } finally {
            smtp.stop();
        }
    }

    /**
     * The calendar (this week, or the next when this one has none of the test's appointments) and an appointment, at
     * 1280×800 and 390×844, with and without JavaScript, under target/screenshots.
     */
    static void screenshots(String staff) {
        for (Browser.Screen screen : Browser.Screen.values()) {
            for (boolean javascript : new boolean[]{true, false}) {
                try (Browser browser = new Browser(javascript, screen)) {
                    ChromeDriver driver = browser.driver();
                    String name = screen == Browser.Screen.PHONE ? "phone" : "laptop";
                    if (screen == Browser.Screen.LAPTOP) {
                        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
                    }
                    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                    wait.ignoring(StaleElementReferenceException.class);
                    Office.member(staff, "STAFF").signIn(driver, "nl");
                    driver.get(Portal.BASE + "/office/nl/calendar");
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-heading")));
                    if (driver.findElements(By.cssSelector("a.appointment-link")).isEmpty()) {
                        driver.get(driver.findElement(By.id("view-next")).getAttribute("href"));
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-heading")));
                    }
                    if (javascript) {
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scheduleForm .fc")));
                    }
                    browser.screenshot("office-calendar-" + name);
                    driver.executeScript("document.getElementById('list-heading').scrollIntoView()");
                    browser.screenshot("office-calendar-list-" + name);
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("target/screenshots",
                                "office-calendar-" + name + (javascript ? "-js" : "-nojs") + ".html"),
                                driver.getPageSource());
                    } catch (java.io.IOException unwritten) {
                        throw new java.io.UncheckedIOException(unwritten);
                    }
                    List<WebElement> links = driver
                            .findElements(By.cssSelector("a.appointment-link"));
                    assertFalse(links.isEmpty(), "expected the test's appointments this week or the next");
                    driver.get(links.get(links.size() - 1).getAttribute("href"));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
                    browser.screenshot("office-appointment-" + name);
                }
            }
        }
    }
}
