package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.system.GovernanceProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A SIG from the proposal form to the directory, every step by a person in Chromium: the proposer fills the
 * form, community operations triage, four committee members cast their ballots, the vote closes once min-open
 * has passed, operations provision, and the SIG is in the directory. Every page is saved under
 * target/screenshots/sig-journey/, at phone and desktop width.
 */
@GovernanceTest
class SigJourneyBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    EngineDriver engine;

    @Autowired
    GovernanceProperties properties;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        EngineDriver.resetClock();
        browser = new Browser(port, "sig-journey");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        EngineDriver.resetClock();
    }

    @Test
    void aSigGoesFromTheProposalFormThroughTriageFourBallotsAndProvisioningToTheDirectory() {
        String name = "sig-browser-" + UUID.randomUUID().toString().substring(0, 8);
        String displayName = "Browser " + name.substring(12) + " SIG";

        // The reader's time zone is Shanghai's: the pages' times must be shown in it, not in the server's UTC.
        browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));

        // The proposer, on a phone. Bob, a committee member, is one of the chairs: he is recused, so E = 6 and Q = 4.
        browser.resize(Browser.PHONE).signIn("paul").screenshot("paul-home");
        browser.follow("Propose a SIG").screenshot("proposal-form");
        browser.fill("Short name", name)
                .fill("Display name", displayName)
                .fill("Mission", "Make the distribution's browser stack dependable.")
                .fill("In scope", "Chromium packaging, its drivers and its test tooling.")
                .fill("Chairs, one user id per line", "quinn\nbob")
                .fill("Security contact", "quinn")
                .select("Meeting cadence", "Every two weeks")
                .screenshot("proposal-filled");
        browser.press("Submit the proposal");
        assertThat(browser.path()).startsWith("/sig-proposals/");
        String caseId = browser.path().substring("/sig-proposals/".length());
        assertThat(browser.text()).contains(displayName).contains("TRIAGE");
        WebElement submittedAt = browser.find(By.cssSelector("time[datetime]"));
        assertThat(submittedAt.getText()).as("a time in the reader's zone").contains("GMT+8");
        assertThat(submittedAt.getDomAttribute("title")).as("the server's UTC, kept as its title").endsWith("UTC");
        browser.screenshot("case-submitted");
        browser.signOut();

        // Community operations, on a desktop.
        browser.resize(Browser.DESKTOP).signIn("olivia").follow("Inbox").screenshot("olivia-inbox");
        browser.follow("Triage " + name).screenshot("triage-task");
        browser.choose("Accept").press("Complete the task").screenshot("olivia-after-triage");
        browser.open("/sig-proposals/" + caseId);
        assertThat(browser.text()).contains("VOTING");
        browser.signOut();

        // Four committee members vote, two on a phone.
        List<String> voters = List.of("alice", "carol", "dave", "erin");
        for (int i = 0; i < voters.size(); i++) {
            String member = voters.get(i);
            browser.resize(i % 2 == 0 ? Browser.PHONE : Browser.DESKTOP).signIn(member).follow("Inbox");
            browser.follow("Vote on " + name).screenshot(member + "-ballot");
            browser.choose("Approve").press("Cast my ballot");
            assertThat(browser.text()).contains("Your ballot was recorded.");
            browser.screenshot(member + "-ballot-recorded");
            browser.open("/sig-proposals/" + caseId).screenshot(member + "-case-page");
            browser.signOut();
        }

        // The outcome is invariant, but the vote stays open for min-open; then it closes and announces.
        engine.passTime(caseId, properties.vote().minOpen().plus(Duration.ofMinutes(1)));

        browser.resize(Browser.DESKTOP).signIn("olivia").follow("Inbox");
        browser.follow("Provision " + name).screenshot("provisioning-task");
        browser.choose("Done").press("Complete the task");
        browser.open("/sig-proposals/" + caseId).screenshot("case-active");
        assertThat(browser.text()).contains("ACTIVE").contains("APPROVED");
        browser.signOut();

        // Anyone now finds the SIG in the directory.
        for (var size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            browser.resize(size).open("/");
            assertThat(browser.find(By.id("sigs-heading")).isDisplayed()).isTrue();
            assertThat(browser.text()).contains(displayName).contains(name);
            assertThat(browser.scrollsSideways()).as("directory at %s", size).isFalse();
            browser.screenshot("directory-" + size.width);
        }
        assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy"));
        assertThat(browser.pagesScrollingSideways()).as("pages wider than the window").isEmpty();
    }
}
