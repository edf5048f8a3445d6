package nl.xenia.portal.consultations.view.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.CookieJar;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The phones of {@link ConsultationMemberPagesIT}: a signed-in member answering in Romanian, JavaScript on and off. */
final class ConsultationMemberBrowsers {

    private static final String RO = "ro";

    private ConsultationMemberBrowsers() {
    }

    /**
     * The answer page of a consultation in Romanian at 390×844, with the member's session (its cookies, as the browser
     * would keep them after signing in): a screenshot of the page, then a scale point and a choice picked by their
     * labels and the draft saved, and a screenshot of the page that says so.
     */
    static void answerInRomanian(CookieJar cookies, long consultationId, long scaleQuestion, long oneOption,
            boolean javascript) {
        String mode = javascript ? "" : " (no JavaScript)";
        try (Browser phone = new Browser(javascript)) {
            phone.driver().get(Portal.BASE + "/ro/");
            for (String pair : cookies.header().replaceFirst("^Cookie: ", "").split("; ")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    phone.driver().manage().addCookie(new Cookie.Builder(pair.substring(0, equals),
                            pair.substring(equals + 1)).path("/").isHttpOnly(true).sameSite("Strict").build());
                }
            }
            phone.driver().get(Portal.BASE + "/ro/members/consultation?id=" + consultationId);
            assertTrue(Browser.found(phone.driver(), "form.answers"), "expected the answer form" + mode);
            phone.screenshot("consultation-answer-ro");
            if (javascript) {
                assertEquals(List.of(), phone.accessibilityViolations(),
                        "expected no WCAG violation on the answer page");
            }
            List<String> small = phone.touchTargets().stream()
                    .filter(target -> Double.parseDouble(target.substring(0, target.indexOf(' '))) < Browser.MIN_TARGET)
                    .toList();
            assertEquals(List.of(), small, "expected every touch target at least 44 px high" + mode);
            phone.driver().executeScript("document.getElementById('questions').scrollIntoView()");
            phone.screenshot("consultation-questions-ro");
            phone.driver().findElement(By.cssSelector("label[for=s-" + scaleQuestion + "-4]")).click();
            phone.driver().findElement(By.cssSelector("label[for=o-" + oneOption + "]")).click();
            phone.driver().findElement(By.id("save-draft")).click();
            new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(driver -> Browser.found(driver, "#done"));
            assertEquals(Bundles.text(RO, "members.consultation.message.info.draft"), Browser.text(phone.driver(),
                    "#done"), "expected the draft saved" + mode);
            assertTrue(phone.driver().findElement(By.id("s-" + scaleQuestion + "-4")).isSelected(),
                    "expected the scale's point kept in the draft" + mode);
            phone.screenshot("consultation-draft-ro");
            phone.driver().executeScript("document.getElementById('question-" + scaleQuestion + "').scrollIntoView()");
            phone.screenshot("consultation-scale-ro");
        }
    }
}
