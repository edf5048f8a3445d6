package nl.xenia.portal.consultations.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.consultations.entity.QuestionKind;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.ConsultationFixtures;
import nl.xenia.portal.testing.MemberSession;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsers of {@link SoundingBoardJourneysIT}: the person on a phone in Romanian, the admin on a laptop in the
 * office (Dutch with JavaScript, English without). Every wait is on what the page shows; every step leaves a screenshot
 * named {@code sounding-board-*} under target/screenshots.
 */
final class SoundingBoardJourneys {

    private static final String RO = "ro";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The other members who answer too (over plain HTTP), so that one count of each chart reaches the smallest group
     * shown (5) and is drawn as a bar, while the person's own other choices stay hidden as "< 5".
     */
    private static final int OTHERS = 5;

    private SoundingBoardJourneys() {
    }

    /** The whole journey with one JavaScript setting, on the consultation the IT made for it. */
    static void journey(boolean javascript) {
        String mode = javascript ? "" : " (no JavaScript)";
        String office = javascript ? "nl" : "en";
        String label = SoundingBoardJourneysIT.label(javascript);
        String title = ConsultationFixtures.title(label, RO);
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String ours = HexFormat.of().formatHex(random);
        String pseudonym = "Lăcrămioară-" + ours;
        String openAnswer = "Aș vrea ore și seara, după nouă. " + label;
        List<String> outcome = List.of("Ați spus că seara e mai bine. " + label,
                "Biroul e deschis joi seara până la zece. " + label, "Duminica nu putem, nu avem oameni. " + label);
        boolean joined = false;
        boolean left = false;
        List<MemberSession> others = new ArrayList<>();
        try (Browser phone = new Browser(javascript);
                Browser laptop = new Browser(javascript, Browser.Screen.LAPTOP)) {
            ChromeDriver person = phone.driver();
            ChromeDriver staff = laptop.driver();
            WebDriverWait personWait = new WebDriverWait(person, PATIENCE);
            WebDriverWait staffWait = new WebDriverWait(staff, PATIENCE);

            // 1. the admin invites on the office's members page, the slip in Romanian, and reads the code
            Office.admin().signIn(staff, office);
            staff.get(Portal.BASE + "/office/" + office + "/members");
            staffWait.until(it -> Browser.found(it, "[id='invite:send']"));
            new Select(staff.findElement(By.id("invite:language"))).selectByValue(RO);
            click(staff, staff.findElement(By.id("invite:send")));
            staffWait.until(it -> Browser.found(it, "#invitation-code"));
            String code = Browser.text(staff, "#invitation-code");
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}"), "expected the one-time code shown" + mode);
            assertEquals(RO, staff.findElement(By.cssSelector("section.slip")).getAttribute("lang"),
                    "expected the slip in the person's language" + mode);
            assertEquals(Bundles.text(RO, "members.invitation.title"), Browser.text(staff, "section.slip h2"),
                    "expected the slip's text in Romanian" + mode);
            assertTrue(Browser.text(staff, "#join-address").endsWith("/ro/members/join"),
                    "expected the Romanian join address on the slip" + mode);
            assertEquals(Bundles.text(office, "office.members.message.invited"), Browser.text(staff, "#messages"),
                    "expected the invitation's message" + mode);
            laptop.screenshot("sounding-board-office-invitation");

            // 2. the person joins with the code on the phone, under a pseudonym and a password
            person.get(Portal.BASE + "/ro/members/join");
            personWait.until(it -> Browser.found(it, "#join-button"));
            romanian(person, "the join page" + mode);
            person.findElement(By.id("code")).sendKeys(code);
            person.findElement(By.id("pseudonym")).sendKeys(pseudonym);
            person.findElement(By.id("password")).sendKeys(MemberSession.passwordOf(pseudonym));
            phone.screenshot("sounding-board-join");
            click(person, person.findElement(By.id("join-button")));
            personWait.until(it -> Browser.found(it, "#signed-in-as"));
            joined = true;
            assertTrue(Browser.text(person, "#signed-in-as").contains(pseudonym),
                    "expected the members' home to name the pseudonym" + mode);
            assertEquals(Bundles.text(RO, "members.message.info.joined"), Browser.text(person, "#notice"),
                    "expected the welcome in Romanian" + mode);
            romanian(person, "the members' home" + mode);
            phone.screenshot("sounding-board-joined");

            // 3. the anonymous consultation: every kind of question answered and sent, then the session
            click(person, person.findElement(By.id("member-nav-consultations")));
            personWait.until(it -> !it.findElements(By.linkText(title)).isEmpty());
            romanian(person, "the consultations" + mode);
            WebElement link = person.findElement(By.linkText(title));
            long id = Long.parseLong(link.getAttribute("href").replaceAll(".*[?&]id=([0-9]+).*", "$1"));
            assertEquals(Bundles.text(RO, "members.consultations.anonymous"),
                    Browser.text(person, "#consultation-" + id + " .who-sees"),
                    "expected the list to say the consultation is anonymous" + mode);
            checked(phone, javascript, "the consultations");
            phone.screenshot("sounding-board-consultations");
            click(person, link);
            personWait.until(it -> Browser.found(it, "form.answers"));
            assertTrue(person.getCurrentUrl().endsWith("/ro/members/consultation?id=" + id),
                    "expected the consultation's page in Romanian" + mode + ": " + person.getCurrentUrl());
            assertEquals(Bundles.text(RO, "members.consultation.anonymous.title"), Browser.text(person, "#how h2"),
                    "expected to be told before the questions that the answers are anonymous" + mode);
            romanian(person, "the consultation" + mode);
            checked(phone, javascript, "the consultation");
            phone.screenshot("sounding-board-consultation");

            question(person, QuestionKind.OPEN).findElement(By.tagName("textarea")).sendKeys(openAnswer);
            choose(person, QuestionKind.ONE, "Da");
            scrollTo(person, "#questions");
            phone.screenshot("sounding-board-questions");
            choose(person, QuestionKind.SEVERAL, "Dimineața");
            choose(person, QuestionKind.SEVERAL, "Seara");
            WebElement scale = question(person, QuestionKind.SCALE);
            long scaleId = Long.parseLong(scale.getAttribute("id").substring("question-".length()));
            click(person, scale.findElement(By.cssSelector("label[for='s-" + scaleId + "-4']")));
            assertTrue(person.findElement(By.id("s-" + scaleId + "-4")).isSelected(),
                    "expected 4 chosen on the scale" + mode);
            phone.screenshot("sounding-board-answered");
            WebElement send = person.findElement(By.id("send"));
            click(person, send);
            personWait.until(ExpectedConditions.stalenessOf(send));
            personWait.until(it -> Browser.found(it, "#confirmation"));
            assertEquals(Bundles.text(RO, "members.consultation.message.info.sent"),
                    Browser.text(person, "#confirmation h2"), "expected the answers sent" + mode);
            assertEquals(Bundles.text(RO, "members.consultation.sent.anonymous"),
                    Browser.text(person, "#confirmation p"),
                    "expected to be told the anonymous answers can no longer change" + mode);
            assertFalse(Browser.found(person, "form.answers"), "expected no form once sent anonymously" + mode);
            phone.screenshot("sounding-board-sent");

            WebElement session = person.findElement(By.cssSelector("ul.sessions > li"));
            long sessionId = Long.parseLong(session.getAttribute("id").substring("session-".length()));
            assertTrue(Browser.text(person, "#session-" + sessionId + " .where")
                    .contains(ConsultationFixtures.place(label)), "expected the session's place" + mode);
            WebElement come = person.findElement(By.id("come-" + sessionId));
            click(person, come);
            personWait.until(ExpectedConditions.stalenessOf(come));
            personWait.until(it -> Browser.found(it, "#session-" + sessionId + " .signed-up"));
            assertEquals(Bundles.text(RO, "members.consultation.message.info.coming"), Browser.text(person, "#done"),
                    "expected the sign-up confirmed in Romanian" + mode);
            assertTrue(Browser.found(person, "#leave-" + sessionId), "expected I can't come after all" + mode);
            checked(phone, javascript, "the consultation after sending and signing up");
            scrollTo(person, "#session-" + sessionId);
            phone.screenshot("sounding-board-coming");

            // five others of the group answer too: Yes, the morning, 4 on the scale
            for (int other = 0; other < OTHERS; other++) {
                others.add(MemberSession.joined("Vecină-" + ours + "-" + other));
                othersAnswer(others.get(other), id, "Tot seara, " + other + ". " + label, mode);
            }

            // 4. the admin closes the consultation (asked first), reads the results, marks who came, publishes
            staff.get(Portal.BASE + "/office/" + office + "/consultation?id=" + id);
            staffWait.until(it -> Browser.found(it, "#toClose"));
            click(staff, staff.findElement(By.id("toClose")));
            staffWait.until(it -> Browser.found(it, "[id='ask-form:close']"));
            assertFalse(Browser.text(staff, "#ask-question").isEmpty(), "expected closing to ask first" + mode);
            laptop.screenshot("sounding-board-office-close");
            WebElement close = staff.findElement(By.id("ask-form:close"));
            click(staff, close);
            staffWait.until(ExpectedConditions.stalenessOf(close));
            staffWait.until(it -> Browser.found(it, "#closed-note"));
            assertEquals(Bundles.text(office, "office.consultation.message.closed"), Browser.text(staff, "#messages"),
                    "expected the close said" + mode);
            assertEquals(Bundles.text(office, "ConsultationStage.CLOSED"), Browser.text(staff, "#stage"),
                    "expected the consultation closed" + mode);

            click(staff, staff.findElement(By.id("results")));
            staffWait.until(it -> Browser.found(it, "#questions-heading"));
            String all = String.valueOf(OTHERS + 1);
            assertEquals(all, Browser.text(staff, "#answered"), "expected the person and the others counted" + mode);
            String small = Bundles.format(office, "office.consultationresults.suppressed", Map.of("smallest", 5));
            // Yes / No / I do not know; morning / afternoon / evening (the person's evening alone); the scale 1 to 5
            assertEquals(List.of(all, small, small, all, small, small, small, small, small, all, small),
                    staff.findElements(By.cssSelector("table.counts td.count")).stream().map(WebElement::getText)
                            .map(String::strip).toList(),
                    "expected the counts of six answers, groups under five as " + small + mode);
            if (javascript) {
                long six = OTHERS + 1;
                staffWait.until(it -> Boolean.TRUE.equals(staff.executeScript("var c = document.querySelectorAll("
                        + "'div.ui-chart canvas'); return c.length === 3 && Array.from(c).every(function (e) {"
                        + " return window.Chart && Chart.getChart(e) !== undefined && e.width > 0; });")));
                assertEquals(List.of(Arrays.asList(six, null, null), Arrays.asList(six, null, null),
                        Arrays.asList(null, null, null, six, null)),
                        staff.executeScript("return Array.from(document.querySelectorAll('div.ui-chart canvas'))"
                                + ".map(function (e) { return Chart.getChart(e).data.datasets[0].data; });"),
                        "expected each chart to draw the bar its table shows, and no bar for a small group");
            } else {
                assertFalse(staff.findElement(By.cssSelector(".result-chart")).isDisplayed(),
                        "expected no empty chart box without scripts: the tables are the answer");
            }
            wholePage(laptop, "sounding-board-office-results");
            WebElement show = staff.findElement(By.id("open:show"));
            click(staff, show);
            staffWait.until(ExpectedConditions.stalenessOf(show));
            staffWait.until(it -> Browser.found(it, "#answers .open-answer"));
            List<String> opened = staff.findElements(By.cssSelector("#answers .open-answer")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(OTHERS + 1, opened.size(), "expected every open answer, opened by the admin" + mode);
            assertTrue(opened.contains(openAnswer), "expected the person's open answer" + mode + ": " + opened);
            assertFalse(staff.getPageSource().contains(pseudonym),
                    "expected no pseudonym beside an anonymous answer" + mode);

            staff.get(Portal.BASE + "/office/" + office + "/consultation-sessions?id=" + id);
            staffWait.until(it -> Browser.found(it, "#session-" + sessionId));
            WebElement signup = staff.findElements(By.cssSelector("#session-" + sessionId + " label.pseudonym"))
                    .stream().filter(it -> it.getText().strip().equals(pseudonym)).findFirst()
                    .orElseThrow(() -> new AssertionError("expected " + pseudonym + " signed up" + mode));
            String checkbox = signup.getAttribute("for");
            assertFalse(staff.findElement(By.id(checkbox)).isSelected(), "expected nobody marked yet" + mode);
            click(staff, signup);
            WebElement save = staff
                    .findElement(By.cssSelector("#session-" + sessionId + " button[id$='attendance:save']"));
            click(staff, save);
            staffWait.until(ExpectedConditions.stalenessOf(save));
            staffWait.until(it -> !Browser.text(it, "#messages").isEmpty());
            assertEquals(Bundles.text(office, "office.consultationsessions.message.attendance"),
                    Browser.text(staff, "#messages"), "expected who came saved" + mode);
            assertTrue(staff.findElement(By.id(checkbox)).isSelected(), "expected the person marked as came" + mode);
            laptop.screenshot("sounding-board-office-attendance");

            staff.get(Portal.BASE + "/office/" + office + "/consultation-outcome?id=" + id);
            staffWait.until(it -> Browser.found(it, "[id='outcome:publish']"));
            staff.findElement(By.id("said-ro")).sendKeys(outcome.get(0));
            staff.findElement(By.id("did-ro")).sendKeys(outcome.get(1));
            staff.findElement(By.id("notdid-ro")).sendKeys(outcome.get(2));
            if (javascript) {
                click(staff, staff.findElement(By.cssSelector("label[for='outcome:public']")));
                assertTrue(staff.findElement(By.id("outcome:public")).isSelected(), "expected public ticked");
            }
            wholePage(laptop, "sounding-board-office-outcome");
            WebElement publish = staff.findElement(By.id("outcome:publish"));
            click(staff, publish);
            staffWait.until(ExpectedConditions.stalenessOf(publish));
            staffWait.until(it -> !Browser.text(it, "#messages").isEmpty());
            assertEquals(Bundles.text(office, "office.consultationoutcome.message.published"),
                    Browser.text(staff, "#messages"), "expected the outcome published" + mode);

            // 5. the person reads the outcome on the phone, from the list of consultations
            click(person, person.findElement(By.id("member-nav-consultations")));
            personWait.until(it -> Browser.found(it, "#consultation-" + id + " a.outcome"));
            click(person, person.findElement(By.cssSelector("#consultation-" + id + " a.outcome")));
            personWait.until(it -> Browser.found(it, "#said"));
            assertTrue(person.getCurrentUrl().endsWith("/ro/members/outcome?id=" + id),
                    "expected the outcome's page in Romanian" + mode + ": " + person.getCurrentUrl());
            assertEquals(title, Browser.text(person, "h1"), "expected the consultation's title" + mode);
            assertEquals(outcome, List.of(Browser.text(person, "#said div"), Browser.text(person, "#did div"),
                    Browser.text(person, "#not-did div")), "expected what was said, done and not done" + mode);
            assertEquals(List.of(Bundles.text(RO, "outcome.said"), Bundles.text(RO, "outcome.did"),
                    Bundles.text(RO, "outcome.not_did")),
                    person.findElements(By.cssSelector(".outcome h2")).stream().map(WebElement::getText).toList(),
                    "expected the three parts' headings in Romanian" + mode);
            romanian(person, "the outcome" + mode);
            checked(phone, javascript, "the outcome");
            phone.screenshot("sounding-board-outcome");
            assertEquals(javascript ? 200 : 404, Portal.get("/ro/outcome?id=" + id).statusCode(),
                    "expected the public outcome page only when staff made it public" + mode);

            // 6. the participation record: one consultation answered, one session attended
            LocalDate today = LocalDate.now(Languages.LOCAL_TIME);
            int year = today.getYear();
            int sessionYear = today.plusDays(7).getYear(); // the fixture's session is in a week
            Participated participated = participation(staff, office, year, pseudonym, mode);
            assertEquals("1", participated.answered(), "expected one consultation answered in " + year + mode);
            if (sessionYear == year) {
                assertEquals("1", participated.attended(), "expected one session attended in " + year + mode);
            } else { // the last week of December: the session counts for the next year
                assertEquals("1", participation(staff, office, sessionYear, pseudonym, mode).attended(),
                        "expected one session attended in " + sessionYear + mode);
            }
            staff.get(Portal.BASE + "/office/" + office + "/participation?year=" + year);
            staffWait.until(it -> Browser.found(it, "#year-heading"));
            laptop.screenshot("sounding-board-office-participation");

            // the person leaves: the account is gone
            person.get(Portal.BASE + "/ro/members/leave");
            personWait.until(it -> Browser.found(it, "#leave-button"));
            romanian(person, "the leave page" + mode);
            phone.screenshot("sounding-board-leave");
            click(person, person.findElement(By.id("leave-button")));
            personWait.until(it -> Browser.found(it, "#sign-in-button"));
            left = true;
            assertEquals(Bundles.text(RO, "members.signIn.message.info.left"), Browser.text(person, "#notice"),
                    "expected to be told the account is deleted" + mode);
            assertNull(person.manage().getCookieNamed("m"), "expected no member session after leaving" + mode);
            while (!others.isEmpty()) {
                MemberSession other = others.remove(0);
                assertEquals(303, other.post("/en/members/leave", Map.of("action", "leave")).statusCode(),
                        "expected " + other.pseudonym() + " to leave too");
            }
        } finally { // after a failure: what the journey made is removed all the same, quietly (the failure tells)
            for (MemberSession other : others) {
                quietly(() -> other.post("/en/members/leave", Map.of("action", "leave")));
            }
            if (joined && !left) {
                quietly(() -> removeInTheOffice(pseudonym));
            }
        }
    }

    /** Another member sends the required answers and one choice over plain HTTP, as a browser without scripts would. */
    private static void othersAnswer(MemberSession other, long id, String text, String mode) {
        Document page = other.page("/ro/members/consultation?id=" + id);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", String.valueOf(id));
        fields.put("action", "send");
        fields.put("q" + questionId(page, QuestionKind.OPEN), text);
        fields.put("q" + questionId(page, QuestionKind.ONE), optionId(page, QuestionKind.ONE, "Da"));
        fields.put("q" + questionId(page, QuestionKind.SEVERAL), optionId(page, QuestionKind.SEVERAL, "Dimineața"));
        fields.put("q" + questionId(page, QuestionKind.SCALE), "4");
        HttpResponse<String> sent = other.post("/ro/members/consultation", fields);
        assertEquals(303, sent.statusCode(), "expected " + other.pseudonym() + "'s answers sent" + mode + ": "
                + MemberSession.error(sent) + " " + Portal.html(sent).select(".error").eachText());
    }

    /** The id of a question of the fixture's on a member page read over HTTP, by its Romanian text. */
    private static String questionId(Document page, QuestionKind kind) {
        return questionOf(page, kind).id().substring("question-".length());
    }

    private static Element questionOf(Document page, QuestionKind kind) {
        String text = ConsultationFixtures.question(kind, RO);
        return page.select("form.answers .question").stream()
                .filter(question -> question.select("label, legend").stream().findFirst()
                        .map(first -> first.ownText().strip().equals(text)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("expected the " + kind + " question"));
    }

    /** The value of an option of a choice question on a member page read over HTTP, by its Romanian label. */
    private static String optionId(Document page, QuestionKind kind, String label) {
        return questionOf(page, kind).select(".option").stream()
                .filter(option -> option.selectFirst("label").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("expected the option " + label)).selectFirst("input")
                .attr("value");
    }

    /** A row of the participation record as shown. */
    private record Participated(String answered, String attended) {
    }

    /** The participation record's row of the pseudonym in a year. */
    private static Participated participation(ChromeDriver staff, String office, int year, String pseudonym,
            String mode) {
        staff.get(Portal.BASE + "/office/" + office + "/participation?year=" + year);
        new WebDriverWait(staff, PATIENCE).until(it -> Browser.found(it, "#year-heading"));
        assertTrue(Browser.text(staff, "#year-heading").contains(String.valueOf(year)),
                "expected the year " + year + " shown" + mode);
        WebElement row = staff.findElements(By.cssSelector("#list\\:participation tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector(".pseudonym")).isEmpty()
                        && tr.findElement(By.cssSelector(".pseudonym")).getText().strip().equals(pseudonym))
                .findFirst().orElseThrow(() -> new AssertionError(
                        "expected " + pseudonym + " in the participation record of " + year + mode));
        return new Participated(row.findElement(By.cssSelector(".answered")).getText().strip(),
                row.findElement(By.cssSelector(".attended")).getText().strip());
    }

    /** A question of the fixture's on the member's page, by its Romanian text (the label or legend it starts with). */
    private static WebElement question(ChromeDriver driver, QuestionKind kind) {
        String text = ConsultationFixtures.question(kind, RO);
        return driver.findElements(By.cssSelector("form.answers .question")).stream()
                .filter(question -> question.findElements(By.cssSelector("label, legend")).stream().findFirst()
                        .map(first -> first.getText().strip().startsWith(text)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("expected the " + kind + " question on the page"));
    }

    /** Picks an option of a choice question by tapping its Romanian label. */
    private static void choose(ChromeDriver driver, QuestionKind kind, String option) {
        WebElement label = question(driver, kind).findElements(By.cssSelector(".option label")).stream()
                .filter(it -> it.getText().strip().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("expected the option " + option));
        click(driver, label);
        assertTrue(driver.findElement(By.id(label.getAttribute("for"))).isSelected(), "expected " + option + " chosen");
    }

    /** The page says it is in Romanian (what it shows is read in the screenshots). */
    private static void romanian(ChromeDriver driver, String what) {
        assertEquals(RO, driver.findElement(By.tagName("html")).getAttribute("lang"), "expected " + what + " in ro");
    }

    /** No accessibility rule broken (axe needs JavaScript), every touch target at least 44 pixels high. */
    private static void checked(Browser browser, boolean javascript, String what) {
        if (javascript) {
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), "expected no accessibility violation on " + what + ": " + violations);
        }
        List<String> small = browser.touchTargets().stream()
                .filter(target -> Double.parseDouble(target.substring(0, target.indexOf(' '))) < Browser.MIN_TARGET)
                .toList();
        assertTrue(small.isEmpty(), "expected every touch target on " + what + " at least 44 px high: " + small);
    }

    /** Taps an element in the middle of the screen (not under the sticky header). */
    private static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void scrollTo(ChromeDriver driver, String css) {
        driver.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", css);
    }

    /** A screenshot of the whole page at the laptop's width, then the screen as it was. */
    private static void wholePage(Browser laptop, String name) {
        ChromeDriver driver = laptop.driver();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        metrics(driver, Math.max(768, height));
        laptop.screenshot(name);
        metrics(driver, 768);
    }

    private static void metrics(ChromeDriver driver, long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** When the journey failed before the person left: the admin removes the member on the office's page. */
    private static void removeInTheOffice(String pseudonym) {
        OfficeHttp office = Office.adminOffice();
        Portal.html(office.get("/office/en/members")).select("#list\\:members tr").stream()
                .filter(tr -> tr.select(".member-pseudonym").text().equals(pseudonym)).findFirst()
                .ifPresent(row -> office.submit(office.get(row.selectFirst("a.member-remove").attr("abs:href")),
                        "remove", Map.of(), "remove:remove"));
    }

    /** A clean-up step after a failure: its own failure would hide the one that matters. */
    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError ignored) {
            // the journey's own failure is reported
        }
    }
}
