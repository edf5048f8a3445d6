package nl.xenia.portal.questions.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office's question page as a helpdesk worker uses it, on a 1366×768 laptop and on a 390×844 phone
 * with JavaScript: a person asks in Spanish; the member types an answer and presses "add note" with an
 * empty note (refused, naming the field, with the answer and the person's message still there), takes
 * the question, gives it to a colleague and undoes that, changes the topic, adds a note (a Reload adds
 * nothing), leaves and comes back to the draft (also the one saved while typing), sends and closes in
 * one step. Staff see who wrote what; the person reads "Xenia". A colleague opening the same question
 * sees that the member has it open. Other tests' questions may be there: the test finds its own by its
 * marker.
 */
class QuestionPageJourneyIT {

    private static final String MEMBER = "page-staff";
    private static final String COLLEAGUE = "page-colleague";

    @Test
    void aQuestionIsHandledOnALaptop() throws Exception {
        journey(Browser.Screen.LAPTOP, "laptop");
    }

    @Test
    void aQuestionIsHandledOnAPhone() throws Exception {
        journey(Browser.Screen.PHONE, "phone");
    }

    private static void journey(Browser.Screen screen, String name) throws Exception {
        Office.member(COLLEAGUE, "STAFF"); // offered in the list of colleagues
        String marker = Leaks.marker();
        String question = "¿Dónde puedo hacerme una prueba gratis? (" + name + " " + marker + ")";
        String code = ask(question);
        try (Browser browser = new Browser(true, screen)) {
            ChromeDriver staff = browser.driver();
            WebDriverWait wait = new WebDriverWait(staff, Duration.ofSeconds(15));
            // a page replaced by a redirect's while an element is read: ask again
            wait.ignoring(StaleElementReferenceException.class);
            Office.member(MEMBER, "STAFF").signIn(staff, "nl");
            String page = openOwnThread(staff, wait, question);

            assertEquals(Languages.name("es", "nl"), text(staff, "thread-language"),
                    "expected the language by name in Dutch (Spaans), not its code");
            assertEquals(Bundles.text("nl", "ThreadStatus.OPEN"), text(staff, "thread-status"));
            assertEquals(Bundles.text("nl", "office.questions.nobody"), text(staff, "thread-assignee"));
            assertFalse(text(staff, "thread-due").matches(".*\\d{1,2}:\\d{2}.*"),
                    "expected the due date as a day, without a time of midnight: " + text(staff, "thread-due"));
            WebElement write = staff.findElement(By.id("write-canned"));
            assertTrue(write.getAttribute("href").endsWith("/office/nl/reply?language=es&topic=HEALTH"),
                    "expected the 'write one' link to the editor with language and topic: "
                            + write.getAttribute("href"));
            browser.screenshot("office-question-" + name);

            String answer = "Puedes hacerte la prueba gratis en la GGD. " + marker;
            staff.findElement(By.id("question:answer")).sendKeys(answer);
            press(staff, wait, "question:addNote", false);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/debug-" + name + ".html"),
                    staff.getPageSource()); // DEBUG
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.format("nl", "office.questions.message.error.empty",
                            Map.of("field", Bundles.text("nl", "office.questions.field.note")))));
            assertEquals(answer, value(staff, "question:answer"), "expected the answer kept after the refused note");
            assertEquals(question, staff.findElement(By.cssSelector("#messages-list .message-person p")).getText(),
                    "expected the person's message still shown after the refusal");
            assertEquals("true", staff.findElement(By.id("question:note")).getAttribute("aria-invalid"),
                    "expected the empty note field marked");
            browser.screenshot("office-question-refused-" + name);

            press(staff, wait, "question:mine", true);
            expectMessage(staff, wait, "office.questions.message.assigned");
            assertEquals(MEMBER, text(staff, "thread-assignee"), "expected the question with the member");
            assertEquals(answer, value(staff, "question:answer"), "expected the answer kept after 'assign to me'");

            new Select(staff.findElement(By.id("assignee"))).selectByVisibleText(COLLEAGUE);
            press(staff, wait, "question:assign", true);
            expectMessage(staff, wait, "office.questions.message.assigned");
            assertEquals(COLLEAGUE, text(staff, "thread-assignee"), "expected the question with the colleague");
            assertEquals(answer, value(staff, "question:answer"), "expected the answer kept after assigning");
            assertEquals(Bundles.format("nl", "office.questions.button.undo", Map.of("name", MEMBER)),
                    staff.findElement(By.id("question:undo")).getText(), "expected the undo to say where it goes");
            press(staff, wait, "question:undo", true);
            expectMessage(staff, wait, "office.questions.message.undone");
            assertEquals(MEMBER, text(staff, "thread-assignee"), "expected the undo back to the member");

            new Select(staff.findElement(By.id("topic"))).selectByValue("MONEY");
            press(staff, wait, "question:changeTopic", true);
            expectMessage(staff, wait, "office.questions.message.topic");
            assertEquals(Bundles.text("nl", "Topic.MONEY"), text(staff, "thread-topic"), "expected the new topic");

            String note = "Vraag eerst of ze een zorgverzekering heeft. " + marker;
            staff.findElement(By.id("question:note")).sendKeys(note);
            press(staff, wait, "question:addNote", true);
            expectMessage(staff, wait, "office.questions.message.noted");
            assertEquals(1, staff.findElements(By.cssSelector("#messages-list .message-note")).size(),
                    "expected one note");
            assertTrue(staff.findElement(By.cssSelector("#messages-list .message-note .author")).getText()
                    .contains(MEMBER), "expected staff to see who wrote the note");
            assertEquals(answer, value(staff, "question:answer"), "expected the answer kept after adding the note");
            assertEquals("", value(staff, "question:note"), "expected the note field empty once added");
            staff.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
            assertEquals(1, staff.findElements(By.cssSelector("#messages-list .message-note")).size(),
                    "expected Reload after adding the note to add nothing");

            // the draft saved while typing (JavaScript), kept when the page is left and restored on return
            String more = " Abre de lunes a viernes.";
            countRequests(staff);
            staff.findElement(By.id("question:answer")).sendKeys(more);
            wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.requests;"))
                    .intValue() >= 1);
            staff.get(Portal.BASE + "/office/nl/dashboard");
            staff.get(page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
            assertEquals(answer + more, value(staff, "question:answer"),
                    "expected the draft typed before leaving restored on return");

            OfficeHttp colleague = Office.member(COLLEAGUE, "STAFF").signIn();
            Document seen = Portal.html(colleague.get(page.substring(Portal.BASE.length())));
            assertNotNull(seen.getElementById("presence"), "expected the colleague told the member has it open");
            assertEquals(Bundles.format("nl", "office.questions.presence", Map.of("names", MEMBER)),
                    seen.getElementById("presence").text());
            assertTrue(seen.getElementById("question:answer").text().isEmpty(),
                    "expected the member's draft in the member's session only, not the colleague's");
            staff.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("presence")));
            assertTrue(text(staff, "presence").contains(COLLEAGUE), "expected the member told the colleague has it");

            press(staff, wait, "question:sendClose", true);
            expectMessage(staff, wait, "office.questions.message.answered_closed");
            assertEquals(Bundles.text("nl", "ThreadStatus.CLOSED"), text(staff, "thread-status"),
                    "expected the question closed with the answer");
            assertTrue(staff.findElement(By.cssSelector("#messages-list .message-staff .author")).getText()
                    .contains(MEMBER), "expected staff to see who wrote the answer");
            assertEquals("", value(staff, "question:answer"), "expected the answer field empty once sent");
            assertTrue(staff.findElements(By.id("question:close")).isEmpty()
                    && !staff.findElements(By.id("question:reopen")).isEmpty(), "expected 'reopen' offered");
            browser.screenshot("office-question-closed-" + name);
            staff.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
            assertEquals(1, staff.findElements(By.cssSelector("#messages-list .message-staff")).size(),
                    "expected Reload after sending to send nothing again");
            staff.get(Portal.BASE + "/office/nl/dashboard");
            staff.get(page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
            assertEquals("", value(staff, "question:answer"), "expected no draft once the answer was sent");

            press(staff, wait, "question:reopen", true);
            expectMessage(staff, wait, "office.questions.message.reopened");
            assertEquals(Bundles.text("nl", "ThreadStatus.OPEN"), text(staff, "thread-status"));
        }

        Document thread = read(code);
        assertEquals(List.of(question, answer(marker)), thread.select(".thread .text").eachText(),
                "expected the person to read the question and the answer, never the note");
        assertEquals(List.of(Bundles.text("es", "inbox.thread.xenia")), thread.select(".thread li.xenia strong")
                .eachText(), "expected the answer signed 'Xenia'");
        assertFalse(thread.html().contains(MEMBER), "expected no staff name on the person's page");
    }

    private static String answer(String marker) {
        return "Puedes hacerte la prueba gratis en la GGD. " + marker + " Abre de lunes a viernes.";
    }

    /** A question asked in Spanish over plain HTTP (no cookie); returns the receipt code. */
    private static String ask(String question) {
        String token = Portal.html(Portal.get("/es/ask")).selectFirst("input[name=token]").attr("value");
        Document receipt = Portal.html(Portal.postForm("/es/ask",
                Map.of("token", token, "topic", "HEALTH", "question", question, "mail", "")));
        assertNotNull(receipt.getElementById("receipt-code"), "expected the receipt code after asking");
        return receipt.getElementById("receipt-code").text();
    }

    /** The person's inbox opened with the code (after the redirect with its one-time token). */
    private static Document read(String code) {
        HttpResponse<String> opened = Portal.postForm("/es/inbox", Map.of("code", code));
        if (opened.statusCode() == 303) {
            opened = Portal.get(opened.headers().firstValue("Location").orElseThrow());
        }
        return Portal.html(opened);
    }

    /**
     * The question with this text: the newest question in the office list (the one just asked),
     * checked by its text. Returns the page's address.
     */
    private static String openOwnThread(ChromeDriver staff, WebDriverWait wait, String question) {
        staff.get(Portal.BASE + "/office/nl/questions?order=newest"); // the newest on the first page
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
        String newest = staff.findElements(By.cssSelector("#threads a[href*='question?id=']")).stream()
                .map(link -> link.getAttribute("href"))
                .max(Comparator.comparingLong(href -> Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"))))
                .orElseThrow(() -> new AssertionError("expected questions in the office list"));
        staff.get(newest);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
        assertEquals(question, staff.findElement(By.cssSelector("#messages-list .message-person p")).getText(),
                "expected the newest question in the list to be the one just asked");
        return newest;
    }

    /** Presses a button as a finger or mouse does; for a done action, waits for the page after the redirect. */
    private static void press(ChromeDriver staff, WebDriverWait wait, String id, boolean redirected) {
        WebElement button = staff.findElement(By.id(id));
        staff.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        WebElement old = staff.findElement(By.id("messages-list"));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
        if (redirected) {
            assertFalse(staff.getCurrentUrl().contains("jakarta.faces"), "expected the page's own address");
        }
    }

    private static void expectMessage(ChromeDriver staff, WebDriverWait wait, String key) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), Bundles.text("nl", key)));
    }

    /** Counts the page's requests from now on (the draft saved while typing is one). */
    private static void countRequests(ChromeDriver staff) {
        staff.executeScript("window.requests = 0; var send = XMLHttpRequest.prototype.send;"
                + " XMLHttpRequest.prototype.send = function () {"
                + " this.addEventListener('loadend', function () { window.requests++; });"
                + " return send.apply(this, arguments); };");
    }

    private static String text(ChromeDriver staff, String id) {
        return staff.findElement(By.id(id)).getText();
    }

    private static String value(ChromeDriver staff, String id) {
        return staff.findElement(By.id(id)).getAttribute("value");
    }
}
