package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.StaffMember;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Office addresses can be bookmarked and shared: opened by a member who is signed in they show the page; opened
 * by someone who is not, they lead through the sign-in to the page. Cross-site posts are refused, and the sign-in
 * page cannot be made to send anyone to another site.
 */
class OfficeLinksIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aBookmarkedOfficeAddressShowsItsPageToASignedInMember() {
        OfficeHttp office = Office.member("links-bookmark", "STAFF").signIn();
        assertEquals("200", office.answer("/office/nl/questions?view=mine"),
                "expected the questions list opened from a bookmark, not sent to the dashboard");
        assertEquals("200", office.answer("/office/nl/password"),
                "expected the password page opened from a typed address");
    }

    @Test
    void aSharedAddressLeadsThroughTheSignInToItsPage() {
        StaffMember member = Office.member("links-shared", "STAFF");
        OfficeHttp office = new OfficeHttp();
        HttpResponse<String> asked = office.get("/office/nl/questions?view=mine");
        assertEquals(303, asked.statusCode(), "expected someone not signed in sent to sign in first");
        assertEquals("/office/nl/login?next=questions%3Fview%3Dmine", asked.headers().firstValue("Location").orElse(""),
                "expected the sign-in to know which page was asked for");
        HttpResponse<String> login = office.follow(asked);
        Element next = Portal.html(login).selectFirst("#login input[name=next]");
        assertTrue(next != null && next.val().equals("questions?view=mine"),
                "expected the asked-for page carried through the sign-in form");
        HttpResponse<String> afterPassword = office.submit(login, "login",
                Map.of("login:username", member.username(), "login:password", member.password()), "login:next");
        assertEquals("/office/nl/second-factor", afterPassword.headers().firstValue("Location").orElse(""),
                "expected the second step next");
        Map.Entry<String, String> step = member.secondStep("second");
        HttpResponse<String> signedIn = office.submit("/office/nl/second-factor", "second",
                Map.of(step.getKey(), step.getValue()), "second:signIn");
        assertEquals("/office/nl/questions?view=mine", signedIn.headers().firstValue("Location").orElse(""),
                "expected the member taken to the shared page after both steps, not to the dashboard");
        assertEquals(200, office.follow(signedIn).statusCode(), "expected the shared page shown");
    }

    @Test
    void theSignInSendsNobodyElsewhere() {
        StaffMember member = Office.member("links-elsewhere", "STAFF");
        for (String next : new String[]{"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "login",
                "questions%3Fview%3Dmine%26x%3D%252F%252Fevil"}) {
            OfficeHttp office = new OfficeHttp();
            HttpResponse<String> login = office.get("/office/nl/login?next=" + next);
            assertTrue(Portal.html(login).selectFirst("#login input[name=next]") == null,
                    "expected no destination carried for next=" + next);
            office.submit(login, "login",
                    Map.of("login:username", member.username(), "login:password", member.password(), "next",
                            java.net.URLDecoder.decode(next, java.nio.charset.StandardCharsets.UTF_8)),
                    "login:next");
            Map.Entry<String, String> step = member.secondStep("second");
            HttpResponse<String> signedIn = office.submit("/office/nl/second-factor", "second",
                    Map.of(step.getKey(), step.getValue()), "second:signIn");
            assertEquals("/office/nl/dashboard", signedIn.headers().firstValue("Location").orElse(""),
                    "expected the dashboard after signing in with next=" + next + " (posted as well)");
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        OfficeHttp office = Office.member("links-crosssite", "STAFF").signIn();
        for (String site : new String[]{"cross-site", "same-site"}) {
            OfficeHttp elsewhere = new OfficeHttp(office.cookies(), "Sec-Fetch-Site", site);
            HttpResponse<String> signOut = elsewhere.submit("/office/nl/dashboard", "signout", Map.of(),
                    "signout:signOut");
            assertEquals(403, signOut.statusCode(), "expected a " + site + " post refused");
        }
        assertEquals("200", office.answer("/office/nl/dashboard"),
                "expected the session untouched by the refused sign-out posts");
        OfficeHttp ownSite = new OfficeHttp(office.cookies(), "Sec-Fetch-Site", "same-origin");
        assertEquals(303,
                ownSite.submit("/office/nl/dashboard", "signout", Map.of(), "signout:signOut").statusCode(),
                "expected the office's own form (same-origin) to work");
        assertEquals("303 login", office.answer("/office/nl/dashboard"), "expected the sign-out done");
    }

    @Test
    void theOfficeWorksWithoutJavaScript() {
        StaffMember member = Office.member("links-nojs", "STAFF");
        try (Browser browser = new Browser(false, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(Portal.BASE + "/office/nl/questions");
            member.typePassword(driver);
            member.typeSecondStep(driver);
            wait.until(ExpectedConditions.urlContains("/office/nl/questions"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signout:signOut"))).click();
            wait.until(ExpectedConditions.urlContains("/office/nl/login"));
        }
        assertEquals("303 login", new OfficeHttp().answer("/office/nl/dashboard"),
                "expected the sign-out without JavaScript to have ended the session");
    }

    @Test
    void aColleaguesLinkOpensInTheBrowserAfterSignIn() {
        StaffMember member = Office.member("links-browser", "STAFF");
        for (Browser.Screen screen : Browser.Screen.values()) {
            try (Browser browser = new Browser(true, screen)) {
                ChromeDriver driver = browser.driver();
                WebDriverWait wait = new WebDriverWait(driver, WAIT);
                driver.get(Portal.BASE + "/office/nl/questions?view=mine");
                member.typePassword(driver);
                member.typeSecondStep(driver);
                wait.until(ExpectedConditions.urlContains("/office/nl/questions?view=mine"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-questions")));
                assertEquals("page", driver.findElement(By.id("nav-questions")).getAttribute("aria-current"),
                        "expected the questions list marked as the current page in the menu on " + screen);
                assertTrue(driver.getTitle().startsWith("Vragen"),
                        "expected the page's own title, got '" + driver.getTitle() + "' on " + screen);
            }
        }
    }
}
