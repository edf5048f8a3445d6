package nl.xenia.portal.info.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member (from the office fixture, signed in, office in Dutch) edits the Dutch health page
 * and publishes it: the translation overview turns "outdated" for the other languages and Romanian
 * readers see the notice. A new page with a malicious Markdown body is previewed and published:
 * readers get it harmless. A municipality's facts and notes are saved: readers see them.
 */
class InfoEditingJourneyIT {

    private static final String EDITOR = "info-editor";

    private static final String MALICIOUS = """
            Hallo **lezer**.

            <script>document.title='pwned-1'</script>

            <img src=x onerror="document.title='pwned-2'">

            [klik hier](javascript:document.title='pwned-3')

            <a href="#" onclick="document.title='pwned-4'">nog een</a>

            [een andere site](https://www.example.org/)
            """;

    @Test
    void publishingTheDutchSourceMarksTheTranslationsOutdated() {
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            publishTheSource(driver, new WebDriverWait(driver, Duration.ofSeconds(15)), browser);
        }
    }

    @Test
    void aPageWithMaliciousMarkdownIsPreviewedAndPublishedHarmless() {
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            publishMalicious(driver, new WebDriverWait(driver, Duration.ofSeconds(15)), browser);
        }
    }

    @Test
    void aMunicipalitysFactsAndNotesReachTheReaders() {
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            saveMunicipality(driver, new WebDriverWait(driver, Duration.ofSeconds(15)), browser);
        }
    }

    private static void publishTheSource(ChromeDriver driver, WebDriverWait wait, Browser browser) {
        driver.findElement(By.id("nav-pages")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
        assertEquals(List.of("actueel", "actueel", "actueel", "actueel", "actueel"), states(driver, "health"),
                "expected the demo health page current in every language");
        browser.screenshot("office-translations");

        stateLink(driver, "health", 0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:body")));
        driver.findElement(By.id("editor:body")).sendKeys("\n\nNieuw: een zin die de test toevoegt.");
        driver.findElement(By.id("editor:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.info.message.published")));
        driver.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
        assertEquals(List.of("actueel", "verouderd", "verouderd", "verouderd", "verouderd"), states(driver, "health"),
                "expected the other languages outdated once the Dutch source changed");
        browser.screenshot("office-translations-outdated");

        stateLink(driver, "health", 2).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
        assertTrue(driver.findElement(By.id("source")).getText().contains("Nieuw: een zin die de test toevoegt."),
                "expected the translation editor to show the changed source beside it");
        assertNotNull(driver.findElement(By.id("outdated")), "expected the editor to say the translation is outdated");
        browser.screenshot("office-editor-ro");

        driver.get(Portal.BASE + "/ro/info/health");
        assertEquals(Bundles.text("ro", "info.page.outdated"), driver.findElement(By.id("outdated-notice")).getText(),
                "expected Romanian readers told the translation may be outdated");
    }

    private static void publishMalicious(ChromeDriver driver, WebDriverWait wait, Browser browser) {
        driver.findElement(By.id("nav-pages")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:slug")));
        driver.findElement(By.id("create:slug")).sendKeys("proef-veilig");
        WebElement before = driver.findElement(By.id("translations"));
        // Enter submits with the form's first button; a pointer click this far down falls outside the
        // emulated phone screen (the test browser's layout viewport is taller than the screen it emulates)
        driver.findElement(By.id("create:slug")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.info.message.created")));
        stateLink(driver, "proef-veilig", 0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:body")));
        driver.findElement(By.id("editor:title")).sendKeys("Proef met gevaarlijke tekst");
        driver.findElement(By.id("editor:body")).sendKeys(MALICIOUS);
        driver.findElement(By.id("editor:preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-pane")));
        assertHarmless(driver, driver.findElement(By.id("preview-pane")), "the preview");
        assertEquals(MALICIOUS.strip(), driver.findElement(By.id("editor:body")).getAttribute("value").strip(),
                "expected the text kept as typed after the preview");
        browser.screenshot("office-editor-preview");
        driver.findElement(By.id("editor:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.info.message.published")));

        driver.get(Portal.BASE + "/nl/info/proef-veilig");
        WebElement article = driver.findElement(By.tagName("article"));
        assertHarmless(driver, article, "the published page");
        WebElement external = article.findElement(By.linkText("een andere site"));
        assertEquals("noopener noreferrer", external.getAttribute("rel"), "expected other hosts linked without opener");
        browser.screenshot("info-malicious-harmless");
    }

    private static void saveMunicipality(ChromeDriver driver, WebDriverWait wait, Browser browser) {
        driver.findElement(By.id("nav-municipalities")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Harlingen")));
        driver.findElement(By.linkText("Harlingen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts:desk")));
        driver.findElement(By.id("facts:desk")).sendKeys("Loket in het stadhuis (proeftekst)");
        driver.findElement(By.id("note-ro")).sendKeys("Notă de probă pentru Harlingen.");
        // past the field's maxlength, as a tampered or scripted post would send it: the server refuses too
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("note-nl")),
                "x".repeat(2001));
        driver.findElement(By.id("facts:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "InfoException.Problem.TEXT_TOO_LONG")));
        assertEquals("Notă de probă pentru Harlingen.", driver.findElement(By.id("note-ro")).getAttribute("value"),
                "expected the notes typed kept after a refusal");
        driver.findElement(By.id("note-nl")).clear();
        driver.findElement(By.id("facts:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.info.message.saved")));
        browser.screenshot("office-municipality");
        driver.get(Portal.BASE + "/ro/info/rules");
        String harlingen = driver.findElements(By.cssSelector(".municipalities tbody")).stream()
                .filter(item -> item.findElement(By.cssSelector("th[scope=row]")).getText().equals("Harlingen"))
                .findFirst().orElseThrow().getText();
        assertTrue(harlingen.contains("Loket in het stadhuis (proeftekst)")
                && harlingen.contains("Notă de probă pentru Harlingen."),
                "expected readers to see the desk and the Romanian note: " + harlingen);
    }

    private static void assertHarmless(ChromeDriver driver, WebElement container, String where) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("expected no dialog opened by " + where);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertFalse(driver.getTitle().startsWith("pwned"), "expected no script to have run on " + where);
        String html = container.getAttribute("innerHTML");
        assertFalse(html.contains("<script"), "expected no script element in " + where);
        assertTrue(container.findElements(By.cssSelector("img, [onerror], [onclick], [style]")).isEmpty(),
                "expected no image or event handler in " + where);
        assertTrue(container.findElements(By.cssSelector("a[href^='javascript' i]")).isEmpty(),
                "expected no javascript: link in " + where);
        assertTrue(container.getText().contains("Hallo lezer."), "expected the harmless text shown in " + where);
    }

    /** The state labels of a page's row, in the portal's language order. */
    private static List<String> states(ChromeDriver driver, String slug) {
        return row(driver, slug).findElements(By.cssSelector("a.state")).stream().map(WebElement::getText).toList();
    }

    private static WebElement stateLink(ChromeDriver driver, String slug, int languageIndex) {
        return row(driver, slug).findElements(By.cssSelector("a.state")).get(languageIndex);
    }

    private static WebElement row(ChromeDriver driver, String slug) {
        return driver.findElements(By.cssSelector("#translations tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("small")).getText().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("expected a row for " + slug));
    }
}
