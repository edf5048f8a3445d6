package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * On a phone every control a finger aims at is at least 44 pixels high: crumbs, related links, phone
 * numbers, language links, buttons and fields, on every kind of public page; and the sticky header
 * never covers the element that has the focus.
 */
class TouchTargetsIT {

    @Test
    void everyTargetOnEveryKindOfPublicPageIsAtLeast44PixelsHigh() {
        // (a meetup's own pages and the inbox with a meetup: MeetupPagesIT, on a meetup of its own)
        List<String> pages = List.of("/ro/", "/ro/info", "/ro/info/" + DemoPages.address("health"),
                "/bg/info/" + DemoPages.address("emergency"), "/ro/ask", "/ro/inbox", "/ro/tips", "/ro/privacy",
                "/ro/meetups");
        List<String> small = new ArrayList<>();
        int measured = 0;
        try (Browser browser = new Browser(false)) {
            ChromeDriver driver = browser.driver();
            for (String page : pages) {
                driver.get(Portal.BASE + page);
                List<String> found = browser.touchTargets();
                measured += found.size();
                found.stream().filter(entry -> Double.parseDouble(entry.split(" ")[0]) < Browser.MIN_TARGET)
                        .forEach(entry -> small.add(page + ": " + entry));
            }
        }
        assertTrue(measured > 40, "expected many targets measured, found " + measured);
        assertEquals(List.of(), small, "expected every target at least 44 px high on a phone");
    }

    @Test
    void theStickyHeaderNeverCoversTheFocusedElement() {
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            driver.get(Portal.BASE + "/ro/info/" + DemoPages.address("health"));
            // the page shown to its end, then the last link above the screen focused (as by Shift+Tab): the
            // browser scrolls it to the top, where the sticky header must not cover it
            Object covered = driver.executeScript("""
                    const header = document.querySelector('.top');
                    if (getComputedStyle(header).position !== 'sticky') return 'the header is not sticky';
                    window.scrollTo(0, document.documentElement.scrollHeight);
                    const above = Array.from(document.querySelectorAll('main a'))
                        .filter(a => a.getClientRects().length > 0 && a.getBoundingClientRect().bottom < 0);
                    if (above.length === 0) return 'no link above the screen';
                    const link = above[above.length - 1];
                    link.focus();
                    return link.getBoundingClientRect().top < header.getBoundingClientRect().bottom;""");
            assertEquals(false, covered,
                    "expected the focused link below the sticky header, not under it (" + covered + ")");
        }
    }
}
