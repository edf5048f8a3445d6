package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Mailbox;
import nl.xenia.portal.testing.Office;
import nl.xenia.portal.testing.OfficeHttp;
import nl.xenia.portal.testing.Portal;
import nl.xenia.portal.testing.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office's journeys, one per test, each with staff accounts of its own from the {@link Office}
 * fixture (which signs the first admin up through the set-up page with the bootstrap token from the
 * server log, whichever test asks first): inviting and activating a member, inviting by mail and
 * deactivating, giving access to the organisation's key, changing a password, the audit log, a wrong
 * recovery key, the authorization matrix and the session's guards. Browser journeys run in a real
 * Chromium on a phone-sized screen.
 */
class OfficeJourneysIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void anonymousVisitorsAreSentToSignInAndOfficeScriptsNeedTheNonce() {
        assertEquals("/office/nl/login", Portal.get("/office/nl/dashboard").headers().firstValue("Location").orElse(""),
                "expected anonymous visitors sent to sign in (303)");
        assertEquals("/office/en/login", Portal.get("/office/ro/login").headers().firstValue("Location").orElse(""),
                "expected the office only in its languages");
        HttpResponse<String> login = Portal.get("/office/nl/login");
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "expected exactly one policy");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("'nonce-") && !csp.substring(csp.indexOf("script-src")).contains("unsafe"),
                "expected office scripts allowed by a nonce only: " + csp);
    }

    @Test
    void theFirstAdminIsSetUpOnceAndTheSetUpPageClosesForEveryMethod() {
        StaffMember admin = Office.admin();
        assertTrue(Office.recoveryKey().length() > 30, "expected the recovery key kept from the set-up page");
        assertEquals(404, Portal.get("/office/nl/setup").statusCode(),
                "expected the set-up page closed like an unknown page (404) once the first admin exists");
        HttpResponse<String> post = Portal.postForm("/office/en/setup", Map.of("setup", "setup", "setup:token",
                Office.latestBootstrapToken(), "setup:username", "second-first-admin", "setup:password",
                Office.ADMIN_PASSWORD, "setup:create", ""));
        assertEquals(404, post.statusCode(), "expected a post to the set-up page answered 404 once set up");
        try (Browser browser = new Browser(true)) {
            admin.signIn(browser.driver(), "en");
            assertTrue(browser.driver().getPageSource().contains(Office.ADMIN),
                    "expected the signed-in name in the header");
            assertFalse(browser.driver().findElements(By.id("nav-staff")).isEmpty(),
                    "expected the staff page offered to the admin");
            browser.screenshot("office-dashboard");
        }
    }

    @Test
    void aWrongRecoveryKeyIsRefusedAndTheNameTypedIsKept() {
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(Portal.BASE + "/office/en/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recover")));
            driver.findElement(By.id("recover")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recover:key")));
            driver.findElement(By.id("recover:key")).sendKeys("bm90IHRoZSByZWNvdmVyeSBrZXk");
            driver.findElement(By.id("recover:username")).sendKeys("stand-in-admin");
            driver.findElement(By.id("recover:password")).sendKeys(Office.passwordOf("stand-in-admin"));
            driver.findElement(By.id("recover:go")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("en", "StaffAccountException.Problem.RECOVERY_INVALID")));
            assertEquals("stand-in-admin", driver.findElement(By.id("recover:username")).getAttribute("value"),
                    "expected the name typed kept after a refusal");
            browser.screenshot("office-recover");
        }
    }

    @Test
    void anInvitedMemberActivatesWithTheCodeEnrolsTheSecondStepAndWaitsForAccess() {
        StaffMember admin = Office.member("inviting-admin", "ADMIN");
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            admin.signIn(driver, "en");
            driver.findElement(By.id("nav-staff")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:username")));
            driver.findElement(By.id("invite:username")).sendKeys("invited-member");
            driver.findElement(By.id("invite:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activation-code")));
            String activationCode = driver.findElement(By.id("activation-code")).getText();
            browser.screenshot("office-invited");
            signOut(driver, wait);

            String password = Office.passwordOf("invited-member");
            driver.get(Portal.BASE + "/office/nl/activate");
            driver.findElement(By.id("activate:code")).sendKeys(activationCode.toLowerCase());
            driver.findElement(By.id("activate:password")).sendKeys(password);
            driver.findElement(By.id("activate:go")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            driver.findElement(By.id("login:username")).sendKeys("invited-member");
            driver.findElement(By.id("login:password")).sendKeys(password);
            driver.findElement(By.id("login:next")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
            assertTrue(driver.findElement(By.id("qr")).getAttribute("src").startsWith("data:image/svg+xml;base64,"),
                    "expected the QR code drawn by the server, inline");
            byte[] secret = org.bouncycastle.util.encoders.Base32.decode(pad(driver.findElement(By.id("secret"))
                    .getText()));
            browser.screenshot("office-enrol");
            driver.findElement(By.id("enrol:code"))
                    .sendKeys(new nl.xenia.portal.privacy.boundary.Totp().code(secret, java.time.Instant.now()));
            driver.findElement(By.id("enrol:confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
            assertEquals(10, driver.findElements(By.cssSelector("#recovery-codes li")).size(),
                    "expected ten recovery codes shown once");
            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("without-key")));
            assertEquals(Bundles.text("nl", "office.dashboard.withoutKey"),
                    driver.findElement(By.id("without-key")).getText(),
                    "expected the new member told that an admin still has to give access");
            assertTrue(driver.findElements(By.id("nav-staff")).isEmpty(), "expected no staff page link for staff");
            browser.screenshot("office-member-dashboard");
            driver.get(Portal.BASE + "/office/nl/staff");
            assertTrue(driver.findElements(By.id("invite:username")).isEmpty(),
                    "expected the staff page refused to a member without the admin role");
        }
    }

    @Test
    void anInvitationByMailCarriesTheCodeAndADeactivatedInvitationOpensNothing() throws Exception {
        StaffMember admin = Office.member("mailing-admin", "ADMIN");
        String address = "mailed-member@example.invalid";
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            admin.signIn(driver, "en");
            driver.findElement(By.id("nav-staff")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:username")));
            driver.findElement(By.id("invite:username")).sendKeys("mailed-member");
            // the browser checks the form of an address itself; a local part over 64 characters is for the server
            driver.findElement(By.id("invite:mailTo")).sendKeys("x".repeat(65) + "@example.invalid");
            driver.findElement(By.id("invite:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("en", "StaffAccountException.Problem.MAIL_INVALID")));
            assertEquals("mailed-member", driver.findElement(By.id("invite:username")).getAttribute("value"),
                    "expected the name typed kept after a refusal");
            driver.findElement(By.id("invite:mailTo")).clear();
            driver.findElement(By.id("invite:mailTo")).sendKeys(address);
            driver.findElement(By.id("invite:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invited")));
            assertTrue(driver.findElements(By.id("activation-code")).isEmpty(),
                    "expected a mailed code not shown on the page");
            String mail = Mailbox.waitForMail(smtp, address, 1);
            String body = mail.substring(mail.indexOf("\r\n\r\n"));
            assertTrue(body.contains(Portal.BASE + "/office/en/activate") && !body.contains("?"),
                    "expected the activation page linked without any secret in the address: " + body);
            Matcher code = Pattern.compile("([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})").matcher(body);
            assertTrue(code.find(), "expected the activation code in the mail");

            driver.findElement(By.id("nav-dashboard")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
            String tiles = driver.findElement(By.id("tiles")).getText();
            assertTrue(IntStream.rangeClosed(1, 50).mapToObj(count -> Bundles.format("en",
                    "office.dashboard.invitations", Map.of("count", count))).anyMatch(tiles::contains),
                    "expected the dashboard to show the invitations waiting: " + tiles);
            browser.screenshot("office-dashboard-tiles");

            driver.findElement(By.id("nav-staff")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
            driver.findElement(By.linkText("mailed-member")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deactivate:deactivate")));
            assertEquals(Bundles.text("en", "StaffStatus.INVITED"), driver.findElement(By.id("status")).getText(),
                    "expected the invited member's state");
            browser.screenshot("office-member");
            driver.findElement(By.id("deactivate:deactivate")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("en", "office.member.message.confirm")));
            driver.findElement(By.cssSelector("#deactivate\\:confirmed .ui-chkbox-box")).click();
            driver.findElement(By.id("deactivate:deactivate")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    Bundles.text("en", "StaffStatus.DEACTIVATED")));
            signOut(driver, wait);

            driver.get(Portal.BASE + "/office/nl/activate");
            driver.findElement(By.id("activate:code")).sendKeys(code.group(1));
            driver.findElement(By.id("activate:password")).sendKeys(Office.passwordOf("mailed-member"));
            driver.findElement(By.id("activate:go")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "StaffAccountException.Problem.INVITATION_INVALID")));
            assertEquals(code.group(1), driver.findElement(By.id("activate:code")).getAttribute("value"),
                    "expected the code typed kept after the refusal");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anAdminGivesAMemberWhoSignedUpAccessToTheOrganisationKey() {
        StaffMember admin = Office.member("giving-admin", "ADMIN");
        StaffMember member = Office.memberWithoutAccess("waiting-member", "STAFF");
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            member.signIn(driver, "nl");
            assertEquals(Bundles.text("nl", "office.dashboard.withoutKey"),
                    driver.findElement(By.id("without-key")).getText(),
                    "expected the member told that an admin still has to give access");
            signOut(driver, wait);

            admin.signIn(driver, "nl");
            String tiles = driver.findElement(By.id("tiles")).getText();
            assertTrue(IntStream.rangeClosed(1, 50).mapToObj(count -> Bundles.format("nl", "office.dashboard.access",
                    Map.of("count", count))).anyMatch(tiles::contains),
                    "expected the dashboard to show members waiting for access: " + tiles);
            driver.findElement(By.id("nav-staff")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
            driver.findElement(By.linkText("waiting-member")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access:give")));
            browser.screenshot("office-member-access");
            driver.findElement(By.id("access:give")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.member.message.access")));
            assertTrue(driver.findElements(By.id("access:give")).isEmpty(), "expected access given once");
            signOut(driver, wait);

            member.signIn(driver, "nl");
            assertTrue(driver.findElements(By.id("without-key")).isEmpty(),
                    "expected the member to hold the key after an admin gave it");
        }
    }

    @Test
    void aMemberChangesTheirPasswordAndSignsInWithTheNewOne() {
        StaffMember member = Office.member("password-changer", "STAFF");
        String replacement = "the ferry to ameland leaves at nine sharp";
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            member.signIn(driver, "nl");
            driver.findElement(By.id("nav-password")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:current")));
            driver.findElement(By.id("password:current")).sendKeys(member.password());
            driver.findElement(By.id("password:replacement")).sendKeys(replacement);
            driver.findElement(By.id("password:repeated")).sendKeys(replacement + " typo");
            driver.findElement(By.id("password:change")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "StaffAccountException.Problem.PASSWORDS_DIFFER")));
            driver.findElement(By.id("password:current")).sendKeys(member.password());
            driver.findElement(By.id("password:replacement")).sendKeys(replacement);
            driver.findElement(By.id("password:repeated")).sendKeys(replacement);
            driver.findElement(By.id("password:change")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "office.password.message.changed")));
            browser.screenshot("office-password");
        }
        HttpResponse<String> old = new OfficeHttp().submit("/office/en/login", "login",
                Map.of("login:username", member.username(), "login:password", member.password()), "login:next");
        assertEquals(200, old.statusCode(), "expected the old password refused on the login page");
        member.passwordChanged(replacement);
        assertEquals("200", member.signIn().answer("/office/en/dashboard"),
                "expected the member signed in with the new password (and the key still opened by it)");
    }

    @Test
    void theAuditLogShowsWhatStaffDidWithoutSecretsAndFiltersByDay() {
        StaffMember admin = Office.member("auditing-admin", "ADMIN");
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            admin.signIn(driver, "en");
            driver.findElement(By.id("nav-audit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log:entries")));
            String audit = driver.findElement(By.id("log:entries")).getText();
            for (String action : new String[]{"SECOND_FACTOR_ENROLLED", "LOGIN"}) {
                assertTrue(audit.contains(Bundles.text("en", "office.AuditAction." + action)),
                        "expected the audit log to show " + action + ": " + audit);
            }
            assertFalse(audit.contains(admin.password()) || audit.contains(Office.ADMIN_PASSWORD),
                    "expected no password in the audit log");
            browser.screenshot("office-audit");
            // days with a margin, so a run that crosses midnight cannot fall between them
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("filter:from")),
                    today.plusDays(2).toString());
            driver.findElement(By.id("filter:show")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:entries"),
                    Bundles.text("en", "office.audit.empty")));
            driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("filter:from")),
                    today.minusDays(1).toString());
            driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("filter:until")),
                    today.plusDays(1).toString());
            driver.findElement(By.id("filter:show")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:entries"),
                    Bundles.text("en", "office.AuditAction.LOGIN")));

            signOut(driver, wait);
            driver.get(Portal.BASE + "/office/en/dashboard");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            assertTrue(driver.getCurrentUrl().endsWith("/office/en/login"), "expected sign-out to end the session");
        }
    }

    @Test
    void everyOfficePageAnswersEachRoleAsTheMatrixSays() {
        OfficeAuthorizationMatrix.check(Office.member("matrix-admin", "ADMIN"), Office.member("matrix-staff", "STAFF"));
    }

    @Test
    void theOfficeSessionIsRenewedAtEachStepEndedAtSignOutAndGuarded() {
        OfficeSessionChecks.check(Office.member("session-member", "STAFF"));
    }

    private static void signOut(ChromeDriver driver, WebDriverWait wait) {
        driver.findElement(By.id("signout:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    private static String pad(String base32) {
        return base32 + "=".repeat((8 - base32.length() % 8) % 8);
    }
}
