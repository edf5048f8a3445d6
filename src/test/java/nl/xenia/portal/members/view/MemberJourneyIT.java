package nl.xenia.portal.members.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.MemberSession;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person joins the sounding board on a phone (390×844) in Romanian, in Chromium with JavaScript on and off: the code
 * typed wrong first (one Romanian answer, the pseudonym kept), then right; the home page says who is signed in; the
 * account page offers the second step with a QR code; signing out leaves no cookie and lands on signing in. Screenshots
 * of the join, sign-in and account pages under target/screenshots; no accessibility rule broken (with JavaScript), every
 * touch target at least 44 pixels high.
 */
class MemberJourneyIT {

    @Test
    void aPersonJoinsOnAPhoneInRomanianWithJavaScript() {
        journey(true);
    }

    @Test
    void aPersonJoinsOnAPhoneInRomanianWithoutJavaScript() {
        journey(false);
    }

    private static void journey(boolean javascript) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String pseudonym = "Fluture-" + HexFormat.of().formatHex(random);
        String code = MemberSession.invitationCode();
        try (Browser browser = new Browser(javascript)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(Portal.BASE + "/ro/members/join");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("join-button")));
            assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie on the join page");
            browser.screenshot("members-join-ro");
            checked(browser, javascript, "the join page");

            driver.findElement(By.id("code")).sendKeys("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
            driver.findElement(By.id("pseudonym")).sendKeys(pseudonym);
            driver.findElement(By.id("password")).sendKeys(MemberSession.passwordOf(pseudonym));
            driver.findElement(By.id("join-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
            assertEquals(Bundles.text("ro", "MemberException.Problem.CODE"), Browser.text(driver, "#error"),
                    "expected one Romanian answer for a wrong code");
            assertTrue(driver.manage().getCookies().isEmpty(), "expected no cookie after a refused join");
            browser.screenshot("members-join-refused-ro");

            driver.findElement(By.id("code")).clear();
            driver.findElement(By.id("code")).sendKeys(code.toLowerCase());
            assertEquals(pseudonym, driver.findElement(By.id("pseudonym")).getAttribute("value"),
                    "expected the pseudonym kept after the refusal");
            driver.findElement(By.id("password")).sendKeys(MemberSession.passwordOf(pseudonym));
            driver.findElement(By.id("join-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
            assertTrue(Browser.text(driver, "#signed-in-as").contains(pseudonym), "expected the home to name who");
            assertEquals(Bundles.text("ro", "members.message.info.joined"), Browser.text(driver, "#notice"),
                    "expected the welcome in Romanian");
            Cookie cookie = driver.manage().getCookieNamed("m");
            assertNotNull(cookie, "expected the member session's cookie");
            assertTrue(cookie.isHttpOnly() && cookie.isSecure() && "Strict".equals(cookie.getSameSite())
                    && "/".equals(cookie.getPath()) && cookie.getExpiry() == null,
                    "expected the cookie HttpOnly, Secure, SameSite=Strict, Path=/, for the browser's session only");
            assertEquals(1, driver.manage().getCookies().size(), "expected no other cookie");
            checked(browser, javascript, "the members' home");

            driver.findElement(By.id("member-nav-account")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second-step-start")));
            browser.screenshot("members-account-ro");
            checked(browser, javascript, "the account page");
            driver.findElement(By.id("second-step-start")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr")));
            browser.screenshot("members-account-second-step-ro");
            checked(browser, javascript, "the second step's offer");

            driver.executeScript("window.scrollTo(0, 0)"); // the driver's script: the button is under the sticky header
            driver.findElement(By.id("sign-out-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-button")));
            assertEquals(Bundles.text("ro", "members.signIn.message.info.signedOut"), Browser.text(driver, "#notice"),
                    "expected the sign-in page to say the member signed out");
            assertNull(driver.manage().getCookieNamed("m"), "expected no member cookie after signing out");
            browser.screenshot("members-sign-in-ro");
            checked(browser, javascript, "the sign-in page");
            driver.get(Portal.BASE + "/ro/members/account");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-button")));
            assertTrue(driver.getCurrentUrl().endsWith("/ro/members/sign-in"),
                    "expected the account page to send a signed-out person to sign in");
        }
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
}
