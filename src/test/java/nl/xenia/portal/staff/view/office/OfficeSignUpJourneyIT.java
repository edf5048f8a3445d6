package nl.xenia.portal.staff.view.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.staff.control.Totp;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first admin signs up in a real browser: the bootstrap token from the server log, the recovery
 * key shown once, the first login with the second factor enrolled (the test computes the TOTP code
 * from the secret the page shows), the dashboard, an invitation, sign-out; then the invited member
 * activates with the code, signs in with the second step and sees the dashboard but not the staff page. Runs after the in-container staff
 * tests (failsafe runs classes alphabetically): once the first admin exists, the token is spent.
 */
class OfficeSignUpJourneyIT {

    private static final String PASSWORD = "four quiet herons over the frisian lakes";
    private static final String MEMBER_PASSWORD = "a bicycle with two flat tyres in the rain";
    private static final String NEW_MEMBER_PASSWORD = "the ferry to ameland leaves at nine sharp";

    @Test
    void theFirstAdminSignsUpEnrolsAndReachesTheDashboard() throws Exception {
        assertEquals("/office/nl/login", Portal.get("/office/nl/dashboard").headers().firstValue("Location").orElse(""),
                "expected anonymous visitors sent to sign in (303)");
        assertEquals("/office/en/login", Portal.get("/office/ro/login").headers().firstValue("Location").orElse(""),
                "expected the office only in its languages");
        HttpResponse<String> login = Portal.get("/office/nl/login");
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "expected exactly one policy");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("'nonce-") && !csp.substring(csp.indexOf("script-src")).contains("unsafe"),
                "expected office scripts allowed by a nonce only: " + csp);

        // one SMTP server for the whole journey (where the test server sends; a second bind of the port could fail)
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser browser = new Browser(true)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get(Portal.BASE + "/office/en/setup");
            driver.findElement(By.id("setup:token")).sendKeys(latestBootstrapToken());
            driver.findElement(By.id("setup:username")).sendKeys("first-admin");
            driver.findElement(By.id("setup:password")).sendKeys(PASSWORD);
            browser.screenshot("office-setup");
            driver.findElement(By.id("setup:create")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-key")));
            assertTrue(driver.findElement(By.id("recovery-key")).getText().length() > 30,
                    "expected the recovery key shown once");
            browser.screenshot("office-recovery-key");

            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recover")));
            driver.findElement(By.id("recover")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recover:key")));
            driver.findElement(By.id("recover:key")).sendKeys("bm90IHRoZSByZWNvdmVyeSBrZXk");
            driver.findElement(By.id("recover:username")).sendKeys("stand-in-admin");
            driver.findElement(By.id("recover:password")).sendKeys(PASSWORD);
            driver.findElement(By.id("recover:go")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("en", "StaffAccountException.Problem.RECOVERY_INVALID")));
            assertEquals("stand-in-admin", driver.findElement(By.id("recover:username")).getAttribute("value"),
                    "expected the name typed kept after a refusal");
            browser.screenshot("office-recover");
            driver.get(Portal.BASE + "/office/en/login");
            signIn(driver, wait, "first-admin", PASSWORD);

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
            assertTrue(driver.findElement(By.id("qr")).getAttribute("src").startsWith("data:image/svg+xml;base64,"),
                    "expected the QR code drawn by the server, inline");
            byte[] secret = Base32.decode(pad(driver.findElement(By.id("secret")).getText()));
            browser.screenshot("office-enrol");
            driver.findElement(By.id("enrol:code")).sendKeys(new Totp().code(secret, Instant.now()));
            driver.findElement(By.id("enrol:confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
            assertEquals(10, driver.findElements(By.cssSelector("#recovery-codes li")).size(),
                    "expected ten recovery codes shown once");

            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nothing-waits")));
            assertEquals(Bundles.text("en", "office.dashboard.empty"),
                    driver.findElement(By.id("nothing-waits")).getText(), "expected the dashboard");
            assertTrue(driver.getPageSource().contains("first-admin"), "expected the signed-in name in the header");
            browser.screenshot("office-dashboard");

            driver.findElement(By.id("nav-staff")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite:username")));
            driver.findElement(By.id("invite:username")).sendKeys("second-member");
            driver.findElement(By.id("invite:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activation-code")));
            String activationCode = driver.findElement(By.id("activation-code")).getText();
            browser.screenshot("office-invited");

            String mailedCode = inviteByMail(driver, wait, browser, smtp);
            driver.findElement(By.id("nav-dashboard")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
            assertEquals(Bundles.format("en", "office.dashboard.invitations", java.util.Map.of("count", 2)),
                    driver.findElement(By.cssSelector("#tiles .tile")).getText(),
                    "expected the dashboard to show the two invitations waiting");
            browser.screenshot("office-dashboard-tiles");
            deactivate(driver, wait, browser, "mailed-member");

            driver.findElement(By.id("nav-audit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log:entries")));
            String audit = driver.findElement(By.id("log:entries")).getText();
            for (String action : new String[]{"ACCOUNT_CREATED", "SECOND_FACTOR_ENROLLED", "LOGIN"}) {
                assertTrue(audit.contains(Bundles.text("en", "office.AuditAction." + action)),
                        "expected the audit log to show " + action + ": " + audit);
            }
            assertTrue(!audit.contains(PASSWORD) && !audit.contains(activationCode),
                    "expected no secret in the audit log");
            browser.screenshot("office-audit");
            // days with a margin, so a run that crosses midnight cannot fall between them
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
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

            driver.findElement(By.id("signout:signOut")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            driver.get(Portal.BASE + "/office/en/dashboard");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            assertTrue(driver.getCurrentUrl().endsWith("/office/en/login"), "expected sign-out to end the session");

            driver.get(Portal.BASE + "/office/nl/activate");
            driver.findElement(By.id("activate:code")).sendKeys(mailedCode);
            driver.findElement(By.id("activate:password")).sendKeys(MEMBER_PASSWORD);
            driver.findElement(By.id("activate:go")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    Bundles.text("nl", "StaffAccountException.Problem.INVITATION_INVALID")));
            assertEquals(mailedCode, driver.findElement(By.id("activate:code")).getAttribute("value"),
                    "expected the code typed kept after the refusal");

            driver.get(Portal.BASE + "/office/nl/activate");
            driver.findElement(By.id("activate:code")).sendKeys(activationCode.toLowerCase());
            driver.findElement(By.id("activate:password")).sendKeys(MEMBER_PASSWORD);
            driver.findElement(By.id("activate:go")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
            driver.findElement(By.id("continue")).click();
            signIn(driver, wait, "second-member", MEMBER_PASSWORD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
            byte[] memberSecret = Base32.decode(pad(driver.findElement(By.id("secret")).getText()));
            driver.findElement(By.id("enrol:code")).sendKeys(new Totp().code(memberSecret, Instant.now()));
            driver.findElement(By.id("enrol:confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
            String memberRecoveryCode = driver.findElement(By.cssSelector("#recovery-codes li")).getText();
            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nothing-waits")));
            assertEquals(Bundles.text("nl", "office.dashboard.empty"),
                    driver.findElement(By.id("nothing-waits")).getText(), "expected the invited member's dashboard");
            assertTrue(driver.findElements(By.id("nav-staff")).isEmpty(), "expected no staff page link for staff");
            assertEquals(Bundles.text("nl", "office.dashboard.withoutKey"),
                    driver.findElement(By.id("without-key")).getText(),
                    "expected the new member told that an admin still has to give access");
            browser.screenshot("office-member-dashboard");
            giveAccess(driver, wait, browser, secret);
            signIn(driver, wait, "second-member", MEMBER_PASSWORD);
            secondStep(driver, wait, memberSecret);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nothing-waits")));
            assertTrue(driver.findElements(By.id("without-key")).isEmpty(),
                    "expected the member to hold the key after an admin gave it");
            changePassword(driver, wait, browser);
            nl.xenia.portal.info.view.office.InfoEditingChecks.check(driver, wait, browser);
            nl.xenia.portal.questions.view.office.QuestionInboxChecks.check(driver, wait, browser, smtp);
            driver.get(Portal.BASE + "/office/nl/dashboard");
            driver.get(Portal.BASE + "/office/nl/staff");
            assertTrue(driver.findElements(By.id("invite:username")).isEmpty(),
                    "expected the staff page refused to a member without the admin role");

            OfficeAuthorizationMatrix.check("first-admin", PASSWORD, secret, "second-member", NEW_MEMBER_PASSWORD,
                    memberSecret);
            OfficeSessionChecks.check("second-member", NEW_MEMBER_PASSWORD, memberRecoveryCode);
        } finally {
            smtp.stop();
        }
        assertEquals(404, Portal.get("/office/nl/setup").statusCode(),
                "expected the setup page closed like an unknown page (404) once the first admin exists");
    }

    /**
     * Invites a member with a mail address while a real SMTP server (GreenMail, where the test server
     * sends) listens; returns the activation code from the mail, which the page does not show.
     */
    private static String inviteByMail(ChromeDriver driver, WebDriverWait wait, Browser browser, GreenMail smtp) {
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
        driver.findElement(By.id("invite:mailTo")).sendKeys("mailed-member@example.invalid");
        driver.findElement(By.id("invite:send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invited")));
        assertTrue(driver.findElements(By.id("activation-code")).isEmpty(),
                "expected a mailed code not shown on the page");
        assertTrue(smtp.waitForIncomingEmail(20_000, 1), "expected the invitation delivered by the outbox");
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "");
        assertTrue(body.contains(Portal.BASE + "/office/en/activate") && !body.contains("?"),
                "expected the activation page linked without any secret in the address: " + body);
        Matcher code = Pattern.compile("([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})").matcher(body);
        assertTrue(code.find(), "expected the activation code in the mail");
        return code.group(1);
    }

    /** An admin deactivates an account from the staff list: refused until confirmed, then done. */
    private static void deactivate(ChromeDriver driver, WebDriverWait wait, Browser browser, String username) {
        driver.findElement(By.id("nav-staff")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        driver.findElement(By.linkText(username)).click();
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
    }

    /**
     * The member who just signed up signs out; the first admin signs in, sees the member waiting for
     * access on the dashboard, gives access on the member's page and signs out again.
     */
    private static void giveAccess(ChromeDriver driver, WebDriverWait wait, Browser browser, byte[] adminSecret) {
        driver.findElement(By.id("signout:signOut")).click();
        signIn(driver, wait, "first-admin", PASSWORD);
        secondStep(driver, wait, adminSecret);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiles")));
        assertTrue(driver.findElement(By.id("tiles")).getText().contains(
                Bundles.format("nl", "office.dashboard.access", java.util.Map.of("count", 1))),
                "expected the dashboard to show the member waiting for access");
        driver.findElement(By.id("nav-staff")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        driver.findElement(By.linkText("second-member")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access:give")));
        browser.screenshot("office-member-access");
        driver.findElement(By.id("access:give")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.member.message.access")));
        assertTrue(driver.findElements(By.id("access:give")).isEmpty(), "expected access given once");
        driver.findElement(By.id("signout:signOut")).click();
    }

    /** The second step with the next TOTP code (the current one may have been used already). */
    private static void secondStep(ChromeDriver driver, WebDriverWait wait, byte[] secret) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
        driver.findElement(By.id("second:code")).sendKeys(new Totp().code(secret, Instant.now().plusSeconds(30)));
        driver.findElement(By.id("second:signIn")).click();
    }

    /** The signed-in member changes their password: a mismatch is refused, then it works. */
    private static void changePassword(ChromeDriver driver, WebDriverWait wait, Browser browser) {
        driver.findElement(By.id("nav-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:current")));
        driver.findElement(By.id("password:current")).sendKeys(MEMBER_PASSWORD);
        driver.findElement(By.id("password:replacement")).sendKeys(NEW_MEMBER_PASSWORD);
        driver.findElement(By.id("password:repeated")).sendKeys(NEW_MEMBER_PASSWORD + " typo");
        driver.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "StaffAccountException.Problem.PASSWORDS_DIFFER")));
        driver.findElement(By.id("password:current")).sendKeys(MEMBER_PASSWORD);
        driver.findElement(By.id("password:replacement")).sendKeys(NEW_MEMBER_PASSWORD);
        driver.findElement(By.id("password:repeated")).sendKeys(NEW_MEMBER_PASSWORD);
        driver.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                Bundles.text("nl", "office.password.message.changed")));
        browser.screenshot("office-password");
    }

    /** The first step of signing in, from wherever the browser is on its way to the login page. */
    private static void signIn(ChromeDriver driver, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:next")).click();
    }

    private static String latestBootstrapToken() throws Exception {
        String log = Files.readString(Portal.serverDir().resolve("logs/messages.log"), StandardCharsets.UTF_8);
        Matcher token = Pattern.compile("Staff bootstrap token .*: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})").matcher(log);
        String last = null;
        while (token.find()) {
            last = token.group(1);
        }
        assertTrue(last != null, "expected a bootstrap token in the log");
        return last;
    }

    private static String pad(String base32) {
        return base32 + "=".repeat((8 - base32.length() % 8) % 8);
    }
}
