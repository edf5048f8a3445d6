package nl.xenia.portal.questions.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Leaks;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;

/**
 * The office's question list and canned replies as staff use them in Dutch, on a laptop (1366×768) and a
 * phone (390×844): a column sorted both ways (no error page), the column filters narrowing the rows
 * ("bg", "Bulgaars", "Geld", an assignee), the saved views, order and search in the address, a canned
 * reply written from the question page's "write one" address and deleted after a confirmation, and the
 * dashboard still counting a question once it was opened. Other tests' questions may be in the list: this
 * class asks two of its own (bg about money, ro about health) and finds them as the newest.
 */
class QuestionListJourneyIT {

    private static final String MEMBER = "list-member";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "es", "hu", "pt", "pl", "ru",
            "uk", "th", "fy");
    private static final String ROWS = "#threads tbody tr:not(.ui-datatable-empty-message)";

    /** The numbers of this class's two questions, asked by the first test that needs them. */
    private static long bulgarian;
    private static long romanian;

    @Test
    void sortingAColumnChangesTheOrderAndShowsNoErrorPage() {
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = signedIn(browser);
            questions();
            driver.get(Portal.BASE + "/office/nl/questions?view=all");
            Wait<ChromeDriver> wait = waiting(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            header(driver, "language").findElement(By.cssSelector(".ui-column-title")).click();
            String notFound = Bundles.text("nl", "errorpages.404.title");
            wait.until(d -> d.getPageSource().contains(notFound)
                    || "ascending".equals(header(d, "language").getAttribute("aria-sort")));
            assertFalse(driver.getPageSource().contains(notFound), "expected no 'page not found' after sorting");
            List<String> ascending = languageCodes(driver);
            assertTrue(ascending.size() >= 2, "expected at least this class's two questions: " + ascending);
            assertEquals(ascending.stream().sorted().toList(), ascending,
                    "expected the rows by language, a to z: " + ascending);
            header(driver, "language").findElement(By.cssSelector(".ui-column-title")).click();
            wait.until(d -> "descending".equals(header(d, "language").getAttribute("aria-sort")));
            List<String> descending = languageCodes(driver);
            assertEquals(ascending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending,
                    "expected the rows by language, z to a, after a second click: " + descending);
            assertTrue(driver.getCurrentUrl().contains("/office/nl/questions"),
                    "expected to stay on the list: " + driver.getCurrentUrl());
            browser.screenshot("office-questions-sorted-laptop");
        }
    }

    @Test
    void theColumnFiltersNarrowTheRows() {
        StaffMember member = Office.member(MEMBER, "STAFF");
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = signedIn(browser);
            questions();
            Wait<ChromeDriver> wait = waiting(driver);
            assignToMe(driver, wait, bulgarian);
            driver.get(Portal.BASE + "/office/nl/questions?view=all");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            String bg = Languages.name("bg", "nl");
            assertTrue(rows(driver).stream().anyMatch(row -> !cell(row, 2).equals(bg)),
                    "expected other languages than Bulgarian in the list before filtering");
            filterBy(driver, wait, "language", "bg", rows -> everyRow(rows, 2, bg), "only Bulgarian rows for bg");
            filterBy(driver, wait, "language", "", rows -> someRowNot(rows, 2, bg), "every language again");
            filterBy(driver, wait, "language", "Bulgaars", rows -> everyRow(rows, 2, bg),
                    "only Bulgarian rows for Bulgaars");
            assertTrue(numbers(driver).contains(bulgarian), "expected this class's Bulgarian question kept");
            filterBy(driver, wait, "language", "", rows -> someRowNot(rows, 2, bg), "every language again");
            String money = Bundles.text("nl", "Topic.MONEY");
            filterBy(driver, wait, "topic", "Geld", rows -> everyRow(rows, 3, money), "only rows about money");
            assertTrue(numbers(driver).contains(bulgarian), "expected the question about money kept");
            assertFalse(numbers(driver).contains(romanian), "expected the question about health gone");
            filterBy(driver, wait, "topic", "", rows -> someRowNot(rows, 3, money), "every topic again");
            filterBy(driver, wait, "assignee", member.username(), rows -> everyRow(rows, 5, member.username()),
                    "only the member's rows");
            assertTrue(numbers(driver).contains(bulgarian), "expected the question assigned to the member");
            filterBy(driver, wait, "assignee", Leaks.marker(), List::isEmpty, "no row for an assignee nobody is");
            browser.screenshot("office-questions-filtered-laptop");
        }
    }

    @Test
    void viewsOrderAndSearchLiveInTheAddressOnAPhone() {
        try (Browser browser = new Browser(true, Browser.Screen.PHONE)) {
            ChromeDriver driver = signedIn(browser);
            questions();
            Wait<ChromeDriver> wait = waiting(driver);
            driver.findElement(By.id("nav-questions")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            driver.findElement(By.cssSelector("a.view-unanswered")).click();
            wait.until(ExpectedConditions.urlContains("view=unanswered"));
            driver.findElement(By.id("newest")).click();
            wait.until(ExpectedConditions.urlContains("order=newest"));
            assertTrue(driver.getCurrentUrl().contains("view=unanswered"), "expected the view kept with the order");
            List<Long> newestFirst = numbers(driver);
            assertEquals(newestFirst.stream().sorted(java.util.Comparator.reverseOrder()).toList(), newestFirst,
                    "expected the newest question (the highest number) first: " + newestFirst);
            browser.screenshot("office-questions-phone");
            assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth") <= 390,
                    "expected the list to fit the phone's width, not to scroll sideways");

            driver.findElement(By.id("q")).sendKeys(String.valueOf(bulgarian), Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("q=" + bulgarian));
            assertEquals(List.of(bulgarian), numbers(driver), "expected exactly the question with that number");
            driver.get(Portal.BASE + "/office/nl/questions?view=all&q=Geld");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            assertTrue(numbers(driver).contains(bulgarian) && !numbers(driver).contains(romanian),
                    "expected the search by topic to find the question about money, not the one about health");
            driver.findElement(By.cssSelector("a.view-all")).click();
            wait.until(ExpectedConditions.urlContains("view=all"));
            assertFalse(driver.getCurrentUrl().contains("Geld") && driver.getCurrentUrl().contains("question?"),
                    "expected no content of a question in the address");
        }
    }

    @Test
    void aCannedReplyIsWrittenFromTheWriteOneAddressAndDeletedAfterAConfirmation() {
        String title = "Proef " + Leaks.marker();
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = signedIn(browser);
            Wait<ChromeDriver> wait = waiting(driver);
            // where the question page's "no canned replies in Bulgarian yet — write one" leads
            driver.get(Portal.BASE + "/office/nl/reply?language=bg&topic=MONEY");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply:body")));
            assertEquals("bg", new Select(driver.findElement(By.id("reply:language"))).getFirstSelectedOption()
                    .getAttribute("value"), "expected the language from the address chosen");
            assertEquals("MONEY", new Select(driver.findElement(By.id("reply:topic"))).getFirstSelectedOption()
                    .getAttribute("value"), "expected the topic from the address chosen");
            driver.findElement(By.id("reply:title")).sendKeys(title);
            driver.findElement(By.id("reply:body")).sendKeys("Можете да платите данъци онлайн.");
            driver.findElement(By.id("reply:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.replies.message.saved")));

            driver.get(Portal.BASE + "/office/nl/replies");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:replies")));
            WebElement filter = driver.findElement(By.cssSelector("th[id='list:replies:title'] input"));
            filter.sendKeys(title.substring(title.length() - 12));
            wait.until(d -> d.findElements(By.cssSelector("#list\\:replies tbody tr:not(.ui-datatable-empty-message)"))
                    .size() == 1);
            driver.findElement(By.cssSelector("#list\\:replies tbody a[id$=':delete']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delete-question")));
            assertTrue(driver.getCurrentUrl().contains("delete="), "expected a confirmation page of its own");
            assertTrue(driver.findElement(By.id("delete-question")).getText().contains(title),
                    "expected the reply's title in the question");
            browser.screenshot("office-reply-delete-confirm");
            driver.findElement(By.id("confirm:delete")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.replies.message.deleted")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list:replies")));
            assertFalse(driver.findElement(By.id("list:replies")).getText().contains(title),
                    "expected the deleted reply gone from the list");
            assertFalse(driver.getCurrentUrl().contains("delete="), "expected the list shown after the deletion");
        }
    }

    @Test
    void theDashboardStillCountsAQuestionOnceItWasOpened() {
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = signedIn(browser);
            Wait<ChromeDriver> wait = waiting(driver);
            long before = unansweredOnTheDashboard(driver, wait);
            long asked = ask("bg", "HEALTH", "Dashboard " + Leaks.marker());
            long counted = unansweredOnTheDashboard(driver, wait);
            assertEquals(before + 1, counted, "expected the new question counted");
            // a new question opened (the one just asked, or another still new): it becomes open, not answered
            driver.get(Portal.BASE + "/office/nl/questions?view=unanswered&order=newest");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            String fresh = Bundles.text("nl", "ThreadStatus.NEW");
            String opened = rows(driver).stream().filter(row -> cell(row, 1).equals(fresh))
                    .map(row -> row.findElement(By.cssSelector("a[href*=question]")).getAttribute("href"))
                    .findFirst().orElseThrow(() -> new AssertionError("expected a new question in the list"));
            driver.get(opened);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
            assertEquals(counted, unansweredOnTheDashboard(driver, wait),
                    "expected the question still counted after it was opened (new became open, still unanswered)");
            WebElement tile = driver.findElements(By.cssSelector("#tiles a.tile")).stream()
                    .filter(link -> link.getAttribute("href").contains("view=unanswered")).findFirst()
                    .orElseThrow(() -> new AssertionError("expected the tile to link to the unanswered view"));
            tile.click();
            wait.until(ExpectedConditions.urlContains("view=unanswered"));
            driver.findElement(By.id("newest")).click();
            wait.until(ExpectedConditions.urlContains("order=newest"));
            assertTrue(numbers(driver).contains(asked), "expected the opened question in the unanswered view");
            browser.screenshot("office-dashboard-counts");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static ChromeDriver signedIn(Browser browser) {
        Office.member(MEMBER, "STAFF").signIn(browser.driver(), "nl");
        return browser.driver();
    }

    private static Wait<ChromeDriver> waiting(ChromeDriver driver) {
        return new FluentWait<>(driver).withTimeout(WAIT).pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    /** This class's two questions, asked once (the person's side, over HTTP), and their numbers. */
    private static synchronized void questions() {
        if (bulgarian == 0) {
            bulgarian = ask("bg", "MONEY", "Въпрос за пари " + Leaks.marker());
            romanian = ask("ro", "HEALTH", "Întrebare despre sănătate " + Leaks.marker());
        }
    }

    /** Asks a question as a person would, and finds its number as the newest in the admin's list. */
    private static long ask(String language, String topic, String text) {
        HttpResponse<String> form = Portal.get("/" + language + "/ask");
        String token = Portal.html(form).selectFirst("input[name=token]").attr("value");
        HttpResponse<String> asked = Portal.postForm("/" + language + "/ask",
                Map.of("token", token, "topic", topic, "question", text, "municipality", "", "mail", ""));
        assertTrue(Portal.html(asked).getElementById("receipt-code") != null,
                "expected the question asked in " + language);
        HttpResponse<String> list = Office.adminOffice().get("/office/en/questions?view=all&order=newest");
        String number = Portal.html(list).select("#threads tbody tr a[href*=question]").first().attr("href");
        Matcher digits = Pattern.compile("[?&]id=(\\d+)").matcher(number);
        assertTrue(digits.find(), "expected the newest question's number in the list: " + number);
        return Long.parseLong(digits.group(1));
    }

    private static void assignToMe(ChromeDriver driver, Wait<ChromeDriver> wait, long thread) {
        driver.get(Portal.BASE + "/office/nl/question?id=" + thread);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
        driver.findElement(By.id("question:mine")).click();
        wait.until(d -> MEMBER.equals(d.findElement(By.id("thread-assignee")).getText().strip()));
    }

    /** A column's header, found by its title. */
    private static WebElement header(ChromeDriver driver, String column) {
        String title = Bundles.text("nl", "office.questions.column." + column);
        return driver.findElements(By.cssSelector("#threads thead th")).stream()
                .filter(th -> th.findElements(By.cssSelector(".ui-column-title")).stream()
                        .anyMatch(span -> span.getAttribute("textContent").strip().equals(title)))
                .findFirst().orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(
                        "expected a column titled " + title));
    }

    /** Types into a column's filter (or empties it) and waits until the rows are as expected. */
    private static void filterBy(ChromeDriver driver, Wait<ChromeDriver> wait, String column, String text,
            java.util.function.Predicate<List<WebElement>> expected, String what) {
        WebElement input = header(driver, column).findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        try {
            wait.until(d -> expected.test(rows(d)));
        } catch (org.openqa.selenium.TimeoutException late) {
            throw new AssertionError("expected " + what + " after typing '" + text + "' in the " + column + " filter",
                    late);
        }
    }

    private static boolean everyRow(List<WebElement> rows, int cell, String shown) {
        return !rows.isEmpty() && rows.stream().allMatch(row -> cell(row, cell).equals(shown));
    }

    private static boolean someRowNot(List<WebElement> rows, int cell, String shown) {
        return rows.stream().anyMatch(row -> !cell(row, cell).equals(shown));
    }

    private static List<WebElement> rows(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(ROWS));
    }

    /** A cell's text without the column title a narrow screen shows beside it. */
    private static String cell(WebElement row, int index) {
        String text = row.findElements(By.tagName("td")).get(index).getText().strip();
        return text.substring(text.lastIndexOf('\n') + 1).strip();
    }

    private static List<Long> numbers(ChromeDriver driver) {
        List<Long> numbers = new ArrayList<>();
        for (WebElement row : rows(driver)) {
            Matcher digits = Pattern.compile("#(\\d+)").matcher(row.findElement(By.tagName("a")).getText());
            if (digits.find()) {
                numbers.add(Long.parseLong(digits.group(1)));
            }
        }
        return numbers;
    }

    /** The language column's names turned back into codes, row by row. */
    private static List<String> languageCodes(ChromeDriver driver) {
        List<String> codes = new ArrayList<>();
        for (WebElement row : rows(driver)) {
            String name = cell(row, 2);
            codes.add(LANGUAGES.stream().filter(code -> Languages.name(code, "nl").equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("expected a language name in the column: " + name)));
        }
        return codes;
    }

    /**
     * The number on the dashboard's tile of questions waiting for an answer (0 without a tile): the tile that
     * links to the questions and is not the one of overdue questions.
     */
    private static long unansweredOnTheDashboard(ChromeDriver driver, Wait<ChromeDriver> wait) {
        driver.get(Portal.BASE + "/office/nl/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
        return driver.findElements(By.cssSelector("#tiles a.tile")).stream()
                .filter(link -> link.getAttribute("href").contains("/questions")
                        && !link.getAttribute("href").contains("view=overdue"))
                .findFirst().map(link -> {
                    Matcher digits = Pattern.compile("(\\d+)").matcher(link.getText());
                    assertTrue(digits.find(), "expected a number on the tile: " + link.getText());
                    return Long.parseLong(digits.group(1));
                }).orElse(0L);
    }
}
