package nl.xenia.portal.questions.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Mailbox;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The question journey of issue 5, with a staff member of the office fixture signed in with two
 * steps: the member asks for new-question mail and writes a Romanian canned reply (once, by the
 * first test that needs them); then, on a phone with JavaScript in one test and without in the
 * other, a person asks in Romanian and keeps the receipt code, the member answers with the canned
 * reply, the person (told by mail, without content) reads the answer with the code and replies, and
 * the member sees the reply. A real SMTP server (GreenMail) receives the mails. Other tests' threads
 * may be in the inbox: the member finds the person's thread by its text.
 */
class QuestionInboxJourneyIT {

    private static final String MEMBER = "inbox-member";
    private static boolean prepared;

    private static final String ALERT_ADDRESS = "journey-alerts@example.invalid";
    private static final String CANNED_TITLE = "Test gratuit (proef)";
    private static final String CANNED_BODY = "Poți face un test gratuit și anonim la GGD. Nu trebuie să îți spui numele.";

    @Test
    void aPersonOnAPhoneWithJavaScriptAsksAndReadsTheAnswer() throws Exception {
        journey(true);
    }

    @Test
    void aPersonOnAPhoneWithoutJavaScriptAsksAndReadsTheAnswer() throws Exception {
        journey(false);
    }

    /** With an SMTP server of its own where the test server delivers, and the member signed in in Dutch. */
    private static void journey(boolean javascript) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser staffBrowser = new Browser(true)) {
            ChromeDriver staff = staffBrowser.driver();
            WebDriverWait wait = new WebDriverWait(staff, Duration.ofSeconds(15));
            Office.member(MEMBER, "STAFF").signIn(staff, "nl");
            prepare(staff, wait, staffBrowser);
            converse(staff, wait, staffBrowser, javascript, smtp);
        } finally {
            smtp.stop();
        }
    }

    /** The alerts and the canned reply, made by whichever test runs first. */
    private static synchronized void prepare(ChromeDriver staff, WebDriverWait wait, Browser browser) {
        if (!prepared) {
            askForAlerts(staff, wait, browser);
            writeCannedReply(staff, wait, browser);
            prepared = true;
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
        String thread;
        String suffix = javascript ? "js" : "nojs";
        String question = "Unde pot face un test? Întrebare din telefon (" + suffix + ", "
                + java.util.UUID.randomUUID() + ").";
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

            String alert = Mailbox.waitForMail(smtp, ALERT_ADDRESS, 1);
            assertTrue(alert.contains("/office/nl/questions"), "expected the office linked: " + alert);
            assertFalse(alert.contains(question) || alert.contains(code), "expected no content in the alert");

            staff.get(Portal.BASE + "/office/nl/dashboard");
            staff.findElement(By.id("nav-questions")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            // the questions waiting for an answer, newest first: the person's is among the first (a long run has
            // more than a page of open questions)
            staff.findElement(By.cssSelector("a.view-unanswered")).click();
            wait.until(ExpectedConditions.urlContains("view=unanswered"));
            staff.findElement(By.id("newest")).click();
            wait.until(ExpectedConditions.urlContains("order=newest"));
            staffBrowser.screenshot("office-questions-" + suffix);
            thread = openThread(staff, wait, question);
            assertEquals(nl.xenia.portal.localization.boundary.Languages.name("ro", "nl"),
                    staff.findElement(By.id("thread-language")).getText(),
                    "expected the thread's language shown by name (Roemeens)");
            assertEquals(question, staff.findElement(By.cssSelector("#messages-list .message-person p")).getText());
            assertEquals("ro", staff.findElement(By.id("question:answer")).getAttribute("lang"));
            new Select(staff.findElement(By.id("canned"))).selectByVisibleText(CANNED_TITLE);
            staff.findElement(By.id("question:use")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.questions.message.canned")));
            assertEquals(CANNED_BODY, staff.findElement(By.id("question:answer")).getAttribute("value"),
                    "expected the canned reply in the answer field");
            staffBrowser.screenshot("office-question-canned-" + suffix);
            staff.findElement(By.id("question:send")).click();
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
        staff.get(thread); // the person's reply opened it again
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
        List<String> seen = texts(staff.findElements(By.cssSelector("#messages-list li p")));
        assertEquals(reply, seen.get(seen.size() - 1), "expected staff to see the person's reply");
        staffBrowser.screenshot("office-question-replied-" + suffix);
        staff.findElement(By.id("question:close")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question:reopen")));
    }

    /**
     * Opens the thread whose question is the given text, among the new ones in the office list (other
     * tests' threads may be there too); returns its address (with the session's token).
     */
    private static String openThread(ChromeDriver staff, WebDriverWait wait, String question) {
        String state = Bundles.text("nl", "ThreadStatus.NEW");
        List<String> links = staff.findElements(By.cssSelector("#threads tbody tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).size() > 1
                        && row.findElements(By.tagName("td")).get(1).getText().endsWith(state))
                .map(row -> row.findElement(By.tagName("a")).getAttribute("href")).toList();
        for (String link : links) {
            staff.get(link);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
            if (staff.findElement(By.cssSelector("#messages-list .message-person p")).getText().equals(question)) {
                return link;
            }
        }
        throw new AssertionError("expected the person's new thread in the office list (" + links.size() + " new)");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
