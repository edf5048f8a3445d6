package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Romanian reader on a phone, with JavaScript on and off: from the home page to the information
 * tiles, the health page in Romanian, a search without accents, and the rules page where they find
 * their municipality (the page itself still in English, marked as such).
 */
class InfoJourneyIT {

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void findTheHealthPageInRomanianAndTheRulesForLeeuwarden(boolean javascript) {
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(Portal.BASE + "/ro/");
            driver.findElement(By.id("info-link")).click();
            wait.until(ExpectedConditions.urlToBe(Portal.BASE + "/ro/info"));
            assertEquals(Bundles.text("ro", "info.title"), driver.findElement(By.tagName("h1")).getText());
            browser.screenshot("info-ro");
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the tiles");
            }

            driver.findElement(By.cssSelector(".tiles a[href$='/ro/info/" + DemoPages.address("health") + "']"))
                    .click();
            wait.until(ExpectedConditions.urlToBe(Portal.BASE + "/ro/info/" + DemoPages.address("health")));
            assertEquals("Sănătate", driver.findElement(By.tagName("h1")).getText(), "expected the Romanian page");
            assertTrue(driver.findElements(By.id("fallback-notice")).isEmpty(), "expected no fallback notice");
            browser.screenshot("info-health-ro");
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on a page");
            }

            driver.findElement(By.id("q")).sendKeys("PREP sanatate");
            driver.findElement(By.cssSelector("form.search button")).click();
            wait.until(ExpectedConditions.urlToBe(Portal.BASE + "/ro/info/search"));
            assertTrue(driver.findElements(By.cssSelector(".hits a")).stream()
                    .anyMatch(hit -> hit.getAttribute("href").endsWith("/ro/info/" + DemoPages.address("health"))),
                    "expected the search to find the health page, accents and case ignored");
            browser.screenshot("info-search-ro");

            driver.get(Portal.BASE + "/ro/info");
            driver.findElement(By.cssSelector(".tiles a[href$='/ro/info/" + DemoPages.address("rules") + "']")).click();
            wait.until(ExpectedConditions.urlToBe(Portal.BASE + "/ro/info/" + DemoPages.address("rules")));
            assertTrue(driver.findElement(By.id("fallback-notice")).getText().contains("engleză"),
                    "expected the notice that the page is shown in English, named in Romanian");
            assertTrue(driver.findElements(By.cssSelector(".municipalities th[scope=row]")).stream()
                    .anyMatch(name -> name.getText().equals("Leeuwarden")), "expected Leeuwarden in the list");
            assertTrue(driver.findElement(By.cssSelector(".municipalities")).getText()
                    .contains(Bundles.text("ro", "info.municipalities.pilot")),
                    "expected the facts labelled in Romanian");
            browser.screenshot("info-rules-ro");
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the rules page");
            }
        }
    }
}
