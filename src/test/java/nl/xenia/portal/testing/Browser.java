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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium on a phone-sized screen (390×844), with JavaScript on or off, and a
 * local stand-in for the neutral site that quick exit leads to (the test server is configured to
 * send the reader there). Each {@code Browser} is a new tab, with no cookies, cache, storage or history, in a
 * Chromium this JVM keeps for the next journey once this one is closed ({@link #lease}).
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

    /** The browsers this JVM started that no journey uses now, per screen; all quit when the JVM ends. */
    private static final Map<Screen, Deque<ChromeDriver>> IDLE = new EnumMap<>(Screen.class);

    static {
        for (Screen screen : Screen.values()) {
            IDLE.put(screen, new ArrayDeque<>());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.values().forEach(idle -> idle.forEach(browser -> quietly(browser::quit)));
            }
        }, "quit idle browsers"));
    }

    private final ChromeDriver driver;
    private final boolean javascript;
    private final Screen screen;

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
        this.screen = screen;
        useNeutralSite();
        try {
            this.driver = lease(screen);
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
        } catch (RuntimeException failed) {
            leaveNeutralSite();
            throw failed;
        }
    }

    /**
     * A Chromium for the screen: one this JVM started before and that is free now, in a new tab (so no history, and
     * none of the previous tab's settings: screen, scripts, client address) after its cookies, cache and storage
     * were cleared, as if just started; else a new one. Starting Chromium for every journey cost about half a
     * second each, some seventy times in a run.
     */
    private static ChromeDriver lease(Screen screen) {
        while (true) {
            ChromeDriver idle;
            synchronized (IDLE) {
                idle = IDLE.get(screen).pollFirst();
            }
            if (idle == null) {
                return start(screen);
            }
            try {
                String used = idle.getWindowHandle();
                idle.switchTo().newWindow(WindowType.TAB);
                String fresh = idle.getWindowHandle();
                idle.switchTo().window(used).close();
                idle.switchTo().window(fresh);
                idle.executeCdpCommand("Page.bringToFront", Map.of()); // the page has the focus, as in a new browser
                idle.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                idle.executeCdpCommand("Network.clearBrowserCache", Map.of());
                for (String origin : List.of(Portal.BASE, NEUTRAL_SITE)) {
                    idle.executeCdpCommand("Storage.clearDataForOrigin",
                            Map.of("origin", origin, "storageTypes", "all"));
                }
                Object cookies = idle.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
                if (!(cookies instanceof List<?> left && left.isEmpty()) || idle.getWindowHandles().size() != 1) {
                    throw new WebDriverException("expected a browser without cookies and with one tab");
                }
                return idle;
            } catch (WebDriverException broken) {
                quietly(idle::quit); // a browser that cannot be made fresh is not used again
            }
        }
    }

    private static ChromeDriver start(Screen screen) {
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
        return new ChromeDriver(service, options);
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // the browser is gone already
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

    /** The journey is over: the page is left (its scripts and requests stop) and the browser waits for the next. */
    @Override
    public void close() {
        try {
            try {
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException none) {
                // the usual case
            }
            driver.get("about:blank");
            synchronized (IDLE) {
                IDLE.get(screen).push(driver);
            }
        } catch (WebDriverException broken) {
            quietly(driver::quit);
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
