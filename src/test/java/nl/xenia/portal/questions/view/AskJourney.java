package nl.xenia.portal.questions.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
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
                    assertTrue(driver.findElement(By.id("question-count")).getText().endsWith("/ 4000"),
                            "expected the live character count with JavaScript");
                    assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the ask page");
                }
                driver.findElement(By.id("question")).submit();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
                String code = driver.findElement(By.id("receipt-code")).getText();
                browser.screenshot("ask-receipt-ro");
                driver.findElement(By.id("saved")).click();
                driver.findElement(By.id("done")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done-text")));
                assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie after asking");

                driver.get(Portal.BASE + "/ro/inbox");
                driver.findElement(By.id("code")).sendKeys(code.toLowerCase());
                driver.findElement(By.id("open")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thread .text")));
                assertEquals("Cum lucrez în siguranță? Probă din browser.",
                        driver.findElement(By.cssSelector(".thread .text")).getText());
                assertEquals(Portal.BASE + "/ro/inbox", driver.getCurrentUrl(), "expected the code in no address");
                browser.screenshot("inbox-thread-ro");
                if (javascript) {
                    assertEquals(List.of(), browser.accessibilityViolations(), "expected no violation on the thread");
                }
                driver.findElement(By.id("confirm")).click();
                driver.findElement(By.id("delete")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deleted")));
                assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie at any point");
            }
        }
    }
}
