package nl.xenia.portal.meetups.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.testing.Browser;
import nl.xenia.portal.testing.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The person's steps through the public meetup pages in a browser ({@link Browser}: a phone, JavaScript on or off),
 * for journeys to put together: open the list from the home page, open a meetup, say "I'll come" (a nickname, a mail
 * address, an earlier code, each optional), read the code, tick "I have written it down", read the address, download
 * the calendar file (the bytes the browser saved), open the inbox with a code, and say "I can't come after all". Every
 * step waits on what the page shows, never on a pause, and works the same with and without JavaScript (a form posts,
 * the answer is a new page).
 */
public final class MeetupJourney {

    private final Browser browser;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String lang;

    /** The journey on this browser, in this language ({@code es}, {@code ro}, …). */
    public MeetupJourney(Browser browser, String lang) {
        this.browser = browser;
        this.driver = browser.driver();
        this.lang = lang;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // a new page replaced the one being read
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The home page, then its meetups action: the list. */
    public void openList() {
        driver.get(Portal.BASE + "/" + lang + "/");
        wait.until(it -> Browser.found(it, "#meetups-link"));
        click(driver.findElement(By.id("meetups-link")));
        wait.until(it -> Browser.found(it, "ul.meetups") && it.getCurrentUrl().endsWith("/" + lang + "/meetups"));
    }

    /** The titles the list shows (this page of it). */
    public List<String> titles() {
        return driver.findElements(By.cssSelector("ul.meetups h2 a")).stream().map(WebElement::getText).toList();
    }

    /** What the list says of a meetup's places ("Quedan 3 plazas libres", "Completo"); empty when not listed. */
    public String placesOf(String title) {
        return entry(title).map(entry -> entry.findElements(By.cssSelector(".places")))
                .filter(found -> !found.isEmpty()).map(found -> found.get(0).getText().strip()).orElse("");
    }

    /** From the list, the meetup with this title: its page with the "I'll come" form. */
    public void openMeetup(String title) {
        WebElement link = driver.findElements(By.cssSelector("ul.meetups h2 a")).stream()
                .filter(a -> a.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("expected the meetup \"" + title + "\" in the list"));
        click(link);
        wait.until(it -> it.getCurrentUrl().contains("/" + lang + "/meetup?id=") && Browser.found(it, "h1")
                && Browser.text(it, "h1").startsWith(title));
    }

    /**
     * "I'll come" with the fields given (null or empty: left empty), then the answer: the code once, or the word that
     * it joined the earlier code, or a refusal ({@link #error}).
     */
    public void come(String nickname, String mail, String earlierCode) {
        type("nickname", nickname);
        type("mail", mail);
        type("earlier", earlierCode);
        click(driver.findElement(By.id("come")));
        wait.until(it -> Browser.found(it, "#receipt-code") || Browser.found(it, "#joined")
                || Browser.found(it, "#error"));
    }

    /** The code shown once after "I'll come"; empty when none is shown (an earlier code was given, or refused). */
    public String code() {
        return Browser.text(driver, "#receipt-code");
    }

    /** The refusal the page shows; empty when none. */
    public String error() {
        return Browser.text(driver, "#error");
    }

    /** Ticks "I have written it down" and goes on: the code is not shown any more. */
    public void writtenDown() {
        click(driver.findElement(By.id("saved")));
        click(driver.findElement(By.id("done")));
        wait.until(it -> Browser.found(it, "#done-text"));
    }

    /** The exact address or link shown (of the first meetup on the page); empty when none is shown. */
    public String address() {
        return Browser.text(driver, ".address");
    }

    /** The state shown of the first meetup on the page ("Vienes", "En la lista de espera: …"). */
    public String status() {
        return Browser.text(driver, ".rsvp .status");
    }

    /**
     * The calendar file of the first meetup on the page, as the browser downloads it (the address in it only when
     * asked): its bytes.
     */
    public byte[] calendarFile(boolean withAddress) {
        Path folder;
        try {
            folder = Files.createDirectories(Path.of("target", "downloads"))
                    .resolve("ics-" + System.nanoTime());
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        if (withAddress) {
            click(driver.findElement(By.cssSelector("form.ics input[name=address]")));
        }
        click(driver.findElement(By.cssSelector("form.ics button")));
        wait.until(it -> downloaded(folder).isPresent());
        try {
            return Files.readAllBytes(downloaded(folder).orElseThrow());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The inbox, the code typed (as a person might: in small letters), opened: the meetups section. */
    public void openInbox(String code) {
        driver.get(Portal.BASE + "/" + lang + "/inbox");
        wait.until(it -> Browser.found(it, "#code"));
        driver.findElement(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT));
        click(driver.findElement(By.id("open")));
        wait.until(it -> Browser.found(it, "#meetups") || Browser.found(it, "#error"));
    }

    /** In the inbox: "I can't come after all" for the meetup with this title, confirmed; back in the inbox. */
    public void leave(String title) {
        WebElement article = driver.findElements(By.cssSelector("#meetups article")).stream()
                .filter(it -> it.findElement(By.tagName("h3")).getText().equals(title)
                        && !it.findElements(By.cssSelector("button[id^=leave-]")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("expected \"" + title + "\" to leave in the inbox"));
        click(article.findElement(By.cssSelector("button[id^=leave-]")));
        wait.until(it -> Browser.found(it, "#leave-question"));
        click(driver.findElement(By.id("leave")));
        wait.until(it -> Browser.text(it, "#notice").equals(Bundles.text(lang, "meetup.message.left")));
    }

    /** The touch targets on the page lower than a finger needs ({@link Browser#MIN_TARGET}); none, hopefully. */
    public List<String> smallTargets() {
        return browser.touchTargets().stream()
                .filter(entry -> Double.parseDouble(entry.split(" ")[0]) < Browser.MIN_TARGET).toList();
    }

    /** A screenshot under target/screenshots. */
    public Path screenshot(String name) {
        return browser.screenshot(name);
    }

    /** A screenshot under target/screenshots, the element the selector finds scrolled to the top first. */
    public Path screenshot(String name, String css) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});",
                driver.findElement(By.cssSelector(css)));
        return browser.screenshot(name);
    }

    private Optional<WebElement> entry(String title) {
        return driver.findElements(By.cssSelector("ul.meetups > li")).stream()
                .filter(li -> li.findElement(By.cssSelector("h2 a")).getText().equals(title)).findFirst();
    }

    private void type(String field, String text) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        if (text != null && !text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static Optional<Path> downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ics")).filter(file -> {
                try {
                    return Files.size(file) > 0;
                } catch (IOException gone) {
                    return false;
                }
            }).findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
