package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The case's process diagram in a real browser (Debian's Chromium, headless), under the portal's
 * Content-Security-Policy: bpmn-js draws the SVG from the case's JSON and marks the current step, and the browser
 * reports no refused script or style.
 */
@GovernanceTest
class CaseDiagramBrowserIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDiagramIsDrawnWithTheCurrentStepMarkedAndNothingRefusedByTheContentSecurityPolicy() {
        String id = acceptedForVote(uniqueName("browser"));
        signIn("rita");

        browser.get(base() + "/sig-proposals/" + id);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-diagram.drawn svg")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No diagram drawn; the browser said: " + browser.manage().logs().get(LogType.BROWSER)
                    .getAll().stream().map(LogEntry::getMessage).toList(), e);
        }
        assertThat(browser.findElements(By.cssSelector("#case-diagram [data-element-id='CallActivity_CommitteeVote'].step-current")))
                .as("the committee vote is where the case stands").hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#case-diagram [data-element-id='UserTask_TriageProposal'].step-passed")))
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#case-diagram")).getSize().getHeight()).isGreaterThan(100);
        List<String> complaints = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage)
                // The browser asks for a favicon the portal does not have; that is no fault of the diagram.
                .filter(m -> !m.contains("/favicon.ico")).toList();
        assertThat(complaints).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
        assertThat(complaints).as("the browser's console").isEmpty();
    }

    private void signIn(String user) {
        browser.get(base() + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
