package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.staff.boundary.OfficePage;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeMap;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Axe (WCAG 2.x A/AA and best practices) on every office page a component contributes, on a laptop and on a
 * phone: the sign-in page, every page a signed-in admin opens from the navigation, one item of each item page
 * reached from its list, and a page showing a message. Also each page's title and the skip link.
 */
class OfficeAccessibilityIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void axeFindsNothingOnAnyOfficePageOnALaptop() {
        check(Browser.Screen.LAPTOP);
    }

    @Test
    void axeFindsNothingOnAnyOfficePageOnAPhone() {
        check(Browser.Screen.PHONE);
    }

    private static void check(Browser.Screen screen) {
        StaffMember admin = Office.member("axe-" + screen.name().toLowerCase(java.util.Locale.ROOT), "ADMIN");
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(true, screen)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(Portal.BASE + "/office/nl/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            audit(browser, "login", found);
            admin.signIn(driver, "nl");
            List<String> titles = new ArrayList<>();
            for (OfficePage page : OfficeMap.pages().values()) {
                if (page.access() != OfficePage.Access.SIGNED_IN && !page.access().byRole()) {
                    continue;
                }
                String address = page.item() ? itemOf(driver, page) : Portal.BASE + "/office/nl/" + page.name();
                if (address == null) {
                    continue;
                }
                driver.get(address);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                audit(browser, page.name(), found);
                titles.add(driver.getTitle());
                WebElement skip = driver.findElement(By.id("skip"));
                assertEquals("#main", skip.getDomAttribute("href"), "expected a skip link to the content");
            }
            assertEquals(titles.size(), titles.stream().distinct().count(),
                    "expected a distinct title on every office page: " + titles);
            // a page with a message: a refused password change says what is missing
            driver.get(Portal.BASE + "/office/nl/password");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main form button[type=submit]")));
            driver.findElement(By.cssSelector("#main form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .message-error")));
            audit(browser, "a refused action's message", found);
        }
        assertTrue(found.isEmpty(), "expected axe to find nothing on the office pages on " + screen + ":\n"
                + String.join("\n", found));
    }

    /** The address of the first item its list links to, or null when the list has none yet. */
    private static String itemOf(ChromeDriver driver, OfficePage page) {
        // one entry a line (item page, its list), so that components adding theirs do not meet in one line
        Map<String, String> lists = Map.ofEntries(
                Map.entry("question", "questions"),
                Map.entry("member", "staff"),
                Map.entry("page", "pages"),
                Map.entry("municipality", "municipalities"),
                Map.entry("service", "services"),
                Map.entry("appointment", "calendar"),
                Map.entry("meetup-checkin", "meetups"),
                Map.entry("member-remove", "members"),
                Map.entry("consultation-sessions", "consultations"),
                Map.entry("consultation-results", "consultations"),
                Map.entry("consultation-outcome", "consultations"));
        String list = lists.get(page.name());
        assertTrue(list != null, "expected the test to know the list of item page " + page.name());
        driver.get(Portal.BASE + "/office/nl/" + list);
        return driver.findElements(By.cssSelector("#main a[href]")).stream().map(link -> link.getAttribute("href"))
                .filter(href -> href.matches(".*/office/nl/" + page.name() + "\\?.*id=.*")).findFirst().orElse(null);
    }

    private static void audit(Browser browser, String where, List<String> found) {
        browser.accessibilityViolations().forEach(violation -> found.add(where + ": " + violation));
    }
}
