package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.system.GovernanceProperties;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A SIG's retirement from its page to RETIRED in Chromium: a chair proposes it from the SIG's page, a community
 * member comments during the comment period, two committee members vote in the portal (three more over the API),
 * and the SIG's page shows it RETIRED with its reason. Every page is saved under target/screenshots/sig-retirement/.
 */
@GovernanceTest
class SigRetirementBrowserIntegrationTests extends ApiScenario {

    @LocalServerPort
    int port;
    @Autowired
    EngineDriver engine;
    @Autowired
    GovernanceProperties properties;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "sig-retirement");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aChairRetiresTheSigFromItsPageThroughCommentsAndTheCommitteesSuperVote() {
        String sig = activeSig("retire", List.of("quinn", "rita"), List.of());

        browser.resize(Browser.DESKTOP).signIn("quinn").open("/sigs/" + sig).screenshot("sig-page");
        browser.follow("Propose retirement").screenshot("retirement-form");
        browser.fill("Reason", "Its work moved upstream; nobody has met for a year.").press("Submit the proposal");
        assertThat(browser.path()).startsWith("/sig-retirements/");
        String caseId = browser.path().substring("/sig-retirements/".length());
        assertThat(browser.text()).contains(sig + " retirement", "COMMENT_PERIOD", "none: its projects will need a new sponsor");
        browser.screenshot("retirement-proposed");
        browser.signOut();

        browser.resize(Browser.PHONE).signIn("paul").open("/sig-retirements/" + caseId);
        browser.fill("Your comment", "The upstream project welcomes the SIG's members.").press("Add the comment");
        assertThat(browser.find(By.cssSelector(".comments")).getText())
                .contains("The upstream project welcomes the SIG's members.");
        browser.screenshot("commented");
        browser.signOut();

        engine.passTime(caseId, Duration.ofDays(14));
        for (String member : List.of("alice", "bob")) {
            browser.resize(Browser.DESKTOP).signIn(member).follow("Inbox");
            browser.follow("Vote on " + sig + " retirement").screenshot(member + "-ballot");
            browser.choose("Approve").press("Cast my ballot");
            assertThat(browser.text()).contains("Your ballot was recorded.");
            browser.signOut();
        }
        for (String member : List.of("carol", "dave", "erin")) {
            Api.Answer cast = ballotOn("sig-retirements", member, caseId, "APPROVE", null);
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
        }
        engine.passTime(caseId, properties.vote().minOpen().plus(Duration.ofMinutes(1)));

        browser.signIn("rita").open("/sigs/" + sig);
        assertThat(browser.text()).contains("RETIRED", "Its work moved upstream", "Retired by the committee's decision");
        assertThat(browser.findAll(By.cssSelector("button.check-in"))).as("nothing to do on a retired SIG").isEmpty();
        browser.screenshot("sig-retired");
        browser.open("/sig-retirements/" + caseId);
        assertThat(browser.text()).contains("APPROVED");
        browser.screenshot("retirement-approved");
        assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy"));
        assertThat(browser.pagesScrollingSideways()).as("pages wider than the window").isEmpty();
    }
}
