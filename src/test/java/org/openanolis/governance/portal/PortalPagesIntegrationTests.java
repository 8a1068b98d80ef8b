package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Portal;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's shared pages: the directories, signing in and out, and the error pages. */
@GovernanceTest
class PortalPagesIntegrationTests {

    @LocalServerPort
    int port;

    Portal portal;

    @BeforeEach
    void openPortal() {
        portal = new Portal(port);
    }

    @AfterEach
    void closePortal() {
        portal.close();
    }

    @Test
    void anyoneSeesTheThreeDirectoriesAndIsOfferedToSignIn() {
        HtmlPage home = portal.open("/");

        assertThat(home.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(home.getElementById("sigs-heading").asNormalizedText()).isEqualTo("Special interest groups");
        assertThat(home.getElementById("projects-heading")).isNotNull();
        assertThat(home.getElementById("partners-heading")).isNotNull();
        assertThat(home.getAnchorByHref("/sign-in")).isNotNull();
        assertThat(home.getWebResponse().getResponseHeaderValue("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void aMemberSignsInWithTheirPasswordAndOut() {
        HtmlPage home = portal.signIn("carol");

        assertThat(home.getUrl().getPath()).isEqualTo("/");
        assertThat(home.asNormalizedText()).contains("Signed in as Carol Wang (carol)");
        assertThat(portal.open("/my/cases").getUrl().getPath()).isEqualTo("/my/cases");

        HtmlPage signedOut = portal.signOut();
        assertThat(signedOut.asNormalizedText()).contains("You have signed out.").doesNotContain("Signed in as");
        assertThat(portal.open("/my/cases").getUrl().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void anUnknownUserOrAWrongPasswordIsRefusedWithAMessage() {
        HtmlPage refused = portal.signIn("heidi", "not-her-password");

        assertThat(refused.getUrl().getPath()).isEqualTo("/sign-in");
        assertThat(refused.asNormalizedText()).contains("Sign-in refused").doesNotContain("Signed in as");
    }

    @Test
    void pagesBehindSignInLeadToTheSignInPage() {
        HtmlPage page = portal.open("/tasks");

        assertThat(page.getUrl().getPath()).isEqualTo("/sign-in");
        assertThat(page.getForms()).anySatisfy(f -> assertThat(f.getActionAttribute()).isEqualTo("/sign-in"));
    }

    @Test
    void anyClientAskingForAPageBehindSignInIsSentToTheSignInPage() throws Exception {
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tasks")).header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPage() {
        portal.signIn("carol");

        HtmlPage missing = portal.open("/no-such-page");

        assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(missing.getTitleText()).contains("Not found");
        assertThat(missing.getAnchorByHref("/")).isNotNull();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAFriendlyPage() {
        HtmlPage home = portal.signIn("carol");
        HtmlForm signOut = home.getFirstByXPath("//form[@action='/sign-out']");
        signOut.getInputByName("_csrf").setValue("forged");

        HtmlPage refused = portal.submit(signOut);

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(refused.getTitleText()).contains("You may not do that");
        assertThat(portal.open("/").asNormalizedText()).contains("Signed in as Carol Wang (carol)");
    }

    @Test
    void anyoneReadsHowDecisionsAreMadeFromTheDeployedProcesses() {
        HtmlPage processes = portal.open("/processes");

        assertThat(processes.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(processes.getElementById("sigCreation").asNormalizedText()).startsWith("SIG creation");
        assertThat(processes.getElementById("committeeVote").asNormalizedText()).startsWith("Committee vote");
        var bpmn = portal.get("/processes/sigCreation.bpmn").getWebResponse();
        assertThat(bpmn.getContentType()).isEqualTo("application/xml");
        assertThat(bpmn.getContentAsString()).contains("id=\"UserTask_TriageProposal\"");
        assertThat(portal.get("/processes/noSuchProcess.bpmn").getWebResponse().getStatusCode()).isEqualTo(404);
    }
}
