package nl.xenia.portal.appointments.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Bulgarian reader on a phone (390×844), with JavaScript on or off: from the home page to a free time, the details,
 * the code written down, the inbox with the appointment and its place, a move, a cancellation, and the time free
 * again on the public page; screenshots on the way (also of the pages in Romanian). Run by
 * {@link AppointmentPagesIT} once its service exists.
 */
final class AppointmentJourney {

    private AppointmentJourney() {
    }

    static void run(boolean javascript) {
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(Portal.BASE + "/bg/");
            browser.screenshot("appointments-home-bg");
            driver.findElement(By.id("appointments-link")).click();
            wait.until(it -> Browser.found(driver, "ul.services"));
            browser.screenshot("appointments-list-bg");
            driver.findElements(By.cssSelector("ul.services h2 a")).stream()
                    .filter(a -> a.getText().equals(AppointmentPagesIT.NAME_BG)).findFirst().orElseThrow().click();
            wait.until(it -> Browser.found(driver, "button[name=time]"));
            browser.screenshot("appointments-week-bg");
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the week");
            }
            String weekUrl = driver.getCurrentUrl();
            List<WebElement> times = driver.findElements(By.cssSelector("button[name=time]"));
            String first = times.get(times.size() - 1).getAttribute("value");
            times.get(times.size() - 1).click();
            wait.until(it -> Browser.found(driver, "#nickname"));
            driver.findElement(By.id("nickname")).sendKeys("Мими");
            new Select(driver.findElement(By.id("interpreter"))).selectByValue("en");
            browser.screenshot("appointments-details-bg");
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the details");
            }
            driver.findElement(By.id("book")).click();
            wait.until(it -> Browser.found(driver, "#receipt-code"));
            String code = driver.findElement(By.id("receipt-code")).getText();
            browser.screenshot("appointments-receipt-bg");
            driver.findElement(By.id("saved")).click();
            driver.findElement(By.id("done")).click();
            wait.until(it -> Browser.found(driver, "#done-text"));
            driver.get(Portal.BASE + "/bg/inbox");
            driver.findElement(By.id("code")).sendKeys(code.toLowerCase(java.util.Locale.ROOT));
            driver.findElement(By.id("open")).click();
            wait.until(it -> Browser.found(driver, "#appointments"));
            String section = driver.findElement(By.id("appointments")).getText();
            assertTrue(section.contains(AppointmentPagesIT.DETAILS), "expected the place details in the inbox");
            browser.screenshot("appointments-inbox-bg");
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation in the inbox");
            }
            driver.findElement(By.cssSelector("button[id^=move-]")).click();
            wait.until(it -> Browser.found(driver, "#moving"));
            browser.screenshot("appointments-move-bg");
            List<WebElement> others = driver.findElements(By.cssSelector("button[name=time]"));
            String second = others.get(others.size() - 1).getAttribute("value");
            others.get(others.size() - 1).click();
            wait.until(it -> Browser.text(driver, "#notice").equals(Bundles.text("bg", "appointment.message.moved")));
            driver.findElement(By.cssSelector("input[id^=confirm-]")).click();
            driver.findElement(By.cssSelector("button[id^=cancel-]")).click();
            wait.until(
                    it -> Browser.text(driver, "#notice").equals(Bundles.text("bg", "appointment.message.cancelled")));
            assertTrue(driver.findElement(By.id("appointments")).getText()
                    .contains(Bundles.text("bg", "AppointmentStatus.CANCELLED_BY_PERSON")), "expected it cancelled");
            browser.screenshot("appointments-cancelled-bg");
            driver.get(weekUrl);
            wait.until(it -> Browser.found(driver, "button[name=time]"));
            List<String> free = driver.findElements(By.cssSelector("button[name=time]")).stream()
                    .map(button -> button.getAttribute("value")).toList();
            assertTrue(free.contains(first) && free.contains(second),
                    "expected both times free again on the public page");
            assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie at any point");
            // the same pages read in Romanian
            driver.get(weekUrl.replace("/bg/", "/ro/"));
            wait.until(it -> Browser.found(driver, "button[name=time]"));
            browser.screenshot("appointments-week-ro");
            driver.findElements(By.cssSelector("button[name=time]")).get(0).click();
            wait.until(it -> Browser.found(driver, "#nickname"));
            browser.screenshot("appointments-details-ro");
            assertFalse(driver.findElement(By.tagName("main")).getText().isBlank(), "expected the Romanian page");
        }
    }
}
