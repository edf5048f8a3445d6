package nl.xenia.portal.appointments.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsers of {@link AppointmentJourneysIT}: the person's phone (390×844, Bulgarian) and a member's laptop in the
 * office (Dutch), both with JavaScript on or off. Kept apart from the test class so that it loads in the container.
 * Every wait is on what the page shows (never a pause), and asks again when a redirect replaced the page while it
 * read.
 */
final class AppointmentJourneys {

    static final String STAFF = "journey-staff";
    private static final String BG = "bg";
    private static final String NL = "nl";

    private AppointmentJourneys() {
    }

    /**
     * The person books a confirm-first service with an interpreter wish; staff confirm it from the calendar's
     * requests; the person sees it confirmed with the place's details and moves it; staff see the new time; the
     * person cancels; both times are free again on the public week page.
     */
    static void bookConfirmMoveCancel(boolean javascript) {
        String mode = javascript ? "" : " (no JavaScript)";
        try (Browser phone = new Browser(javascript); Browser laptop = new Browser(javascript, Browser.Screen.LAPTOP)) {
            ChromeDriver person = phone.driver();
            ChromeDriver staff = laptop.driver();
            WebDriverWait personWait = waitFor(person);
            WebDriverWait staffWait = waitFor(staff);

            // the person: the service, the week after this one (all of its times ahead), a time
            person.get(Portal.BASE + "/bg/appointments");
            personWait.until(it -> Browser.found(it, "ul.services"));
            click(person, person.findElements(By.cssSelector("ul.services h2 a")).stream()
                    .filter(a -> a.getText().equals(AppointmentJourneysIT.nameBg(javascript))).findFirst()
                    .orElseThrow(() -> new AssertionError("expected the test's service in the Bulgarian list")));
            personWait.until(it -> Browser.found(it, "#week-title") && Browser.found(it, "#next-week"));
            String firstWeek = Browser.text(person, "#week-title");
            click(person, person.findElement(By.id("next-week")));
            personWait.until(it -> !Browser.text(it, "#week-title").isEmpty()
                    && !Browser.text(it, "#week-title").equals(firstWeek));
            String weekUrl = person.getCurrentUrl();
            List<String> offered = times(person);
            assertTrue(offered.size() >= 2, "expected free times in the week after this one" + mode);
            String first = offered.get(0);
            click(person, timeButton(person, first));
            personWait.until(it -> Browser.found(it, "#nickname"));
            person.findElement(By.id("nickname")).sendKeys("Мими");
            assertEquals(BG, new Select(person.findElement(By.id("language"))).getFirstSelectedOption()
                    .getAttribute("value"), "expected the page's language chosen for the conversation");
            new Select(person.findElement(By.id("interpreter"))).selectByValue("ro");
            phone.screenshot("journey-details-bg");
            click(person, person.findElement(By.id("book")));
            personWait.until(it -> Browser.found(it, "#receipt-code"));
            String code = Browser.text(person, "#receipt-code");
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+"), "expected a receipt code: " + code);
            assertEquals(Bundles.text(BG, "AppointmentStatus.REQUESTED"), Browser.text(person, ".status"),
                    "expected the request waiting for Xenia");
            phone.screenshot("journey-receipt-bg");
            click(person, person.findElement(By.id("saved")));
            click(person, person.findElement(By.id("done")));
            personWait.until(it -> Browser.found(it, "#done-text"));

            // staff: the calendar's requests, the service's one request, opened and confirmed
            Office.member(STAFF, "STAFF").signIn(staff, NL);
            staff.get(Portal.BASE + "/office/nl/calendar");
            staffWait.until(it -> Browser.found(it, "#view-requests"));
            click(staff, staff.findElement(By.id("view-requests")));
            staffWait.until(it -> Browser.text(it, "#list-heading")
                    .equals(Bundles.text(NL, "office.appointments.heading.requests")));
            new Select(staff.findElement(By.id("service")))
                    .selectByVisibleText(AppointmentJourneysIT.nameNl(javascript));
            click(staff, staff.findElement(By.id("show")));
            staffWait.until(it -> it.getCurrentUrl().contains("service=") && Browser.found(it, "a.appointment-link"));
            assertTrue(staff.getCurrentUrl().contains("view=requests"), "expected the requests view kept");
            List<WebElement> requests = staff.findElements(By.cssSelector("[id='list:table'] tbody tr.request"));
            assertEquals(1, requests.size(), "expected the one request of the test's service");
            String row = requests.get(0).getText();
            assertTrue(row.contains(Bundles.text(NL, "office.appointments.status.REQUESTED"))
                    && row.contains(Bundles.text(NL, "office.appointments.interpreter")),
                    "expected the request flagged with the interpreter wish: " + row);
            assertTrue(row.contains(Languages.date(NL, Instant.parse(first))), "expected its day: " + row);
            laptop.screenshot("journey-office-requests");
            click(staff, requests.get(0).findElement(By.cssSelector("a.appointment-link")));
            staffWait.until(it -> Browser.found(it, "#facts"));
            String appointmentUrl = staff.getCurrentUrl();
            assertEquals("Мими", Browser.text(staff, "#nickname"), "expected the nickname to staff");
            assertEquals(Languages.name("ro", NL), Browser.text(staff, "#interpreter"),
                    "expected the interpreter wish");
            assertEquals(Bundles.text(NL, "office.appointments.status.REQUESTED"), Browser.text(staff, "#status"));
            click(staff, staff.findElement(By.id("appointment:confirm")));
            staffWait.until(it -> Browser.text(it, "#status")
                    .equals(Bundles.text(NL, "office.appointments.status.CONFIRMED")));
            assertFalse(staff.getCurrentUrl().contains("jakarta.faces"), "expected the page's own address");
            laptop.screenshot("journey-office-confirmed");

            // the person: the inbox with the code shows it confirmed, with the place's details; a move
            openInbox(person, personWait, code);
            WebElement section = person.findElement(By.id("appointments"));
            assertEquals(Bundles.text(BG, "AppointmentStatus.CONFIRMED"),
                    section.findElement(By.cssSelector(".status")).getText(), "expected it confirmed in Bulgarian");
            String where = section.findElement(By.cssSelector(".where")).getText();
            assertTrue(where.contains(AppointmentJourneysIT.town(javascript))
                    && where.contains(AppointmentJourneysIT.details(javascript)),
                    "expected the town and the place's full details: " + where);
            assertTrue(section.getText().contains(Languages.time(BG, Instant.parse(first))), "expected the time");
            phone.screenshot("journey-inbox-confirmed-bg");
            click(person, person.findElement(By.cssSelector("button[id^=move-]")));
            personWait.until(it -> Browser.found(it, "#moving"));
            String second = otherTimeInWeekOf(person, personWait, first);
            phone.screenshot("journey-move-bg");
            click(person, timeButton(person, second));
            personWait.until(it -> Browser.text(it, "#notice").equals(Bundles.text(BG, "appointment.message.moved")));
            assertTrue(Browser.text(person, "#appointments .when").contains(Languages.time(BG, Instant.parse(second))),
                    "expected the new time in the inbox: " + Browser.text(person, "#appointments .when"));
            phone.screenshot("journey-moved-bg");

            // staff: the appointment's page and the calendar's week show the new time
            staff.get(appointmentUrl);
            staffWait.until(it -> Browser.found(it, "#when"));
            Instant moved = Instant.parse(second);
            String when = Languages.date(NL, moved) + " " + Languages.time(NL, moved) + "–";
            assertTrue(Browser.text(staff, "#when").startsWith(when),
                    "expected the moved time on the appointment's page: " + Browser.text(staff, "#when"));
            laptop.screenshot("journey-office-moved");
            LocalDate monday = moved.atZone(Languages.LOCAL_TIME).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            staff.get(Portal.BASE + "/office/nl/calendar?week=" + monday);
            staffWait.until(it -> Browser.found(it, "#list-heading"));
            new Select(staff.findElement(By.id("service")))
                    .selectByVisibleText(AppointmentJourneysIT.nameNl(javascript));
            click(staff, staff.findElement(By.id("show")));
            staffWait.until(it -> it.getCurrentUrl().contains("service=") && Browser.found(it, "a.appointment-link"));
            List<String> links = staff.findElements(By.cssSelector("a.appointment-link")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of(when + Languages.time(NL, moved.plus(Duration.ofMinutes(30)))), links,
                    "expected the one appointment of the service that week, at its new time");
            laptop.screenshot("journey-office-calendar-moved");

            // the person cancels; both times are free again on the public page
            click(person, person.findElement(By.cssSelector("input[id^=confirm-]")));
            click(person, person.findElement(By.cssSelector("button[id^=cancel-]")));
            personWait
                    .until(it -> Browser.text(it, "#notice").equals(Bundles.text(BG, "appointment.message.cancelled")));
            assertEquals(Bundles.text(BG, "AppointmentStatus.CANCELLED_BY_PERSON"),
                    Browser.text(person, "#appointments .status"), "expected it cancelled by the person");
            phone.screenshot("journey-cancelled-bg");
            person.get(weekUrl);
            personWait.until(it -> Browser.found(it, "button[name=time]"));
            List<String> free = times(person);
            assertTrue(free.contains(first) && free.contains(second),
                    "expected the old and the new time free again on the public page" + mode);
            assertTrue(person.manage().getCookies().isEmpty(), "expected no cookie on the person's phone");
        }
    }

    /**
     * Staff book on behalf of someone at an outreach place; the code is shown once; on a phone (another browser, in
     * Bulgarian) the code opens the inbox with the appointment and its details.
     */
    static void bookedOnBehalf(boolean javascript) {
        String label = AppointmentJourneysIT.outreachLabel(javascript);
        String service = "Dienst " + label;
        String town = "Testdorp " + label;
        String code;
        String start;
        try (Browser laptop = new Browser(javascript, Browser.Screen.LAPTOP)) {
            ChromeDriver staff = laptop.driver();
            WebDriverWait wait = waitFor(staff);
            Office.member(STAFF, "STAFF").signIn(staff, NL);
            staff.get(Portal.BASE + "/office/nl/calendar");
            staffWait(wait, "#book-for");
            click(staff, staff.findElement(By.id("book-for")));
            staffWait(wait, "#showTimes");
            new Select(staff.findElement(By.id("service"))).selectByVisibleText(service);
            click(staff, staff.findElement(By.id("showTimes")));
            wait.until(it -> it.getCurrentUrl().contains("service="));
            new Select(staff.findElement(By.id("place"))).selectByVisibleText("Plek " + label);
            // the day after tomorrow (a date field is typed differently in every browser: set as a value)
            LocalDate day = LocalDate.now(Languages.LOCAL_TIME).plusDays(2);
            staff.executeScript("arguments[0].value = arguments[1];", staff.findElement(By.id("day")), day.toString());
            click(staff, staff.findElement(By.id("showTimes")));
            wait.until(it -> Browser.found(it, "#times-heading"));
            for (int ahead = 0; ahead < 7 && !Browser.found(staff, "input[name=time]"); ahead++) { // a public holiday
                String heading = Browser.text(staff, "#times-heading");
                click(staff, staff.findElement(By.id("next-day")));
                wait.until(it -> !Browser.text(it, "#times-heading").isEmpty()
                        && !Browser.text(it, "#times-heading").equals(heading));
            }
            List<WebElement> times = staff.findElements(By.cssSelector("input[name=time]"));
            assertFalse(times.isEmpty(), "expected free times at the outreach place within a week");
            WebElement chosen = times.get(times.size() / 2);
            start = chosen.getAttribute("value");
            click(staff, chosen);
            staff.findElement(By.id("book:nickname")).sendKeys("Roza");
            new Select(staff.findElement(By.id("book:language"))).selectByValue(BG);
            laptop.screenshot("journey-office-book-for");
            click(staff, staff.findElement(By.id("book:bookIt")));
            wait.until(it -> Browser.found(it, "#code"));
            String receiptUrl = staff.getCurrentUrl();
            code = Browser.text(staff, "#code");
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}"), "expected a receipt code: " + code);
            assertFalse(receiptUrl.toUpperCase(Locale.ROOT).contains(code.replace("-", "").substring(0, 8)),
                    "expected nothing of the code in the address");
            assertTrue(Browser.text(staff, "#receipt-where").contains(town), "expected the town on the receipt");
            laptop.screenshot("journey-office-code");
            click(staff, staff.findElement(By.id("handedOver:confirm")));
            click(staff, staff.findElement(By.id("handedOver:done")));
            wait.until(it -> Browser.found(it, "#nickname"));
            assertEquals("Roza", Browser.text(staff, "#nickname"), "expected the booking's page after handing over");
            assertFalse(staff.getPageSource().contains(code), "expected the code nowhere on the appointment's page");
            staff.get(receiptUrl);
            wait.until(it -> Browser.found(it, "#choose"));
            assertFalse(Browser.found(staff, "#code"), "expected the code shown once only");
            assertFalse(staff.getPageSource().contains(code), "expected the code gone from its address");
            assertTrue(Browser.found(staff, "#not-shown"), "expected the office to say the code is shown no more");
        }
        try (Browser phone = new Browser(javascript)) {
            ChromeDriver person = phone.driver();
            WebDriverWait wait = waitFor(person);
            openInbox(person, wait, code);
            WebElement section = person.findElement(By.id("appointments"));
            String shown = section.getText();
            Instant at = Instant.ofEpochSecond(Long.parseLong(start));
            assertTrue(shown.contains(service), "expected the service: " + shown);
            assertTrue(section.findElement(By.cssSelector(".when")).getText().contains(Languages.time(BG, at)),
                    "expected the time staff chose: " + shown);
            String where = section.findElement(By.cssSelector(".where")).getText();
            assertTrue(where.contains(town) && where.contains("Achterdeur, tweede bel"),
                    "expected the town and the place's details: " + where);
            assertEquals(Bundles.text(BG, "AppointmentStatus.CONFIRMED"),
                    section.findElement(By.cssSelector(".status")).getText(), "expected it confirmed");
            assertTrue(shown.contains("Roza"), "expected the nickname staff wrote");
            assertTrue(person.manage().getCookies().isEmpty(), "expected no cookie on the person's phone");
            phone.screenshot("journey-inbox-booked-for-bg");
        }
    }

    /** Opens the inbox with the code, as typed by hand (lower case), and waits for the appointments. */
    private static void openInbox(ChromeDriver person, WebDriverWait wait, String code) {
        person.get(Portal.BASE + "/bg/inbox");
        wait.until(it -> Browser.found(it, "#code"));
        person.findElement(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT));
        click(person, person.findElement(By.id("open")));
        wait.until(it -> Browser.found(it, "#appointments"));
    }

    /**
     * On the move page: a free time other than the booked one in the same week, going on a week while the page shows
     * an earlier one.
     */
    private static String otherTimeInWeekOf(ChromeDriver person, WebDriverWait wait, String booked) {
        LocalDate monday = monday(booked);
        for (int weeks = 0; weeks < 4; weeks++) {
            List<String> same = times(person).stream().filter(time -> monday(time).equals(monday)).toList();
            if (!same.isEmpty()) {
                String other = same.get(same.size() - 1);
                assertNotEquals(booked, other, "expected the booked time not offered again");
                return other;
            }
            String title = Browser.text(person, "#week-title");
            click(person, person.findElement(By.id("next-week")));
            wait.until(
                    it -> !Browser.text(it, "#week-title").isEmpty() && !Browser.text(it, "#week-title").equals(title));
        }
        throw new AssertionError("expected the booked time's week among the move's weeks");
    }

    private static LocalDate monday(String time) {
        return Instant.parse(time).atZone(Languages.LOCAL_TIME).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The free times the page offers, as their values (instants). */
    private static List<String> times(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("button[name=time]")).stream()
                .map(button -> button.getAttribute("value")).toList();
    }

    private static WebElement timeButton(ChromeDriver driver, String value) {
        return driver.findElement(By.cssSelector("button[name=time][value='" + value + "']"));
    }

    private static WebDriverWait waitFor(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // a redirect replaced the page while it was read
        return wait;
    }

    private static void staffWait(WebDriverWait wait, String css) {
        wait.until((Function<WebDriver, Boolean>) it -> Browser.found(it, css));
    }

    /** Scrolled into view first (a finger or mouse presses what it sees). */
    private static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
