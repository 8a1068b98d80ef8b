package org.openanolis.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Webapps;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Camunda's Tasklist in Chromium, as a person uses it, under the allow-list of the webapps' API: Olivia claims and
 * accepts a triage task, Bob votes. Every call Tasklist makes on the way must be one the allow-list admits (the
 * browser would report a refused one in its console), and the work must count as it does in the portal.
 */
@GovernanceTest
class TasklistBrowserIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    private int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "tasklist");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void communityOpsClaimsAndTriagesAndAMemberVotesInTasklistWithNoCallRefused() {
        String id = submit(uniqueName("tasklist-browser"));

        signInToTasklist("olivia");
        openTask(taskId("olivia", id, "SIG_TRIAGE"));
        click(By.xpath("//*[normalize-space(text())='Claim']"));
        completeWith("ACCEPT", "triage");
        assertThat(status(id)).isEqualTo("VOTING");
        signOut();

        signInToTasklist("bob");
        openTask(taskId("bob", id, "COMMITTEE_BALLOT"));
        for (String tab : new String[] {"Diagram", "History", "Description", "Form"}) {
            click(By.xpath("//a[normalize-space(.)='" + tab + "']"));
            sleep(Duration.ofMillis(500));
            browser.screenshot("ballot-" + tab.toLowerCase());
        }
        completeWith("APPROVE", "ballot");
        assertThat(proposalAs("alice", id).json().path("vote").path("approvals").asInt()).isEqualTo(1);

        assertThat(browser.console()).as("what the browser reported, a refused call included")
                .noneMatch(line -> line.contains("status of 403") || line.contains("status of 401"));
    }

    private void signInToTasklist(String user) {
        browser.open("/camunda/app/tasklist/default/");
        browser.waitUntil(d -> d.findElement(By.cssSelector("input[ng-model='username']")).isDisplayed());
        browser.find(By.cssSelector("input[ng-model='username']")).sendKeys(user);
        browser.find(By.cssSelector("input[ng-model='password']")).sendKeys(Api.PASSWORD);
        browser.find(By.cssSelector("form button[type='submit']")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[cam-tasks], .tasks-list, .task-filters")).isEmpty());
        browser.screenshot(user + "-signed-in");
    }

    private void openTask(String taskId) {
        browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[cam-variable-name='outcome']")).isEmpty()
                || !d.findElements(By.xpath("//*[normalize-space(text())='Claim']")).isEmpty());
    }

    private void completeWith(String outcome, String shot) {
        WebElement select = browser.waitUntil(d -> d.findElement(By.cssSelector("select[cam-variable-name='outcome']")));
        new Select(select).selectByValue(outcome);
        browser.screenshot(shot + "-filled");
        click(By.xpath("//button[normalize-space(.)='Complete']"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("select[cam-variable-name='outcome']")).isEmpty());
        browser.screenshot(shot + "-completed");
    }

    private void click(By by) {
        browser.waitUntil(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() && element.isEnabled() ? element : null;
        }).click();
    }

    private void signOut() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/camunda/app/tasklist/default/");
        browser.driver().manage().deleteAllCookies();
        sleep(Duration.ofMillis(200));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
