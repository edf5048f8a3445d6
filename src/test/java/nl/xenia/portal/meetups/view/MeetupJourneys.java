package nl.xenia.portal.meetups.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browsers of {@link MeetupJourneysIT}: the people on phones and staff on a laptop. */
final class MeetupJourneys {

    static final String STAFF = "meetup-journey-staff";
    private static final String ES = "es";
    private static final String NL = "nl";

    private MeetupJourneys() {
    }

    /**
     * The journey with one JavaScript setting, on its own meetup and reason (made by the IT in the container, found
     * here by their labels: the meetup's link in the public list, the reason's Dutch text in the office).
     */
    static void comeMovedLeavePromoted(boolean javascript) {
        String mode = javascript ? "" : " (no JavaScript)";
        String suffix = javascript ? "-js" : "-nojs";
        String title = "Meetup " + MeetupJourneysIT.label(javascript) + " " + ES;
        String area = "Area " + MeetupJourneysIT.label(javascript);
        try (Browser phone = new Browser(javascript);
                Browser second = new Browser(javascript);
                Browser laptop = new Browser(javascript, Browser.Screen.LAPTOP)) {
            // the first person: the list from the home page, the meetup, I'll come
            MeetupJourney first = new MeetupJourney(phone, ES);
            first.openList();
            assertTrue(first.titles().contains(title), "expected the test's meetup in the Spanish list" + mode);
            first.screenshot("meetup-journey-list" + suffix);
            long meetupId = Long.parseLong(phone.driver().findElements(By.cssSelector("ul.meetups h2 a")).stream()
                    .filter(link -> link.getText().equals(title)).findFirst().orElseThrow().getAttribute("id")
                    .substring("meetup-".length()));
            first.openMeetup(title);
            assertFalse(phone.driver().getPageSource().contains(MeetupJourneysIT.address(javascript)),
                    "expected no address on the meetup's page before saying I'll come" + mode);
            first.come("Luna", null, null);
            String code = first.code();
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+"), "expected a receipt code once" + mode + ": " + code);
            assertEquals(MeetupJourneysIT.address(javascript), first.address(),
                    "expected the exact address after I'll come" + mode);
            first.screenshot("meetup-journey-code" + suffix);
            first.writtenDown();
            assertFalse(phone.driver().findElement(By.tagName("body")).getText().contains(code),
                    "expected the code not shown again (the calendar form alone still posts it)" + mode);

            // the calendar file: a neutral title, the public area only (no address unless asked)
            VEvent event = event(first.calendarFile(false));
            String summary = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
            String location = event.getProperty(Property.LOCATION).map(Property::getValue).orElse("");
            assertEquals(Bundles.text(ES, "meetup.calendar.title"), summary,
                    "expected the calendar's neutral title" + mode);
            assertEquals(area, location, "expected only the public area in the calendar file" + mode);
            assertFalse(new String(first.calendarFile(false), java.nio.charset.StandardCharsets.UTF_8)
                    .contains(MeetupJourneysIT.address(javascript)), "expected no address in the calendar file" + mode);

            // the second person: full, the waiting list
            MeetupJourney next = new MeetupJourney(second, ES);
            next.openList();
            assertEquals(Bundles.text(ES, "meetups.places.waiting"), next.placesOf(title),
                    "expected the meetup full with a waiting list" + mode);
            next.openMeetup(title);
            next.come("Sol", null, null);
            String nextCode = next.code();
            assertTrue(nextCode.matches("[0-9A-Z]{4}(-[0-9A-Z]{4})+"), "expected a code for the waiting person");
            assertTrue(next.status().startsWith(Bundles.text(ES, "RsvpStatus.WAITING")),
                    "expected the second person on the waiting list" + mode + ": " + next.status());
            assertEquals("", next.address(), "expected no address while waiting" + mode);
            next.writtenDown();

            // staff: the meetup an hour later, with a reason
            ChromeDriver staff = laptop.driver();
            Office.member(STAFF, "STAFF").signIn(staff, NL);
            staff.get(Portal.BASE + "/office/nl/meetup?id=" + meetupId);
            WebDriverWait staffWait = new WebDriverWait(staff, Duration.ofSeconds(15));
            staffWait.until(it -> Browser.found(it, "[id='meetup:start']"));
            replace(staff, "meetup:start", "20:00");
            replace(staff, "meetup:end", "22:00");
            new Select(staff.findElement(By.id("meetup:reason")))
                    .selectByVisibleText("Reason " + MeetupJourneysIT.label(javascript) + " " + NL);
            click(staff, staff.findElement(By.id("meetup:save")));
            staffWait.until(it -> Browser.found(it, "#messages li") || Browser.found(it, ".ui-messages li"));
            laptop.screenshot("meetup-journey-office-moved" + suffix);
            staffWait.until(it -> "20:00".equals(it.findElement(By.id("meetup:start")).getAttribute("value")));

            // the first person: the notice with the code, then "I can't come after all"
            first.openInbox(code);
            WebElement mine = phone.driver().findElement(By.id("meetups"));
            String notices = mine.findElement(By.cssSelector(".notices")).getText();
            assertTrue(notices.contains(Bundles.text(ES, "NoticeKind.MOVED")),
                    "expected the notice of the new time in Spanish" + mode + ": " + notices);
            assertTrue(notices.contains("Reason " + MeetupJourneysIT.label(javascript) + " " + ES),
                    "expected the reason in Spanish" + mode + ": " + notices);
            first.screenshot("meetup-journey-notice" + suffix, "#meetups");
            first.leave(title);

            // the second person: promoted, with the address
            next.openInbox(nextCode);
            assertEquals(Bundles.text(ES, "RsvpStatus.COMING"), next.status(),
                    "expected the first one waiting to have the place" + mode);
            assertTrue(Browser.found(second.driver(), ".promoted"), "expected to be told of the place" + mode);
            assertEquals(MeetupJourneysIT.address(javascript), next.address(), "expected the address now" + mode);
            next.screenshot("meetup-journey-promoted" + suffix, "#meetups");
        }
    }

    private static VEvent event(byte[] file) {
        try {
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(file));
            return calendar.<VEvent>getComponent("VEVENT")
                    .orElseThrow(() -> new AssertionError("expected one event in the calendar file"));
        } catch (IOException | ParserException unreadable) {
            throw new AssertionError("expected a calendar file ical4j reads", unreadable);
        }
    }

    private static void replace(ChromeDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
