package nl.xenia.portal.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium on a phone-sized screen (390×844), with JavaScript on or off, and a
 * local stand-in for the neutral site that quick exit leads to (the test server is configured to
 * send the reader there).
 */
public final class Browser implements AutoCloseable {

    public static final int NEUTRAL_PORT = Integer.getInteger("xenia.neutral.port", 9099);
    public static final String NEUTRAL_SITE = "http://localhost:" + NEUTRAL_PORT;
    public static final String NEUTRAL_TEXT = "Weather in Leeuwarden";
    public static final String BEFORE_TEXT = "A page the reader visited before";

    /** The neutral site, shared by the browsers open at the same time (a journey may use two). */
    private static HttpServer neutral;
    private static int open;

    private static final java.security.SecureRandom CLIENTS = new java.security.SecureRandom();

    private final ChromeDriver driver;
    private final boolean javascript;

    /** A phone (390×844, touch), with the page's scripts on or off. */
    public Browser(boolean javascript) {
        this(javascript, Screen.PHONE);
    }

    /** The screens the portal is tried on: readers' phones, staff's laptops and phones. */
    public enum Screen {

        /** A touch screen: a coarse pointer that cannot hover. */
        PHONE(390, 844, true, "primaryPointerType=2,availablePointerTypes=2,primaryHoverType=1,availableHoverTypes=1"),
        /** A mouse: a fine pointer that hovers. */
        LAPTOP(1366, 768, false,
                "primaryPointerType=4,availablePointerTypes=4,primaryHoverType=2,availableHoverTypes=2");

        final int width;
        final int height;
        final boolean mobile;
        /** Blink's own settings for the pointer (headless Chromium otherwise has none at all). */
        final String pointer;

        Screen(int width, int height, boolean mobile, String pointer) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
            this.pointer = pointer;
        }
    }

    public Browser(boolean javascript, Screen screen) {
        this.javascript = javascript;
        useNeutralSite();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("xenia.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=nl", "--window-size=" + screen.width + "," + screen.height,
                "--blink-settings=" + screen.pointer);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new java.io.File(System.getProperty("xenia.chromedriver", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        // the screen; (chromedriver's own mobileEmulation option hangs clicks when scripts are off)
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width, "height",
                screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
        // each browser speaks as a client of its own (through the test server's trusted proxy, loopback), as
        // testing.Portal does per test class: the per-client limits one journey runs into (questions asked,
        // wrong codes) never slow down another
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "198.19." + CLIENTS.nextInt(256) + "." + (1 + CLIENTS.nextInt(254))))); // RFC 2544 test range
        if (!javascript) {
            // the page's scripts do not run (as with JavaScript switched off); the driver's own still do
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The WCAG 2.x A and AA rules axe-core finds broken on the current page (run by the driver, so
     * JavaScript must be on), as readable lines; empty when none.
     */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /** The least height in pixels of what a finger aims at on a phone. */
    public static final int MIN_TARGET = 44;

    /**
     * What a finger aims at outside running text (inline links in a sentence are not targets of their own). The
     * skip links are a clipped pixel until focused by a keyboard (AskJourney measures them focused).
     */
    private static final String TARGETS = ".crumbs a, .related a, a[href^='tel:'], .languages a, .actions a, .tiles a,"
            + " .lost a, .hits a, header a, button, select, textarea, input[type=text], input[type=email],"
            + " input[type=search]";

    /**
     * The touch targets shown on the current page, each as its height in pixels, a space, and its id (or class or
     * tag) with the start of its text (the driver's own script: works with the page's scripts off too).
     */
    @SuppressWarnings("unchecked")
    public List<String> touchTargets() {
        return (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                  .filter(e => !e.classList.contains('skip'))
                  .map(e => [e.getBoundingClientRect().height, (e.id || e.className || e.tagName)
                      + ' "' + (e.textContent || '').trim().slice(0, 30) + '"'])
                  .map(([h, name]) => h + ' ' + name)""", TARGETS);
    }

    /** Saves a screenshot under target/screenshots, named for what it shows and whether JS was on. */
    public Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("xenia.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + (javascript ? "-js" : "-nojs") + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            leaveNeutralSite();
        }
    }

    private static synchronized void useNeutralSite() {
        if (open++ == 0) {
            neutral = startNeutralSite();
        }
    }

    private static synchronized void leaveNeutralSite() {
        if (--open == 0) {
            neutral.stop(0);
            neutral = null;
        }
    }

    private static HttpServer startNeutralSite() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", NEUTRAL_PORT), 0);
            for (Map.Entry<String, String> page : Map.of("/neutral", NEUTRAL_TEXT, "/before", BEFORE_TEXT).entrySet()) {
                server.createContext(page.getKey(), exchange -> {
                    byte[] body = ("<!DOCTYPE html><html><head><title>" + page.getValue() + "</title></head><body><h1>"
                            + page.getValue() + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().put("Content-Type", List.of("text/html; charset=utf-8"));
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
            }
            server.start();
            return server;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Whether the page now has an element the selector finds (a page being replaced has none yet). */
    public static boolean found(WebDriver driver, String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /**
     * The text of the first element the selector finds, stripped; empty when there is none, or when the page was
     * replaced (a redirect) while it was read: Chromium then answers "stale element" or "node does not belong to the
     * document", and a wait simply asks again.
     */
    public static String text(WebDriver driver, String css) {
        try {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText().strip();
        } catch (WebDriverException replaced) {
            return "";
        }
    }
}
