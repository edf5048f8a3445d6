package nl.xenia.portal.questions.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Romanian reader on a phone, with JavaScript on and off: asks, writes the code down, comes back
 * with it typed in lower case, reads the question and deletes it all; no cookie at any point. Run
 * by {@link AskAndInboxIT} while it holds an organisation key.
 */
final class AskJourney {

    private AskJourney() {
    }

    static void run() {
        for (boolean javascript : new boolean[]{true, false}) {
            try (Browser browser = new Browser(javascript)) {
                ChromeDriver driver = browser.driver();
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
                driver.get(Portal.BASE + "/ro/ask");
                new Select(driver.findElement(By.id("topic"))).selectByValue("SAFETY");
                driver.findElement(By.id("question")).sendKeys("Cum lucrez în siguranță? Probă din browser.");
                browser.screenshot("ask-ro");
                if (javascript) {
                    focusIsVisibleOnEveryControl(driver, "ask");
                    WebElement question = driver.findElement(By.id("question"));
                    WebElement live = driver.findElement(By.id("question-count-live"));
                    assertEquals("", live.getAttribute("textContent"), "expected nothing said while typing freely");
                    String typed = question.getAttribute("value");
                    driver.executeScript("arguments[0].value += 'x'.repeat(3600);"
                            + " arguments[0].dispatchEvent(new Event('input'));", question);
                    assertTrue(live.getAttribute("textContent").endsWith("/ 4000"),
                            "expected the count said once fewer than 500 characters are left");
                    driver.executeScript("arguments[0].value = arguments[1];"
                            + " arguments[0].dispatchEvent(new Event('input'));", question, typed);
                    assertTrue(driver.findElement(By.id("question-count")).getText().endsWith("/ 4000"),
                            "expected the live character count with JavaScript");
                    assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the ask page");
                }
                driver.findElement(By.id("question")).submit();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
                String code = driver.findElement(By.id("receipt-code")).getText();
                browser.screenshot("ask-receipt-ro");
                assertEquals(Bundles.text("ro", "inbox.message.info.lost") + " "
                        + Bundles.text("ro", "inbox.message.info.ask_again"),
                        driver.findElement(By.id("lost-code")).getText(), "expected the lost-code line on the receipt");
                assertTrue(driver.findElement(By.cssSelector("#lost-code a")).getRect().getHeight() >= 44,
                        "expected the ask-again link at least 44 pixels high, for a finger");
                assertTrue(driver.findElement(By.id("receipt-warning")).isDisplayed(),
                        "expected the warning against screenshots on the receipt");
                driver.findElement(By.id("saved")).click();
                driver.findElement(By.id("done")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done-text")));
                assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie after asking");

                driver.get(Portal.BASE + "/ro/inbox");
                // one wrong code per run (Romanian with JavaScript, Bulgarian without): the browser is
                // one client (loopback) and a fourth wrong code in 15 minutes would be slowed down
                if (javascript) {
                    driver.findElement(By.id("code")).sendKeys("AAAA-BBBB-CCCC-DDDD");
                    driver.findElement(By.id("open")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
                    assertEquals(Bundles.text("ro", "inbox.message.error.wrong"),
                            driver.findElement(By.id("error")).getText(), "expected the wrong-code answer");
                    assertTrue(driver.findElement(By.id("lost-code")).isDisplayed(),
                            "expected the lost-code line with the wrong-code answer");
                    browser.screenshot("inbox-wrong-ro");
                    assertEquals("code", driver.switchTo().activeElement().getAttribute("id"),
                            "expected the focus on the field in error");
                }
                driver.findElement(By.id("code")).clear();
                driver.findElement(By.id("code")).sendKeys(code.toLowerCase());
                driver.findElement(By.id("open")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thread .text")));
                assertEquals("Cum lucrez în siguranță? Probă din browser.",
                        driver.findElement(By.cssSelector(".thread .text")).getText());
                String address = driver.getCurrentUrl();
                assertTrue(address.matches(Pattern.quote(Portal.BASE + "/ro/inbox?view=") + "[0-9A-Z]{26,}")
                        && !address.contains(code.replace("-", "").substring(0, 8)),
                        "expected only a one-time token in the address, nothing of the code: " + address);
                browser.screenshot("inbox-thread-ro");
                // leaving and coming Back: the page is asked for again (no-store), the token is spent,
                // and no form is sent again
                driver.get(Portal.BASE + "/ro/");
                driver.navigate().back();
                assertEquals(address, driver.getCurrentUrl(), "expected Back to the one-time address, not to a post");
                if (javascript) {
                    // a page kept in the browser's memory is asked for again (quick-exit.js)
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
                    assertEquals(Bundles.text("ro", "inbox.message.info.expired"),
                            driver.findElement(By.id("notice")).getText(),
                            "expected Back to show the closed page, not the thread nor a resend prompt");
                    assertTrue(driver.findElements(By.cssSelector(".thread")).isEmpty(),
                            "expected no thread after Back");
                } else {
                    // without JavaScript the browser may show the page from its memory: never a resend prompt
                    wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("notice")),
                            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thread"))));
                }
                browser.screenshot("inbox-back-ro");
                driver.get(Portal.BASE + "/ro/inbox");
                driver.findElement(By.id("code")).sendKeys(code);
                driver.findElement(By.id("open")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thread .text")));
                if (javascript) {
                    assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the thread");
                }
                String send = driver.findElement(By.id("send-reply")).getCssValue("background-color");
                String delete = driver.findElement(By.id("delete")).getCssValue("background-color");
                String exit = driver.findElement(By.id("quick-exit")).getCssValue("background-color");
                assertNotEquals(send, delete, "expected 'Delete everything' not to look like the send button");
                assertEquals(exit, delete, "expected 'Delete everything' in the danger red of the quick exit");
                driver.findElement(By.id("confirm")).click();
                driver.findElement(By.id("delete")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deleted")));
                assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie at any point");

                // a Bulgarian reader: the same line on the receipt and with a wrong code
                driver.get(Portal.BASE + "/bg/ask");
                driver.findElement(By.id("question")).sendKeys("Въпрос от браузъра, проба.");
                driver.findElement(By.id("question")).submit();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
                assertTrue(driver.findElement(By.id("lost-code")).getText()
                        .startsWith(Bundles.text("bg", "inbox.message.info.lost")), "expected the line in Bulgarian");
                browser.screenshot("ask-receipt-bg");
                driver.findElement(By.cssSelector("#receipt-where a")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
                assertEquals(Portal.BASE + "/bg/inbox", driver.getCurrentUrl(),
                        "expected the receipt's link to the inbox");
                assertTrue(driver.findElement(By.id("lost-code")).getText()
                        .startsWith(Bundles.text("bg", "inbox.message.info.lost")),
                        "expected the line by the code form");
                if (!javascript) {
                    driver.findElement(By.id("code")).sendKeys("AAAA-BBBB-CCCC-DDDD");
                    driver.findElement(By.id("open")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
                    assertEquals(Bundles.text("bg", "inbox.message.error.wrong"),
                            driver.findElement(By.id("error")).getText(), "expected the wrong-code answer");
                    assertTrue(driver.findElement(By.id("lost-code")).getText()
                            .startsWith(Bundles.text("bg", "inbox.message.info.lost")),
                            "expected the line in Bulgarian with the wrong-code answer");
                    browser.screenshot("inbox-wrong-bg");
                }
            }
        }
    }

    /**
     * Tabs through the page from its start, as a keyboard does: each control of the page's main part
     * (fields, lists, boxes, buttons) and the skip link must look different focused than not (a ring of
     * at least 3 pixels); the skip link is a single clipped pixel until it has the focus.
     */
    private static void focusIsVisibleOnEveryControl(ChromeDriver driver, String page) {
        String style = "var s = getComputedStyle(arguments[0]);"
                + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;";
        List<WebElement> controls = driver.findElements(By.cssSelector(
                "main select, main textarea, main input:not([type=hidden]), main button"));
        assertFalse(controls.isEmpty(), "expected controls on the " + page + " page");
        WebElement skip = driver.findElement(By.cssSelector(".skip"));
        driver.executeScript("document.documentElement.style.zoom = '2';");
        assertTrue(skip.getRect().getHeight() <= 2, "expected the skip link hidden at 200 % zoom until focused");
        driver.executeScript("document.documentElement.style.zoom = '';");
        assertTrue(skip.getRect().getHeight() <= 1, "expected the skip link hidden until focused");
        java.util.Map<WebElement, String> focused = new java.util.HashMap<>();
        // the keyboard starts again from the top of the page
        driver.executeScript("window.scrollTo(0, 0); document.activeElement.blur();"
                + " document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex');");
        for (int i = 0; i < 60 && focused.size() < controls.size(); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (i == 0) {
                assertEquals(skip, active, "expected the first Tab on the skip link");
                assertTrue(skip.getRect().getHeight() >= 24, "expected the skip link shown once focused");
            }
            if (controls.contains(active)) {
                focused.put(active, (String) driver.executeScript(style, active));
            }
        }
        assertEquals(controls.size(), focused.size(), "expected every control reached by Tab on the " + page);
        driver.executeScript("document.activeElement.blur();");
        for (WebElement control : controls) {
            String rest = (String) driver.executeScript(style, control);
            String ring = focused.get(control);
            String name = control.getTagName() + "#" + control.getAttribute("id");
            assertNotEquals(rest, ring, "expected " + name + " to look different when focused: " + ring);
            assertTrue(ring.startsWith("solid 3px"), "expected a 3px ring around " + name + ": " + ring);
        }
    }
}
