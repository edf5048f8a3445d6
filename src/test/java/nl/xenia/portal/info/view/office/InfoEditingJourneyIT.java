package nl.xenia.portal.info.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff (from the office fixture, signed in, office in Dutch) write information pages and municipalities, on a
 * 1366×768 laptop and a 390×844 phone: the translation overview shows each language's state with a sign, a word
 * and a colour, pages by their title; the translation editor shows the Dutch source beside it with the words that
 * changed since the translation marked; saving a published page as draft asks first and then takes it offline;
 * every save answers with a redirect, so Reload adds nothing; malicious Markdown stays harmless; a municipality's
 * facts and its explanation for readers reach the readers. The attacks: a member without the information role,
 * and a forged post naming another page.
 */
class InfoEditingJourneyIT {

    private static final String EDITOR = "info-editor";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static final String MALICIOUS = """
            Hallo **lezer**.

            <script>document.title='pwned-1'</script>

            <img src=x onerror="document.title='pwned-2'">

            [klik hier](javascript:document.title='pwned-3')

            <a href="#" onclick="document.title='pwned-4'">nog een</a>

            [een andere site](https://www.example.org/)
            """;

    private static OfficeHttp setUp;

    /** One HTTP session (of the editor) that makes the pages the journeys start from. */
    private static synchronized OfficeHttp setUp() {
        if (setUp == null) {
            setUp = Office.member("info-setup", "STAFF").signIn();
        }
        return setUp;
    }

    @Test
    void theOverviewShowsEachLanguagesStateInWordsAndThePagesTitle() {
        String title = "Proef overzicht " + random();
        long id = newPage(setUp(), title, "Eerste versie van de bron.").id();
        save(setUp(), id, "en", "Overview test " + random(), "First version of the source.", true);
        save(setUp(), id, "nl", title, "Tweede versie van de bron.", true);
        save(setUp(), id, "ro", "Probă", "O ciornă.", false);
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            driver.findElement(By.id("nav-pages")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
            WebElement row = row(driver, title);
            assertEquals(title, row.findElement(By.cssSelector("th.page")).getText(),
                    "expected the page named by its Dutch title in the overview");
            List<String> languages = Portal.languages();
            for (String language : languages) {
                String state = switch (language) {
                    case "nl" -> "CURRENT";
                    case "en" -> "OUTDATED";
                    case "ro" -> "DRAFT";
                    default -> "MISSING";
                };
                WebElement link = stateLink(row, language);
                String word = Bundles.text("nl", "InfoEditing.State." + state);
                String sign = Bundles.text("nl", "office.info.sign." + state);
                assertTrue(link.getText().contains(sign) && link.getText().contains(word),
                        "expected " + language + " shown as '" + sign + " " + word + "', got '" + link.getText() + "'");
                assertTrue(link.getAttribute("class").contains("state-" + state.toLowerCase(java.util.Locale.ROOT)),
                        "expected the state's colour on " + language);
                String name = link.getAccessibleName();
                assertTrue(name.contains(title) && name.contains(Languages.name(language, "nl") + ": " + word),
                        "expected the link named by page, language and state, got '" + name + "'");
            }
            assertEquals(languages.size(), row.findElements(By.cssSelector("a.state")).stream()
                    .map(WebElement::getAccessibleName).distinct().count(),
                    "expected no two links of a page with the same name");
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), "expected axe to find nothing on the overview: " + violations);
            browser.screenshot("office-translations-states");

            stateLink(row(driver, title), "en").click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:body")));
            String heading = driver.findElement(By.tagName("h1")).getText();
            assertTrue(heading.contains(title) && heading.contains("Engels"),
                    "expected the editor headed by the page's title and the language's name, got " + heading);
        }
    }

    @Test
    void theTranslationEditorMarksTheWordsThatChangedInTheSource() {
        String title = "Proef bron " + random();
        long id = newPage(setUp(), title, "De test is gratis bij de GGD.\n\nLees <b>dit</b> & **dat**.").id();
        save(setUp(), id, "en", "Source test", "The test is free at the GGD.\n\nRead this & **that**.", true);
        save(setUp(), id, "nl", title, "De test is goedkoop bij de GGD.\n\nLees <b>dit</b> & **dat**.", true);
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            driver.get(Portal.BASE + "/office/nl/page?id=" + id + "&lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
            assertNotNull(driver.findElement(By.id("outdated")),
                    "expected the editor to say the translation is outdated");
            WebElement body = driver.findElement(By.id("source-body"));
            assertEquals(List.of("gratis"), texts(body, "del"), "expected the word taken out of the source struck");
            assertEquals(List.of("goedkoop"), texts(body, "ins"), "expected the word put into the source marked");
            assertTrue(body.getText().contains("Lees <b>dit</b> & **dat**."),
                    "expected the source's markup shown as text: " + body.getText());
            assertTrue(body.findElements(By.tagName("b")).isEmpty(), "expected no element made from the source's text");
            assertTrue(driver.findElements(By.cssSelector("#source-title del, #source-title ins")).isEmpty(),
                    "expected the unchanged title without marks");
            assertEquals(Bundles.text("nl", "office.info.editor.source.changed") + " "
                    + Bundles.text("nl", "office.info.editor.source.removed") + " "
                    + Bundles.text("nl", "office.info.editor.source.added"),
                    driver.findElement(By.id("source-note")).getText(), "expected the marks explained");
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), "expected axe to find nothing on the editor: " + violations);
            browser.screenshot("office-editor-source-changes");

            driver.findElement(By.id("editor:body")).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    "The test is cheap at the GGD.\n\nRead this & **that**.");
            driver.findElement(By.id("editor:publish")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.published")));
            assertEquals(Bundles.text("nl", "office.info.editor.source.same"),
                    driver.findElement(By.id("source-note")).getText(),
                    "expected no change left to mark once the translation was saved against the new source");
            assertTrue(driver.findElements(By.cssSelector("#source-body del, #source-body ins")).isEmpty(),
                    "expected no marks once the translation is up to date");
        }
    }

    @Test
    void savingAPublishedPageAsDraftAsksFirstThenTakesItOffline() {
        String title = "Proef offline " + random();
        Made made = newPage(setUp(), title, "Nederlandse tekst.");
        long id = made.id();
        String english = "English text " + random();
        save(setUp(), id, "en", english, "An English text.", true);
        try (Browser browser = new Browser(true, Browser.Screen.PHONE)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            driver.findElement(By.id("nav-pages")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
            WebElement englishLink = stateLink(row(driver, title), "en");
            assertTrue(englishLink.getText().contains("Engels:"),
                    "expected the language written beside its state on a phone, got " + englishLink.getText());
            browser.screenshot("office-translations-phone");
            driver.get(Portal.BASE + "/office/nl/page?id=" + id + "&lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:body")));
            driver.findElement(By.id("editor:body")).sendKeys(" Typed before asking.");
            click(driver, "editor:draft");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-offline")));
            assertEquals(Bundles.text("nl", "InfoException.Problem.TAKES_OFFLINE"),
                    driver.findElement(By.id("messages")).getText(), "expected the question named at the top");
            assertEquals("alert", driver.findElement(By.id("confirm-offline")).getDomAttribute("role"),
                    "expected the question announced");
            assertEquals("An English text. Typed before asking.",
                    driver.findElement(By.id("editor:body")).getDomProperty("value"),
                    "expected the text kept as typed while asking");
            assertEquals(english, readersTitle("en", made), "expected the page still online while asking");
            browser.screenshot("office-editor-confirm-offline");

            click(driver, "editor:keepOnline");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.kept")));
            assertEquals(english, readersTitle("en", made), "expected the page online after 'no'");

            click(driver, "editor:draft");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:takeOffline")));
            click(driver, "editor:takeOffline");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.offline")));
            assertTrue(driver.getCurrentUrl().endsWith("/office/nl/page?id=" + id + "&lang=en"),
                    "expected the editor again by a GET after the save, at " + driver.getCurrentUrl());
            HttpResponse<String> readers = Portal.get("/en/info/p" + made.id());
            assertNotNull(Portal.html(readers).getElementById("fallback-notice"),
                    "expected English readers given the page in another language, marked, once it is offline");
            assertFalse(readers.body().contains(english), "expected the English text offline");
        }
    }

    @Test
    void reloadAndBackAfterAnActionAddNothing() {
        String first = "Proef volgorde A " + random();
        String second = "Proef volgorde B " + random();
        newPage(setUp(), first, "Een.");
        newPage(setUp(), second, "Twee.");
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            driver.findElement(By.id("nav-pages")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
            List<String> before = titles(driver);
            assertEquals(before.indexOf(first) + 1, before.indexOf(second), "expected the new pages one after another");
            row(driver, second).findElement(By.cssSelector("td.order button[aria-label^='" + second + "']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.moved")));
            List<String> moved = titles(driver);
            assertEquals(moved.indexOf(second) + 1, moved.indexOf(first), "expected the second page moved up once");
            assertTrue(driver.getCurrentUrl().endsWith("/office/nl/pages"), "expected a GET of the overview");

            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
            assertNoDialog(driver);
            assertEquals(moved, titles(driver), "expected Reload to move nothing again");
            assertEquals("", driver.findElement(By.id("messages")).getText(), "expected the message shown once only");

            driver.navigate().back();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            assertNoDialog(driver);
            driver.navigate().forward();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("translations")));
            assertEquals(moved, titles(driver), "expected Back and Forward to move nothing");
        }
    }

    @Test
    void aPageWithMaliciousMarkdownIsPreviewedAndPublishedHarmless() {
        String slug = "proef-veilig-" + random();
        try (Browser browser = new Browser(true, Browser.Screen.PHONE)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            driver.findElement(By.id("nav-pages")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:slug")));
            // Enter submits with the form's first button; a pointer click this far down falls outside the
            // emulated phone screen (the test browser's layout viewport is taller than the screen it emulates)
            driver.findElement(By.id("create:slug")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "InfoException.Problem.SLUG_MISSING")));
            driver.findElement(By.id("create:slug")).sendKeys(slug, Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.created")));
            stateLink(row(driver, slug), "nl").click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor:body")));
            driver.findElement(By.id("editor:body")).sendKeys(MALICIOUS);
            click(driver, "editor:publish");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "InfoException.Problem.TITLE_MISSING")));
            assertEquals(MALICIOUS.strip(), driver.findElement(By.id("editor:body")).getDomProperty("value").strip(),
                    "expected the text kept as typed after a refusal");
            driver.findElement(By.id("editor:title")).sendKeys("Proef met gevaarlijke tekst");
            click(driver, "editor:preview");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-pane")));
            assertHarmless(driver, driver.findElement(By.id("preview-pane")), "the preview");
            assertEquals(MALICIOUS.strip(), driver.findElement(By.id("editor:body")).getDomProperty("value").strip(),
                    "expected the text kept as typed after the preview");
            browser.screenshot("office-editor-preview");
            click(driver, "editor:publish");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.published")));

            driver.get(Portal.BASE + "/nl/info/" + slug);
            WebElement article = driver.findElement(By.tagName("article"));
            assertHarmless(driver, article, "the published page");
            WebElement external = article.findElement(By.linkText("een andere site"));
            assertEquals("noopener noreferrer", external.getAttribute("rel"),
                    "expected other hosts linked without opener");
            browser.screenshot("info-malicious-harmless");
        }
    }

    @Test
    void aMunicipalitysFactsAndExplanationReachTheReaders() {
        String desk = "Loket in het stadhuis " + random();
        try (Browser browser = new Browser(true, Browser.Screen.PHONE)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            Office.member(EDITOR, "STAFF").signIn(driver, "nl");
            driver.findElement(By.id("nav-municipalities")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Harlingen")));
            driver.findElement(By.linkText("Harlingen")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts:desk")));
            String page = driver.findElement(By.id("main")).getText();
            assertFalse(page.contains("Notitie"), "expected the text readers see not called a note: " + page);
            assertEquals(Bundles.format("nl", "office.info.input.note.label", Map.of("language", "Roemeens")),
                    driver.findElement(By.cssSelector("label[for='note-ro']")).getText(),
                    "expected the explanation's field named for readers and by its language");
            assertTrue(driver.findElements(By.cssSelector("[aria-checked]")).isEmpty(),
                    "expected a plain radio group, no aria-checked on wrapper elements");
            assertEquals(Bundles.text("nl", "office.info.column.pilot"),
                    driver.findElement(By.cssSelector("fieldset legend")).getText(), "expected the group named");
            List<WebElement> radios = driver.findElements(By.cssSelector("fieldset input[type=radio]"));
            assertEquals(3, radios.size(), "expected a real radio input per answer");
            for (WebElement radio : radios) {
                assertFalse(driver.findElements(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']"))
                        .isEmpty(), "expected every radio input labelled");
            }
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), "expected axe to find nothing on the municipality: " + violations);

            driver.findElement(By.id("facts:desk")).clear();
            driver.findElement(By.id("facts:desk")).sendKeys(desk);
            driver.findElement(By.id("note-ro")).clear();
            driver.findElement(By.id("note-ro")).sendKeys("Explicație de probă pentru Harlingen.");
            // past the field's maxlength, as a tampered or scripted post would send it: the server refuses too
            driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("note-bg")),
                    "x".repeat(2001));
            click(driver, "facts:save");
            String refusal = Bundles.format("nl", "InfoException.Problem.EXPLANATION_TOO_LONG",
                    Map.of("language", "Bulgaars"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), refusal));
            assertEquals("Explicație de probă pentru Harlingen.",
                    driver.findElement(By.id("note-ro")).getDomProperty("value"),
                    "expected the explanations typed kept after a refusal");
            assertEquals(desk, driver.findElement(By.id("facts:desk")).getDomProperty("value"),
                    "expected the desk typed kept after a refusal");
            driver.findElement(By.id("note-bg")).clear();
            click(driver, "facts:save");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.info.message.saved")));
            assertTrue(driver.getCurrentUrl().matches(".*/office/nl/municipality\\?id=\\d+"),
                    "expected the municipality again by a GET after the save, at " + driver.getCurrentUrl());
            browser.screenshot("office-municipality");
            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("facts:desk")));
            assertNoDialog(driver);
            assertEquals("", driver.findElement(By.id("messages")).getText(), "expected the message shown once only");

            driver.get(Portal.BASE + "/ro/info/rules");
            String harlingen = driver.findElements(By.cssSelector(".municipalities tbody")).stream()
                    .filter(item -> item.findElement(By.cssSelector("th[scope=row]")).getText().equals("Harlingen"))
                    .findFirst().orElseThrow().getText();
            assertTrue(harlingen.contains(desk) && harlingen.contains("Explicație de probă pentru Harlingen."),
                    "expected readers to see the desk and the Romanian explanation: " + harlingen);
        }
    }

    @Test
    void aMemberWithoutTheInformationRoleIsRefusedTheEditor() {
        long id = newPage(setUp(), "Proef rol " + random(), "Tekst.").id();
        OfficeHttp coordinator = Office.member("info-coordinator", "COORDINATOR").signIn();
        assertEquals("403", coordinator.answer("/office/nl/page?id=" + id + "&lang=nl"),
                "expected a coordinator refused the page editor");
        assertEquals("403", coordinator.answer("/office/nl/pages"), "expected a coordinator refused the overview");
        assertEquals("403", coordinator.answer("/office/nl/municipalities"),
                "expected a coordinator refused the municipalities");
        String outsider = new OfficeHttp().answer("/office/nl/page?id=" + id + "&lang=nl");
        assertTrue(outsider.startsWith("303 login"), "expected an outsider sent to sign in first, got " + outsider);
    }

    @Test
    void aForgedPostNamingAnotherPageIsRefused() {
        OfficeHttp editor = setUp();
        String targetText = "Tekst die blijft " + random();
        long mine = newPage(editor, "Proef eigen " + random(), "Mijn tekst.").id();
        Made otherPage = newPage(editor, "Proef ander " + random(), targetText);
        long other = otherPage.id();

        // the editor of my page, posted with the other page's id
        HttpResponse<String> forged = editor.submit("/office/nl/page?id=" + mine + "&lang=nl", "editor",
                Map.of("id", String.valueOf(other), "editor:title", "Overschreven", "editor:body", "Vervalst."),
                "editor:publish");
        assertEquals(200, forged.statusCode(), "expected the forged save answered on the page, not redirected");
        assertEquals(Bundles.text("nl", "InfoException.Problem.WRONG_PAGE"), OfficeHttp.messages(forged),
                "expected the save refused as belonging to another page");

        // the editor of the other page, posted with my page's base
        String myBase = Portal.html(editor.get("/office/nl/page?id=" + mine + "&lang=nl")).getElementById("editor:base")
                .val();
        HttpResponse<String> swapped = editor.submit("/office/nl/page?id=" + other + "&lang=nl", "editor",
                Map.of("editor:base", myBase, "editor:title", "Overschreven", "editor:body", "Vervalst."),
                "editor:publish");
        assertEquals(Bundles.text("nl", "InfoException.Problem.WRONG_PAGE"), OfficeHttp.messages(swapped),
                "expected a save carrying another page's base refused");

        Document readers = Portal.html(Portal.get("/nl/info/p" + otherPage.id()));
        assertTrue(readers.text().contains(targetText) && !readers.text().contains("Vervalst."),
                "expected the other page unchanged for readers");
    }

    // --- set-up over HTTP, as the editor's own pages do it

    /** A page made for a test: its id and its address for readers ({@code /{lang}/info/{slug}}). */
    private record Made(long id, String slug) {
    }

    /** A new topic with its Dutch text published. */
    private static Made newPage(OfficeHttp office, String title, String body) {
        String slug = "proef-" + random();
        HttpResponse<String> created = office.submit("/office/nl/pages", "create", Map.of("create:slug", slug),
                "create:add");
        assertEquals(303, created.statusCode(), "expected the page created: " + OfficeHttp.messages(created));
        Element row = Portal.html(office.get("/office/nl/pages")).select("#translations tbody tr").stream()
                .filter(candidate -> candidate.select("th.page").text().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("expected the new page " + slug + " in the overview"));
        long id = Long.parseLong(row.attr("data-page"));
        save(office, id, "nl", title, body, true);
        return new Made(id, slug);
    }

    private static void save(OfficeHttp office, long id, String language, String title, String body,
            boolean publish) {
        HttpResponse<String> saved = office.submit("/office/nl/page?id=" + id + "&lang=" + language, "editor",
                Map.of("editor:title", title, "editor:body", body), publish ? "editor:publish" : "editor:draft");
        assertEquals(303, saved.statusCode(), "expected the text saved: " + OfficeHttp.messages(saved));
    }

    /** The title readers of a language get for the page, or null when it has none for them. */
    private static String readersTitle(String language, Made made) {
        HttpResponse<String> page = Portal.get("/" + language + "/info/p" + made.id());
        Element heading = Portal.html(page).selectFirst("article h1");
        return page.statusCode() == 200 && heading != null ? heading.text() : null;
    }

    private static String random() {
        byte[] bits = new byte[5];
        new Random().nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    // --- reading the pages in the browser

    private static WebElement row(ChromeDriver driver, String title) {
        return driver.findElements(By.cssSelector("#translations tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("th.page")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("expected a row for " + title));
    }

    private static WebElement stateLink(WebElement row, String language) {
        return row.findElement(By.cssSelector("a.state[data-language='" + language + "']"));
    }

    private static List<String> titles(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#translations tbody th.page")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    private static List<String> texts(WebElement container, String tag) {
        return container.findElements(By.tagName(tag)).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Clicks a button by keyboard (Enter), so a button below the emulated phone screen is reached too. */
    private static void click(ChromeDriver driver, String id) {
        driver.findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    private static void assertNoDialog(ChromeDriver driver) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("expected no dialog (such as Confirm Form Resubmission)");
        } catch (NoAlertPresentException expected) {
            // nothing asked
        }
        assertNull(driver.findElements(By.id("main-frame-error")).stream().findFirst().orElse(null),
                "expected no browser error page");
    }

    private static void assertHarmless(ChromeDriver driver, WebElement container, String where) {
        assertNoDialog(driver);
        assertFalse(driver.getTitle().startsWith("pwned"), "expected no script to have run on " + where);
        String html = container.getAttribute("innerHTML");
        assertFalse(html.contains("<script"), "expected no script element in " + where);
        assertTrue(container.findElements(By.cssSelector("img, [onerror], [onclick], [style]")).isEmpty(),
                "expected no image or event handler in " + where);
        assertTrue(container.findElements(By.cssSelector("a[href^='javascript' i]")).isEmpty(),
                "expected no javascript: link in " + where);
        assertTrue(container.getText().contains("Hallo lezer."), "expected the harmless text shown in " + where);
    }
}
