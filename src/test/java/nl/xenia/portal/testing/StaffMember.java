package nl.xenia.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.privacy.boundary.Totp;
import org.bouncycastle.util.encoders.Base32;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff account the {@link Office} fixture made through the real pages, with what a person would
 * keep: the password, the second step's secret (from which the next unused TOTP code is computed)
 * and the recovery codes not used yet. Signs in over HTTP or in a browser, both steps.
 */
public final class StaffMember {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final String username;
    private volatile String password;
    private final Set<String> roles;
    private final byte[] secret;
    private final Deque<String> recoveryCodes;
    /** The last TOTP time step used for this account (the server takes each step once, and only -1..+1 of now). */
    private long lastStep;

    StaffMember(String username, String password, Set<String> roles, byte[] secret, List<String> recoveryCodes,
            long lastStep) {
        this.username = username;
        this.password = password;
        this.roles = Set.copyOf(roles);
        this.secret = secret.clone();
        this.recoveryCodes = new ArrayDeque<>(recoveryCodes);
        this.lastStep = lastStep;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The enrolled second step's secret (as the enrolment page showed it). */
    public byte[] secret() {
        return secret.clone();
    }

    /**
     * A TOTP code the server takes now: for the step after the last one used, within one step of now
     * (the server's window); empty when this half minute's steps are used up.
     */
    public synchronized Optional<String> nextCode() {
        long now = Instant.now().getEpochSecond() / STEP.getSeconds();
        long step = Math.max(lastStep + 1, now - 1);
        if (step == now - 1 && Instant.now().getEpochSecond() % STEP.getSeconds() > 25) {
            step = now; // the step before would be out of the window by the time the code arrives
        }
        if (step > now + 1) {
            return Optional.empty();
        }
        lastStep = step;
        return Optional.of(new Totp().code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())));
    }

    /**
     * The second step's field and value: the next TOTP code, or a recovery code when the steps of
     * this half minute are used up (so a test signs in without waiting for the clock).
     */
    public Map.Entry<String, String> secondStep(String formId) {
        return nextCode().map(code -> Map.entry(formId + ":code", code))
                .orElseGet(() -> Map.entry(formId + ":recovery", takeRecoveryCode()));
    }

    /** The member changed their password through the page: sign in with the new one from now on. */
    public void passwordChanged(String newPassword) {
        password = newPassword;
    }

    /** One of the recovery codes not used yet (each works once). */
    public synchronized String takeRecoveryCode() {
        assertTrue(!recoveryCodes.isEmpty(), "expected a recovery code left for " + username);
        return recoveryCodes.pop();
    }

    /** A new office session over HTTP with both steps done, asserting each. */
    public OfficeHttp signIn(String... headers) {
        OfficeHttp office = new OfficeHttp(headers);
        HttpResponse<String> afterPassword = office.submit("/office/en/login", "login",
                Map.of("login:username", username, "login:password", password), "login:next");
        assertEquals("/office/en/second-factor", afterPassword.headers().firstValue("Location").orElse(""),
                "expected " + username + "'s password to lead to the second step");
        Map.Entry<String, String> step = secondStep("second");
        HttpResponse<String> afterCode = office.submit("/office/en/second-factor", "second",
                Map.of(step.getKey(), step.getValue()), "second:signIn");
        assertEquals("/office/en/dashboard", afterCode.headers().firstValue("Location").orElse(""),
                "expected " + username + " signed in with the next code: " + OfficeHttp.messages(afterCode));
        return office;
    }

    /**
     * Signs in in the browser (both steps) in the office's given language and waits for the dashboard.
     */
    public void signIn(ChromeDriver driver, String language) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(Portal.BASE + "/office/" + language + "/login");
        typePassword(driver);
        typeSecondStep(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
        assertTrue(driver.getCurrentUrl().contains("/office/" + language + "/dashboard"),
                "expected " + username + " on the dashboard after both steps, at " + driver.getCurrentUrl());
    }

    /** The first step only, on the login page the browser shows. */
    public void typePassword(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:next")).click();
    }

    /** The second step, on the page the browser shows after the password: the next code (or a recovery code). */
    public void typeSecondStep(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
        Map.Entry<String, String> step = secondStep("second");
        driver.findElement(By.id(step.getKey())).sendKeys(step.getValue());
        driver.findElement(By.id("second:signIn")).click();
    }

    /** The secret as the enrolment page shows it: base32, without padding. */
    static byte[] decode(String shown) {
        return Base32.decode(shown + "=".repeat((8 - shown.length() % 8) % 8));
    }
}
