package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.CommunityProvider;
import org.openanolis.governance.support.SigProposalBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through the community's provider in Chromium (issue 18): a committee member the engine has never seen
 * signs in through the provider's pages, which makes them a member by the provider's groups; they propose a SIG in
 * the portal's form, and cast their ballot on another. Pages are saved under target/screenshots/provider-sign-in/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ProviderSignInBrowserIntegrationTests {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CommunityProvider.configure(properties);
    }

    @LocalServerPort
    int port;
    @Autowired
    People people;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "provider-sign-in");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewCommitteeMemberSignsInThroughTheProviderProposesASigAndVotes() {
        String vera = "vera-" + UUID.randomUUID().toString().substring(0, 6);
        signInThroughTheProvider(vera);
        assertThat(people.isMember(vera, "steering-committee")).as("by the provider's groups").isTrue();

        String proposed = "sig-oidc-" + UUID.randomUUID().toString().substring(0, 8);
        browser.follow("Propose a SIG");
        browser.fill("Short name", proposed)
                .fill("Display name", "OIDC " + proposed.substring(9))
                .fill("Mission", "Sign people in with the accounts they already have.")
                .fill("In scope", "Single sign-on for the community's tools.")
                .fill("Chairs, one user id per line", "quinn\nrita")
                .fill("Security contact", "quinn")
                .select("Meeting cadence", "Every month")
                .press("Submit the proposal");
        assertThat(browser.path()).startsWith("/sig-proposals/");
        assertThat(browser.text()).contains("TRIAGE", vera);
        browser.screenshot("proposed");
        browser.signOut();

        // Another proposal, which community operations accept for the vote now that Vera is on the committee.
        Api api = new Api(port);
        String other = "sig-vote-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = api.as("paul").post("/api/sig-proposals",
                SigProposalBodies.valid(other, List.of("quinn", "rita"))).field("id");
        String triage = api.as("olivia").get("/api/tasks").list().stream()
                .filter(t -> caseId.equals(t.path("caseId").asText())).findFirst().orElseThrow().path("id").asText();
        assertThat(api.as("olivia").post("/api/tasks/" + triage + "/completion", Map.of("outcome", "ACCEPT")).status())
                .isEqualTo(204);

        signInThroughTheProvider(vera);
        browser.follow("Inbox").follow("Vote on " + other).screenshot("ballot");
        browser.choose("Approve").press("Cast my ballot");
        assertThat(browser.text()).contains("Your ballot was recorded.");
        browser.screenshot("ballot-recorded");
    }

    /** The provider's sign-in page sends the person straight back, as one who is already signed in there would be. */
    private void signInThroughTheProvider(String person) {
        CommunityProvider.nextSignIn(person, Map.of("groups", List.of("/committee"),
                "organization", "Wayne Enterprises"));
        browser.resize(Browser.DESKTOP).open("/sign-in").screenshot("sign-in");
        browser.follow("Sign in with your community account");
        assertThat(browser.path()).doesNotStartWith("/sign-in");
        browser.open("/tasks").screenshot("signed-in");
        assertThat(browser.text()).contains(person);
    }
}
