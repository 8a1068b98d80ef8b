package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner application to LISTED, every step by a person in Chromium: the applicant fills the application with
 * a product and its test report, community operations check eligibility, the compatibility reviewer verifies,
 * four committee members approve, and the partner is in the directory; then the committee chair opens a
 * revocation from the partner's page. Pages are saved under target/screenshots/partner-journey/.
 */
@GovernanceTest
class PartnerJourneyBrowserIntegrationTests {

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
        browser = new Browser(port, "partner-journey");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        EngineDriver.resetClock();
    }

    @Test
    void aPartnerApplicationGoesFromTheFormThroughReviewAndTheVoteToListed() {
        String company = "Browser Chips " + UUID.randomUUID().toString().substring(0, 8);

        // The applicant, quinn of Globex: bob (Globex) is recused, so E = 6 and Q = 4.
        browser.resize(Browser.PHONE).signIn("quinn").follow("Apply as a partner").screenshot("application-form");
        browser.fill("Company", company)
                .fill("Registration number", "REG-" + company.substring(14))
                .fill("Country", "CN")
                .fill("Website", "https://chips.example")
                .select("Kind of partner", "IHV: hardware")
                .fill("Contact name", "Quinn Zhou")
                .fill("Contact e-mail", "partners@chips.example")
                .fill("Name", "Chip board X1")
                .fill("Version", "1.0")
                .select("Architecture", "x86_64")
                .fill("Base release", "anolis-23.2")
                .fill("Tests passed", "1200")
                .fill("Tests failed", "0")
                .fill("Tests pending", "0");
        browser.find(org.openqa.selenium.By.id("agreementVersion")).click();
        browser.screenshot("application-filled");
        browser.press("Submit the application");
        assertThat(browser.path()).startsWith("/partner-applications/");
        String applicationId = browser.path().substring("/partner-applications/".length());
        assertThat(browser.text()).contains(company);
        browser.screenshot("application-submitted");
        browser.signOut();

        // Community operations check eligibility, then verify compatibility (olivia holds both roles), on a phone.
        browser.resize(Browser.PHONE).signIn("olivia").follow("Inbox");
        browser.follow("Check the partner eligibility of " + company).screenshot("eligibility-task");
        browser.choose("Accept").press("Complete the task");
        browser.follow("Inbox");
        browser.follow("Verify the compatibility of " + company).screenshot("verification-task");
        browser.choose("Accept").press("Complete the task");
        browser.open("/partner-applications/" + applicationId).screenshot("application-in-vote");
        assertThat(browser.text()).contains("VOTING");
        browser.signOut();

        for (String member : List.of("alice", "carol", "dave", "erin")) {
            browser.resize(Browser.DESKTOP).signIn(member).follow("Inbox");
            browser.follow("Vote on " + company).choose("Approve").press("Cast my ballot");
            assertThat(browser.text()).contains("Your ballot was recorded.");
            browser.signOut();
        }
        engine.passTime(applicationId, properties.vote().minOpen().plus(Duration.ofMinutes(1)));

        browser.resize(Browser.DESKTOP).signIn("quinn").open("/partner-applications/" + applicationId)
                .screenshot("application-listed");
        assertThat(browser.text()).contains("LISTED");
        browser.open("/").screenshot("directory");
        assertThat(browser.text()).contains(company);
        browser.signOut();

        // The committee chair can open a revocation from the partner's page.
        browser.signIn("alice").open("/");
        browser.follow(company).screenshot("partner-page");
        browser.follow("Open a revocation").screenshot("revocation-form");
        browser.press("Open the revocation vote");
        assertThat(browser.text()).as("an empty reason is refused on the form").contains("The reason");
        browser.fill("Reason", "The X1 board failed the re-certification tests.").press("Open the revocation vote");
        assertThat(browser.path()).startsWith("/partners/");
        assertThat(browser.text()).contains("Revocation").contains("The X1 board failed the re-certification tests.");
        browser.screenshot("revocation-opened");
        assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy"));
        assertThat(browser.pagesScrollingSideways()).as("pages wider than the window").isEmpty();
    }
}
