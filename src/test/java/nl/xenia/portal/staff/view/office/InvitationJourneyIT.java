package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Inviting a colleague as an admin does it: the activation address, the code, until when it works and a
 * sentence ready to send, with a copy button when the browser can copy; a new code when the first one
 * is lost (the old one stops working at once); and the login page leads the invited colleague to the
 * activation. A staff member who is no admin, and an outsider, cannot reach any of it.
 */
class InvitationJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void anAdminInvitesHandsOverANewCodeAndOnlyTheNewCodeActivates() {
        StaffMember admin = Office.member("invitation-admin", "ADMIN");
        String invitee = "invitee-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(true, Browser.Screen.LAPTOP)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            admin.signIn(driver, "nl");
            String firstCode = invite(driver, wait, invitee);
            String address = driver.findElement(By.id("activation-address")).getText();
            assertEquals(Portal.BASE + "/office/nl/activate", address,
                    "expected the activation page's full address as the admin reached the office, without a code");
            String sentence = driver.findElement(By.id("invitation-sentence")).getText();
            String until = driver.findElement(By.id("activation-until")).getText();
            assertTrue(sentence.contains(address) && sentence.contains(firstCode) && sentence.contains(until)
                    && sentence.contains(invitee),
                    "expected a sentence to send with the address, the code, until when and the name: " + sentence);
            assertTrue(driver.findElement(By.id("copy-invitation")).isDisplayed(),
                    "expected the copy button shown when the browser can copy");
            browser.screenshot("office-invitation-laptop");

            driver.findElement(By.id("renew-code:newCode")).click();
            // the page is replaced by the redirect's: an element read while it goes is stale, so ask again
            wait.ignoring(StaleElementReferenceException.class)
                    .until(driver1 -> !firstCode.equals(codeShown(driver1)));
            String newCode = codeShown(driver);
            assertNotEquals(firstCode, newCode, "expected a new code shown");
            assertTrue(driver.findElement(By.id("messages")).getText()
                    .contains(Bundles.text("nl", "office.member.message.newCode")),
                    "expected a message that the previous code no longer works");
            assertTrue(driver.getCurrentUrl().contains("/office/nl/member?id="),
                    "expected the new code shown after a redirect to the member's page: " + driver.getCurrentUrl());
            assertFalse(driver.getCurrentUrl().contains(newCode) || driver.getCurrentUrl().contains(firstCode),
                    "expected no code in the address");
            driver.findElement(By.id("signout:signOut")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));

            WebElement toActivation = driver.findElement(By.id("activate"));
            assertEquals(Bundles.text("nl", "office.login.activate"), toActivation.getText(),
                    "expected the login page to lead the invited to the activation");
            toActivation.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activate:code")));
            String password = Office.passwordOf(invitee);
            driver.findElement(By.id("activate:code")).sendKeys(firstCode);
            driver.findElement(By.id("activate:password")).sendKeys(password);
            WebElement go = driver.findElement(By.id("activate:go"));
            go.click();
            wait.until(ExpectedConditions.stalenessOf(go));
            assertTrue(driver.findElements(By.id("activated")).isEmpty(), "expected the old code refused");
            String refusal = driver.findElement(By.id("messages")).getText();

            driver.findElement(By.id("activate:code")).clear();
            driver.findElement(By.id("activate:code")).sendKeys(newCode);
            driver.findElement(By.id("activate:password")).sendKeys(password);
            driver.findElement(By.id("activate:go")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
            assertTrue(refusal.contains(Bundles.text("nl", "StaffAccountException.Problem.INVITATION_INVALID")),
                    "expected the old code's refusal to say so: " + refusal);
        }
    }

    /**
     * The office's forms need JavaScript (PrimeFaces posts the page's nonce), so the invitation is made with
     * it; the member's page is then shown again with the page's scripts off.
     */
    @Test
    void onAPhoneWithoutJavaScriptTheSentenceIsThereToSelectAndNoCopyButton() {
        StaffMember admin = Office.member("invitation-admin", "ADMIN");
        String invitee = "phone-invitee-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(true, Browser.Screen.PHONE)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            admin.signIn(driver, "nl");
            String code = invite(driver, wait, invitee);
            assertTrue(driver.findElement(By.id("copy-invitation")).isDisplayed(),
                    "expected the copy button with JavaScript on the phone too");
            browser.screenshot("office-invitation-phone");
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-sentence")));
            assertEquals(code, codeShown(driver), "expected the same invitation shown again on reload");
            assertTrue(driver.findElement(By.id("invitation-sentence")).getText().contains(code),
                    "expected the sentence with the code, to select and copy by hand");
            assertFalse(driver.findElement(By.id("copy-invitation")).isDisplayed(),
                    "expected no copy button without JavaScript (it could do nothing)");
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
            assertEquals(Boolean.FALSE, overflow, "expected the invitation to fit the phone's width");
        }
    }

    @Test
    void aRequiredFieldLeftEmptyIsNamed() {
        OfficeHttp visitor = new OfficeHttp();
        HttpResponse<String> refused = visitor.submit("/office/nl/login", "login",
                Map.of("login:username", "", "login:password", ""), "login:next");
        String said = OfficeHttp.messages(refused);
        assertTrue(said.contains(Bundles.text("nl", "office.login.message.username"))
                && said.contains(Bundles.text("nl", "office.login.message.password")),
                "expected the empty fields named, not 'required': " + said);
    }

    @Test
    void aStaffMemberWhoIsNoAdminAndAnOutsiderCannotReachAnInvitation() {
        OfficeHttp adminOffice = Office.admin().signIn();
        String invitee = "guarded-invitee-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> staffPage = adminOffice.get("/office/en/staff");
        HttpResponse<String> invited = adminOffice.follow(adminOffice.submit(staffPage, "invite",
                Map.of("invite:username", invitee, "invite:roles", "STAFF"), "invite:send"));
        String memberPage = invited.uri().getPath() + "?" + invited.uri().getQuery();
        assertTrue(memberPage.startsWith("/office/en/member?id="), "expected the invitation on the member's page: "
                + memberPage);
        assertTrue(Portal.html(invited).getElementById("renew-code") != null, "expected the admin offered a new code");

        OfficeHttp staff = Office.member("invitation-staff", "STAFF").signIn();
        assertEquals("403", staff.answer(memberPage), "expected a staff member who is no admin refused the page");
        assertTrue(new OfficeHttp().answer(memberPage).startsWith("303 login"),
                "expected an outsider sent to sign in first");
    }

    private static String invite(ChromeDriver driver, WebDriverWait wait, String invitee) {
        driver.findElement(By.id("nav-staff")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:username")));
        driver.findElement(By.id("invite:username")).sendKeys(invitee);
        driver.findElement(By.id("invite:send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activation-code")));
        return codeShown(driver);
    }

    private static String codeShown(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.id("activation-code")).getText();
    }
}
