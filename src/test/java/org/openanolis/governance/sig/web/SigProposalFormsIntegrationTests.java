package org.openanolis.governance.sig.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.form;
import static org.openanolis.governance.support.PortalForms.hasError;
import static org.openanolis.governance.support.PortalForms.value;

import java.util.List;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/** A proposer proposes, revises and withdraws a SIG in the portal's forms, as a browser without scripts does. */
@GovernanceTest
class SigProposalFormsIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

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

    private HtmlPage newProposalAs(String user) {
        portal.signIn(user);
        HtmlPage page = portal.open("/sig-proposals/new");
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        return page;
    }

    private static void fillValid(HtmlPage page, String name) {
        fill(page, "name", name);
        fill(page, "displayName", "Confidential AI");
        fill(page, "mission", "Confidential computing for AI workloads.");
        fill(page, "scopeIn", "TEE runtimes, attestation");
        fill(page, "chairs", "quinn\nrita");
        fill(page, "securityContact", "quinn");
        fill(page, "meetingCadence", "BIWEEKLY");
        fill(page, "repositories", name + "/runtime");
    }

    private HtmlPage send(HtmlPage page, String action) {
        return portal.submit(form(page, action));
    }

    private int proposalCount() {
        return api.as("bob").getAll("/api/sig-proposals").size();
    }

    private List<JsonNode> proposalsNamed(String name) {
        return api.as("bob").getAll("/api/sig-proposals").stream()
                .filter(p -> name.equals(p.path("name").asText())).toList();
    }

    @Test
    void aMeetingScheduleIsOptionalButWhenGivenItsDayTimeAndZoneGoTogether() {
        String name = uniqueName("schedule");
        HtmlPage page = newProposalAs("paul");
        fillValid(page, name);
        fill(page, "meetingWeekday", "TUESDAY");
        fill(page, "meetingTimeZone", "Europe/Berlin ");

        HtmlPage refused = send(page, "/sig-proposals");
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(errorOf(refused, "meetingTime")).isEqualTo("Meeting time: is required");
        assertThat(errorOf(refused, "meetingTimeZone")).contains("IANA time zone");
        assertThat(hasError(refused, "meetingWeekday")).isFalse();
        assertThat(value(refused, "meetingWeekday")).isEqualTo("TUESDAY");
        assertThat(proposalsNamed(name)).isEmpty();

        fill(refused, "meetingTime", "18:00");
        fill(refused, "meetingTimeZone", "Europe/Berlin");
        fill(refused, "meetingUrl", "https://meet.example.org/" + name);
        HtmlPage created = send(refused, "/sig-proposals");
        assertThat(created.querySelector(".schedule").asNormalizedText()).isEqualTo("on Tuesday at 18:00 (Europe/Berlin)");

        JsonNode p = proposalsNamed(name).get(0);
        assertThat(List.of(p.path("meetingWeekday").asText(), p.path("meetingTime").asText(),
                p.path("meetingTimeZone").asText(), p.path("meetingUrl").asText()))
                .containsExactly("TUESDAY", "18:00", "Europe/Berlin", "https://meet.example.org/" + name);
    }

    @Test
    void anEmptyProposalShowsEveryRequiredFieldsErrorAndCreatesNothing() {
        int before = proposalCount();
        HtmlPage refused = send(newProposalAs("paul"), "/sig-proposals");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(refused.getUrl().getPath()).isEqualTo("/sig-proposals");
        assertThat(errorOf(refused, "name")).isEqualTo("Short name: is required");
        assertThat(errorOf(refused, "displayName")).contains("is required");
        assertThat(errorOf(refused, "mission")).contains("is required");
        assertThat(errorOf(refused, "scopeIn")).contains("is required");
        assertThat(errorOf(refused, "chairs")).contains("2 to 3 people");
        assertThat(errorOf(refused, "securityContact")).contains("is required");
        assertThat(errorOf(refused, "meetingCadence")).contains("is required");
        assertThat(hasError(refused, "scopeOut")).as("optional").isFalse();
        assertThat(hasError(refused, "techLeads")).as("optional").isFalse();
        assertThat(hasError(refused, "mailingList")).as("optional").isFalse();
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void eachBadFieldIsShownNextToItWithEverythingTypedKept() {
        String longName = "A".repeat(81);
        HtmlPage page = newProposalAs("paul");
        fillValid(page, "Sig_Bad");
        fill(page, "displayName", longName);
        fill(page, "mission", "Bell\u0007rings");
        fill(page, "chairs", "quinn\n\n  nobody-at-all  ");
        fill(page, "techLeads", "rita\nrita");
        fill(page, "mailingList", "not-an-address");
        fill(page, "repositories", "good-repo\nbad repo!");

        HtmlPage refused = send(page, "/sig-proposals");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(errorOf(refused, "name")).contains("must look like sig-example");
        assertThat(errorOf(refused, "displayName")).contains("at most 80 characters");
        assertThat(errorOf(refused, "mission")).contains("control characters");
        assertThat(errorOf(refused, "chairs")).contains("“nobody-at-all” is not a registered user");
        assertThat(errorOf(refused, "techLeads")).contains("“rita” is named twice");
        assertThat(errorOf(refused, "mailingList")).contains("must be an e-mail address");
        assertThat(errorOf(refused, "repositories")).contains("“bad repo!” must be a repository name");
        assertThat(hasError(refused, "scopeIn")).isFalse();
        assertThat(hasError(refused, "meetingCadence")).isFalse();

        assertThat(value(refused, "name")).isEqualTo("Sig_Bad");
        assertThat(value(refused, "displayName")).isEqualTo(longName);
        assertThat(value(refused, "mission")).isEqualTo("Bell\u0007rings");
        assertThat(value(refused, "scopeIn")).isEqualTo("TEE runtimes, attestation");
        assertThat(value(refused, "chairs")).isEqualTo("quinn\n\n  nobody-at-all  ");
        assertThat(value(refused, "securityContact")).isEqualTo("quinn");
        assertThat(value(refused, "meetingCadence")).isEqualTo("BIWEEKLY");
        assertThat(value(refused, "mailingList")).isEqualTo("not-an-address");
        assertThat(proposalsNamed("Sig_Bad")).isEmpty();
    }

    @Test
    void tooFewChairsIsShownOnTheChairs() {
        HtmlPage page = newProposalAs("paul");
        fillValid(page, uniqueName("chairs"));
        fill(page, "chairs", "quinn");

        HtmlPage refused = send(page, "/sig-proposals");

        assertThat(errorOf(refused, "chairs")).isEqualTo("Chairs: 2 to 3 people");
        assertThat(value(refused, "chairs")).isEqualTo("quinn");
    }

    @Test
    void aTakenNameIsShownOnTheNameField() {
        String name = uniqueName("taken");
        submit(name);
        HtmlPage page = newProposalAs("rita");
        fillValid(page, name);
        fill(page, "repositories", "");

        HtmlPage refused = send(page, "/sig-proposals");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(errorOf(refused, "name")).isEqualTo("Short name: is taken by another open proposal");
        assertThat(value(refused, "name")).isEqualTo(name);
        assertThat(value(refused, "displayName")).isEqualTo("Confidential AI");
        assertThat(proposalsNamed(name)).hasSize(1);
    }

    @Test
    void scriptsAndExpressionsAreStoredVerbatimAndShownAsText() {
        String script = "<script>alert(1)</script>";
        String expressions = "${7*7} #{7*7} [[${7*7}]] __${7*7}__";
        HtmlPage page = newProposalAs("paul");
        fillValid(page, "sig-");
        fill(page, "displayName", script);
        fill(page, "mission", expressions);

        HtmlPage refused = send(page, "/sig-proposals");

        assertThat(errorOf(refused, "name")).contains("6 to 40 characters");
        assertThat(value(refused, "displayName")).isEqualTo(script);
        assertThat(value(refused, "mission")).isEqualTo(expressions);
        assertThat(refused.getElementsByTagName("script")).allSatisfy(s -> assertThat(s.getAttribute("src")).isNotEmpty());
        // Evaluated, the expressions would read "49 49 …" (a bare 49 may be part of a generated name on the page).
        assertThat(refused.asNormalizedText()).doesNotContain("49 49");

        String name = uniqueName("verbatim");
        fill(refused, "name", name);
        HtmlPage created = send(refused, "/sig-proposals");

        JsonNode stored = proposalsNamed(name).get(0);
        assertThat(stored.path("displayName").asText()).isEqualTo(script);
        assertThat(stored.path("mission").asText()).isEqualTo(expressions);
        assertThat(created.getUrl().getPath()).isEqualTo("/sig-proposals/" + stored.path("id").asText());
    }

    @Test
    void aValidProposalIsCreatedAndLeadsToItsPage() {
        String name = uniqueName("valid");
        HtmlPage page = newProposalAs("paul");
        fillValid(page, name);
        fill(page, "techLeads", "  dave  \n");

        HtmlPage created = send(page, "/sig-proposals");

        List<JsonNode> stored = proposalsNamed(name);
        assertThat(stored).hasSize(1);
        JsonNode p = stored.get(0);
        assertThat(created.getUrl().getPath()).isEqualTo("/sig-proposals/" + p.path("id").asText());
        assertThat(p.path("proposer").asText()).isEqualTo("paul");
        assertThat(p.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(texts(p.path("chairs"))).containsExactly("quinn", "rita");
        assertThat(texts(p.path("techLeads"))).containsExactly("dave");
        assertThat(texts(p.path("repositories"))).containsExactly(name + "/runtime");
        assertThat(p.path("meetingCadence").asText()).isEqualTo("BIWEEKLY");
        assertThat(p.path("mailingList").asText()).startsWith(name + "@");
    }

    @Test
    void theProposerRevisesAfterChangesWereRequested() {
        String name = uniqueName("revised");
        String id = submit(name);
        triage(id, "REQUEST_CHANGES", "Please narrow the scope");
        portal.signIn("paul");

        HtmlPage revision = portal.open("/sig-proposals/" + id + "/revision");
        assertThat(revision.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(value(revision, "name")).isEqualTo(name);
        assertThat(value(revision, "chairs")).isEqualTo("quinn\nrita");
        assertThat(value(revision, "meetingCadence")).isEqualTo("BIWEEKLY");
        assertThat(value(revision, "repositories")).isEqualTo(name + "/runtime");

        fill(revision, "scopeIn", "");
        HtmlPage refused = send(revision, "/sig-proposals/" + id + "/revision");
        assertThat(errorOf(refused, "scopeIn")).isEqualTo("In scope: is required");
        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");

        fill(refused, "scopeIn", "TEE runtimes only");
        HtmlPage done = send(refused, "/sig-proposals/" + id + "/revision");

        assertThat(done.getUrl().getPath()).isEqualTo("/sig-proposals/" + id);
        Api.Answer p = proposalAs("paul", id);
        assertThat(p.field("status")).isEqualTo("TRIAGE");
        assertThat(p.field("scopeIn")).isEqualTo("TEE runtimes only");
    }

    @Test
    void aRevisionToANameTakenMeanwhileIsShownOnTheNameField() {
        String id = submit(uniqueName("renamed"));
        triage(id, "REQUEST_CHANGES", "Please pick another name");
        String taken = uniqueName("taken-meanwhile");
        submit("rita", proposal(taken));
        portal.signIn("paul");
        HtmlPage revision = portal.open("/sig-proposals/" + id + "/revision");
        fill(revision, "name", taken);

        HtmlPage refused = send(revision, "/sig-proposals/" + id + "/revision");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(errorOf(refused, "name")).isEqualTo("Short name: is taken by another open proposal");
        assertThat(value(refused, "name")).isEqualTo(taken);
        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void onlyTheProposerMayReviseAndOnlyWhileChangesAreRequested() {
        String id = submit(uniqueName("not-yours"));

        portal.signIn("paul");
        HtmlPage tooEarly = portal.open("/sig-proposals/" + id + "/revision");
        assertThat(tooEarly.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(tooEarly.asNormalizedText()).contains("TRIAGE proposal cannot be revised");

        triage(id, "REQUEST_CHANGES", "Please narrow the scope");
        portal.signOut();
        portal.signIn("rita");
        HtmlPage forbidden = portal.open("/sig-proposals/" + id + "/revision");

        assertThat(forbidden.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(forbidden.getTitleText()).contains("You may not do that");
        assertThat(forbidden.asNormalizedText()).contains("Only the proposer may revise");
    }

    @Test
    void theProposerWithdrawsWithAReason() {
        String id = submit(uniqueName("withdrawn"));
        portal.signIn("paul");
        HtmlPage confirm = portal.open("/sig-proposals/" + id + "/withdrawal");
        assertThat(confirm.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(confirm.asNormalizedText()).contains("Confidential AI");

        fill(confirm, "reason", "Merged into <b>another</b> SIG");
        HtmlPage done = send(confirm, "/sig-proposals/" + id + "/withdrawal");

        assertThat(done.getUrl().getPath()).isEqualTo("/sig-proposals/" + id);
        Api.Answer p = proposalAs("paul", id);
        assertThat(p.field("status")).isEqualTo("WITHDRAWN");
        assertThat(p.json().path("timeline")).anySatisfy(e -> {
            assertThat(e.path("event").asText()).isEqualTo("WITHDRAWN");
            assertThat(e.path("comment").asText()).isEqualTo("Merged into <b>another</b> SIG");
        });
        assertThat(portal.open("/sig-proposals/" + id + "/withdrawal").getWebResponse().getStatusCode())
                .as("a withdrawn proposal cannot be withdrawn again").isEqualTo(409);
    }

    @Test
    void aReasonWithControlCharactersIsShownOnTheReasonAndNothingIsWithdrawn() {
        String id = submit(uniqueName("bad-reason"));
        portal.signIn("paul");
        HtmlPage confirm = portal.open("/sig-proposals/" + id + "/withdrawal");
        fill(confirm, "reason", "Because\u0000");

        HtmlPage refused = send(confirm, "/sig-proposals/" + id + "/withdrawal");

        assertThat(errorOf(refused, "reason")).contains("control characters");
        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void someoneElseMayNotWithdrawTheProposal() {
        String id = submit(uniqueName("others"));
        portal.signIn("rita");

        HtmlPage forbidden = portal.open("/sig-proposals/" + id + "/withdrawal");

        assertThat(forbidden.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(forbidden.asNormalizedText()).contains("Only the proposer may withdraw");
        assertThat(status(id)).isEqualTo("TRIAGE");
    }
}
