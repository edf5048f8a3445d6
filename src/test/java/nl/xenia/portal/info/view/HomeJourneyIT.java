package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader on a phone, with JavaScript on and off: opens the portal, gets Dutch (the browser's
 * language), switches to Romanian, finds the main actions on the first screen, and leaves with quick exit.
 */
class HomeJourneyIT {

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void readHomeSwitchLanguageAndLeave(boolean javascript) {
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            driver.get(Browser.NEUTRAL_SITE + "/before");
            driver.get(Portal.BASE + "/");

            assertEquals(Portal.BASE + "/nl/", driver.getCurrentUrl(), "expected the Dutch home for a Dutch browser");
            assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"), "expected lang=nl");
            assertEquals(javascript, driver.findElement(By.tagName("html")).getAttribute("class").contains("js"),
                    "expected the page script to have run exactly when JavaScript is on (inline, allowed by its hash)");
            assertEquals(Bundles.text("nl", "home.title"), driver.findElement(By.tagName("h1")).getText(),
                    "expected the Dutch home title");
            assertEquals("rgba(176, 0, 32, 1)",
                    driver.findElement(By.id("quick-exit")).getCssValue("background-color"),
                    "expected the inline stylesheet to apply (allowed by its CSP hash): a red exit button");
            assertTrue(driver.findElement(By.id("quick-exit")).isDisplayed(), "expected quick exit visible");
            browser.screenshot("home-nl");
            if (javascript) {
                assertEquals(java.util.List.of(), browser.accessibilityViolations(),
                        "expected no WCAG 2.2 A/AA violation on the Dutch home page");
            }

            driver.findElement(By.cssSelector("nav.languages a[hreflang=ro]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(Portal.BASE + "/ro/"));
            assertEquals("ro", driver.findElement(By.tagName("html")).getAttribute("lang"), "expected lang=ro");
            assertEquals(Bundles.text("ro", "home.title"), driver.findElement(By.tagName("h1")).getText(),
                    "expected the Romanian home title");
            browser.screenshot("home-ro");
            if (javascript) {
                assertEquals(java.util.List.of(), browser.accessibilityViolations(),
                        "expected no WCAG 2.2 A/AA violation on the Romanian home page");
                driver.get(Portal.BASE + "/ro/no-such-page");
                assertEquals(java.util.List.of(), browser.accessibilityViolations(),
                        "expected no WCAG 2.2 A/AA violation on the Romanian error page");
                browser.screenshot("error-404-ro");
                driver.navigate().back();
            }

            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertTrue(driver.switchTo().activeElement().getAttribute("href").endsWith("/exit"),
                    "expected the first Tab to reach the quick exit skip link");

            driver.findElement(By.id("quick-exit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlToBe(Browser.NEUTRAL_SITE + "/neutral"));
            assertTrue(driver.getPageSource().contains(Browser.NEUTRAL_TEXT), "expected to land on the neutral site");

            driver.navigate().back();
            if (javascript) {
                waitForLoad(driver);
                assertFalse(driver.getCurrentUrl().startsWith(Portal.BASE),
                        "expected Back after quick exit to leave the portal behind, was at " + driver.getCurrentUrl());
                assertFalse(driver.getPageSource().contains("Xenia"), "expected no portal content after Back");
                assertTrue(driver.getPageSource().contains(Browser.BEFORE_TEXT),
                        "expected Back to show the page visited before the portal");
                browser.screenshot("back-after-exit");
            }
        }
    }

    /** On a 390×844 phone the five main actions lie wholly within the first screen, before any scrolling. */
    @ParameterizedTest(name = "{0}, JavaScript {1}")
    @CsvSource({"ro, true", "ro, false", "bg, true", "bg, false", "es, true", "nl, true", "en, true"})
    void theMainActionsAreOnTheFirstScreen(String language, boolean javascript) {
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            driver.get(Portal.BASE + "/" + language + "/");
            long viewport = (Long) driver.executeScript("return window.innerHeight");
            assertEquals(844L, viewport, "expected the phone's 844 px high screen");
            assertEquals(390L, driver.executeScript("return document.documentElement.scrollWidth"),
                    "expected nothing wider than the phone's 390 px (the header with the red button fits)");
            for (String action : List.of("ask", "appointments", "meetups", "inbox", "info")) {
                WebElement link = driver.findElement(By.id(action + "-link"));
                Rectangle box = link.getRect();
                assertTrue(link.isDisplayed() && box.getY() >= 0 && box.getY() + box.getHeight() <= 844,
                        "expected the " + action + " action within the first 844 px in " + language + ", was "
                                + box.getY()
                                + "+" + box.getHeight());
                assertTrue(box.getHeight() >= 48 && box.getWidth() >= 300,
                        "expected the " + action + " action to be a large button, was " + box.getWidth() + "×"
                                + box.getHeight());
                assertFalse(link.findElements(By.tagName("svg")).isEmpty(),
                        "expected a pictogram on the " + action + " action");
            }
            assertEquals(Bundles.text(language, "home.action.inbox"), driver.findElement(By.id("inbox-link")).getText(),
                    "expected the inbox action to say 'I have a code' in " + language);
            browser.screenshot("home-first-screen-" + language);
        }
    }

    /**
     * From the home page to the hide-your-visit guide and, by the footer, to the privacy page, with JavaScript on
     * and off; both in the reader's language and accessible.
     */
    @ParameterizedTest(name = "{0}, JavaScript {1}")
    @CsvSource({"ro, true", "ro, false", "bg, true", "bg, false"})
    void theGuidesAreReachedFromHome(String language, boolean javascript) {
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            driver.get(Portal.BASE + "/" + language + "/");
            driver.findElement(By.id("hide-link")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlToBe(Portal.BASE + "/" + language + "/tips"));
            assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"),
                    "expected lang=" + language);
            assertEquals(Bundles.text(language, "tips.title"), driver.findElement(By.tagName("h1")).getText(),
                    "expected the hide-your-visit title in " + language);
            browser.screenshot("tips-" + language);
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(),
                        "expected no WCAG 2.2 A/AA violation on the hide-your-visit page in " + language);
            }
            driver.findElement(By.id("privacy-footer")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlToBe(Portal.BASE + "/" + language + "/privacy"));
            assertEquals(Bundles.text(language, "privacy.title"), driver.findElement(By.tagName("h1")).getText(),
                    "expected the privacy title in " + language);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("90"),
                    "expected the privacy page to name the 90 days a question is kept");
            browser.screenshot("privacy-" + language);
            if (javascript) {
                assertEquals(List.of(), browser.accessibilityViolations(),
                        "expected no WCAG 2.2 A/AA violation on the privacy page in " + language);
            }
        }
    }

    /** The Shift tip is hidden on a phone (no Shift key, so the red button is the way), shown with a mouse. */
    @Test
    void theShiftTipOnlyWhereAKeyboardIsLikely() {
        try (Browser phone = new Browser(true, Browser.Screen.PHONE)) {
            ChromeDriver driver = phone.driver();
            driver.get(Portal.BASE + "/en/");
            assertEquals(false, driver.executeScript("return matchMedia('(hover: hover) and (pointer: fine)').matches"),
                    "expected the emulated phone to have no mouse");
            assertFalse(driver.findElement(By.cssSelector("footer .keys")).isDisplayed(),
                    "expected the Shift tip hidden on a phone");
            assertTrue(driver.findElement(By.id("quick-exit")).isDisplayed(), "expected the red button on a phone");
        }
        try (Browser laptop = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = laptop.driver();
            driver.get(Portal.BASE + "/en/");
            assertEquals(true, driver.executeScript("return matchMedia('(hover: hover) and (pointer: fine)').matches"),
                    "expected the emulated laptop to have a mouse");
            assertTrue(driver.findElement(By.cssSelector("footer .keys")).isDisplayed(),
                    "expected the Shift tip shown where there is a mouse (and so likely a keyboard)");
            assertTrue(driver.findElement(By.id("quick-exit")).isDisplayed(), "expected the red button there too");
        }
    }

    @ParameterizedTest(name = "Shift three times")
    @ValueSource(booleans = {true})
    void shiftThreeTimesLeaves(boolean javascript) {
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            driver.get(Browser.NEUTRAL_SITE + "/before");
            driver.get(Portal.BASE + "/en/");
            new Actions(driver).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT)
                    .perform();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlToBe(Browser.NEUTRAL_SITE + "/neutral"));
            driver.navigate().back();
            waitForLoad(driver);
            assertFalse(driver.getCurrentUrl().startsWith(Portal.BASE), "expected Back to skip the portal");
        }
    }

    /** After Back from the neutral site: waits until the browser has left it and the page it went to has loaded. */
    private static void waitForLoad(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().isEmpty() && !d.getCurrentUrl().equals(Browser.NEUTRAL_SITE + "/neutral")
                        && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }
}
