package org.openanolis.governance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser: Debian's headless Chromium driven through its chromedriver. Both must be
 * installed ({@code apt-get install -y chromium chromium-driver}); without them the browser tests fail and say
 * so, they never skip. Every page a test visits can be saved as a screenshot under
 * {@code target/screenshots/<test>/}, whole, numbered in the order taken.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private int shots;
    private final List<String> pagesScrollingSideways = new java.util.ArrayList<>();

    public Browser(int port, String testName) {
        this(port, testName, "en-US");
    }

    /**
     * A browser whose user reads {@code language} first (a BCP 47 tag such as {@code zh-CN}): Chromium's interface
     * language and the Accept-Language it sends.
     */
    public Browser(int port, String testName, String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with `apt-get install -y chromium chromium-driver` (or point -Dbrowser.chromium"
                    + " and -Dbrowser.chromedriver at them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless and quiet: this machine's network is closed, so no background calls to Google's services.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=" + language, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
        this.screenshots = Path.of("target", "screenshots", testName);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** Signs in through the portal's sign-in form with the demo password. */
    public Browser signIn(String user) {
        open("/sign-in");
        fill("User", user);
        fill("Password", Api.PASSWORD);
        press("Sign in");
        return this;
    }

    public Browser signOut() {
        press("Sign out");
        return this;
    }

    /** Types into the control whose label reads exactly {@code label}, as a person finds fields. */
    public Browser fill(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The form control a label points at. */
    public WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
        String id = labelElement.getDomAttribute("for");
        return id != null ? driver.findElement(By.id(id)) : labelElement.findElement(By.xpath(".//input|.//select|.//textarea"));
    }

    /** Picks the option with this visible text in the select whose label reads {@code label}. */
    public Browser select(String label, String option) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(option);
        return this;
    }

    /** Follows the first link whose text contains {@code text}, and waits for its page. */
    public Browser followLinkContaining(String text) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.partialLinkText(text)).click();
        waitForNextPage(html);
        return this;
    }

    /** Chooses the radio button or checkbox with this label. */
    public Browser choose(String label) {
        field(label).click();
        return this;
    }

    /** Presses the button with this text and waits for the next page. */
    public Browser press(String buttonText) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(buttonText) + "]"));
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        waitForNextPage(html);
        return this;
    }

    /** Follows the link with exactly this text, and waits for its page. */
    public Browser follow(String linkText) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText(linkText)).click();
        waitForNextPage(html);
        return this;
    }

    /**
     * Waits until the page that held {@code html} is gone. Mid-navigation, Chromium may answer that the element
     * "does not belong to the document" rather than that it is stale: both mean the next page has come.
     */
    private void waitForNextPage(WebElement html) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    /**
     * Saves what the browser shows now as target/screenshots/<test>/NN-name.png, and notes the page if it does not
     * fit the window's width (see {@link #pagesScrollingSideways()}).
     */
    public Path screenshot(String name) {
        if (scrollsSideways()) {
            pagesScrollingSideways.add(name + " at " + driver.manage().window().getSize().width + " px");
        }
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
            Files.write(file, wholePage());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not just the window's part of it, at the window's width (Chromium's DevTools). */
    private byte[] wholePage() {
        Object size = driver.executeScript("return [document.documentElement.scrollWidth,"
                + " Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)];");
        List<?> wh = (List<?>) size;
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) wh.get(0)).intValue(),
                "height", Math.min(((Number) wh.get(1)).intValue(), 8000), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Everything the page's scripts and the browser reported since the last call, CSP violations included. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** The screenshots taken of pages wider than the window: a page that reads well has none. */
    public List<String> pagesScrollingSideways() {
        return List.copyOf(pagesScrollingSideways);
    }

    /** Whether the page is wider than the window: a layout that does not fit a phone scrolls sideways. */
    public boolean scrollsSideways() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
