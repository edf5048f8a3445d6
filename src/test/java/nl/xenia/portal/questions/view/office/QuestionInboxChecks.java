package nl.xenia.portal.questions.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Mailbox;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The question journey of issue 5, run by the office journey with a staff member signed in with
 * two steps: the member asks for new-question mail and writes a Romanian canned reply; then, once
 * on a phone with JavaScript and once without, a person asks in Romanian and keeps the receipt code,
 * the member answers with the canned reply, the person (told by mail, without content) reads the
 * answer with the code and replies, and the member sees the reply. A real SMTP server (GreenMail)
 * receives the mails.
 */
public final class QuestionInboxChecks {

    private static final String ALERT_ADDRESS = "journey-alerts@example.invalid";
    private static final String CANNED_TITLE = "Test gratuit (proef)";
    private static final String CANNED_BODY = "Poți face un test gratuit și anonim la GGD. Nu trebuie să îți spui numele.";

    private QuestionInboxChecks() {
    }

    /** With the journey's SMTP server, where the test server delivers. */
    public static void check(ChromeDriver staff, WebDriverWait wait, Browser staffBrowser, GreenMail smtp)
            throws Exception {
        askForAlerts(staff, wait, staffBrowser);
        writeCannedReply(staff, wait, staffBrowser);
        for (boolean javascript : new boolean[]{true, false}) {
            converse(staff, wait, staffBrowser, javascript, smtp);
        }
    }

    private static void askForAlerts(ChromeDriver staff, WebDriverWait wait, Browser browser) {
        staff.get(Portal.BASE + "/office/nl/dashboard");
        staff.findElement(By.id("nav-alerts")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts:address")));
        assertEquals(Bundles.text("nl", "office.alerts.state.off"), staff.findElement(By.id("alert-state")).getText());
        staff.findElement(By.id("alerts:address")).sendKeys(ALERT_ADDRESS);
        staff.findElement(By.id("alerts:address")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.alerts.message.on")));
        assertTrue(staff.findElement(By.id("alert-state")).getText().contains(ALERT_ADDRESS));
        browser.screenshot("office-alerts");
    }

    private static void writeCannedReply(ChromeDriver staff, WebDriverWait wait, Browser browser) {
        staff.findElement(By.id("nav-replies")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new")));
        staff.findElement(By.id("new")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply:body")));
        new Select(staff.findElement(By.id("reply:language"))).selectByValue("ro");
        new Select(staff.findElement(By.id("reply:topic"))).selectByValue("HEALTH");
        staff.findElement(By.id("reply:body")).sendKeys(CANNED_BODY);
        staff.findElement(By.id("reply:title")).sendKeys(Keys.ENTER); // no title yet: refused
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "QuestionException.Problem.TITLE")));
        assertEquals(CANNED_BODY, staff.findElement(By.id("reply:body")).getAttribute("value"),
                "expected the text typed kept after the refusal");
        assertEquals("ro", new Select(staff.findElement(By.id("reply:language"))).getFirstSelectedOption()
                .getAttribute("value"), "expected the language chosen kept");
        staff.findElement(By.id("reply:title")).sendKeys(CANNED_TITLE);
        staff.findElement(By.id("reply:title")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.replies.message.saved")));
        browser.screenshot("office-canned-reply");
        staff.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(CANNED_TITLE)));
    }

    private static void converse(ChromeDriver staff, WebDriverWait wait, Browser staffBrowser, boolean javascript,
            GreenMail smtp) throws Exception {
        String suffix = javascript ? "js" : "nojs";
        String question = "Unde pot face un test? Întrebare din telefon (" + suffix + ").";
        String personAddress = "persoana-" + suffix + "@example.invalid";
        String reply = "Mulțumesc, merg mâine (" + suffix + ").";
        try (Browser phone = new Browser(javascript)) {
            ChromeDriver person = phone.driver();
            WebDriverWait personWait = new WebDriverWait(person, Duration.ofSeconds(10));
            person.get(Portal.BASE + "/ro/ask");
            new Select(person.findElement(By.id("topic"))).selectByValue("HEALTH");
            person.findElement(By.id("question")).sendKeys(question);
            person.findElement(By.id("mail")).sendKeys(personAddress);
            person.findElement(By.id("question")).submit();
            personWait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
            String code = person.findElement(By.id("receipt-code")).getText();
            person.findElement(By.id("saved")).click();
            person.findElement(By.id("done")).click();
            personWait.until(ExpectedConditions.presenceOfElementLocated(By.id("done-text")));

            String alert = Mailbox.waitForMail(smtp, ALERT_ADDRESS, javascript ? 1 : 2);
            assertTrue(alert.contains("/office/nl/questions"), "expected the office linked: " + alert);
            assertFalse(alert.contains(question) || alert.contains(code), "expected no content in the alert");

            staff.get(Portal.BASE + "/office/nl/dashboard");
            staff.findElement(By.id("nav-questions")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            staffBrowser.screenshot("office-questions-" + suffix);
            threadLink(staff, "NEW").click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer:text")));
            assertTrue(staff.findElement(By.id("thread-language")).getText().contains("ro"),
                    "expected the thread's language shown");
            assertEquals(question, staff.findElement(By.cssSelector("#messages-list .message-person p")).getText());
            assertEquals("ro", staff.findElement(By.id("answer:text")).getAttribute("lang"));
            new Select(staff.findElement(By.id("canned"))).selectByVisibleText(CANNED_TITLE);
            staff.findElement(By.id("answer:use")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.questions.message.canned")));
            assertEquals(CANNED_BODY, staff.findElement(By.id("answer:text")).getAttribute("value"),
                    "expected the canned reply in the answer field");
            staffBrowser.screenshot("office-question-canned-" + suffix);
            staff.findElement(By.id("answer:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.questions.message.answered")));

            String told = Mailbox.waitForMail(smtp, personAddress, 1);
            assertTrue(told.contains("/ro/inbox"), "expected the Romanian inbox linked: " + told);
            assertFalse(told.contains(code) || told.contains("GGD"), "expected no code and no answer in the mail");

            person.get(Portal.BASE + "/ro/inbox");
            person.findElement(By.id("code")).sendKeys(code.replace("-", " ").toLowerCase());
            person.findElement(By.id("open")).click();
            personWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".thread .text")));
            assertEquals(List.of(question, CANNED_BODY), texts(person.findElements(By.cssSelector(".thread .text"))),
                    "expected the person to read the answer");
            phone.screenshot("inbox-answer-ro-" + suffix);
            person.findElement(By.id("reply")).sendKeys(reply);
            person.findElement(By.id("send-reply")).click();
            personWait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".thread .text"), 3));
            assertEquals(reply, texts(person.findElements(By.cssSelector(".thread .text"))).get(2));
            assertTrue(person.manage().getCookies().isEmpty(), "expected no cookie on the person's phone");
        }
        staff.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
        threadLink(staff, "OPEN").click(); // the person's reply opened it again
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
        List<String> seen = texts(staff.findElements(By.cssSelector("#messages-list li p")));
        assertEquals(reply, seen.get(seen.size() - 1), "expected staff to see the person's reply");
        staffBrowser.screenshot("office-question-replied-" + suffix);
        staff.findElement(By.id("status:close")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status:reopen")));
    }

    /** The link of the (one) thread in a state. */
    private static WebElement threadLink(ChromeDriver staff, String status) {
        String state = Bundles.text("nl", "ThreadStatus." + status);
        return staff.findElements(By.cssSelector("#threads tbody tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).size() > 1
                        && row.findElements(By.tagName("td")).get(1).getText().endsWith(state))
                .map(row -> row.findElement(By.tagName("a"))).findFirst()
                .orElseThrow(() -> new AssertionError("expected a thread in state " + status + " in the office list"));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
