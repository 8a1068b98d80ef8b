package org.openanolis.governance.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.hasError;
import static org.openanolis.governance.support.PortalForms.value;

import java.util.Collections;
import java.util.List;

import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/** A proposer proposes and withdraws a project in the portal's forms, as a browser without scripts does. */
@GovernanceTest
class ProjectProposalFormsIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;

    Portal portal;
    Api api;

    @BeforeEach
    void openPortal() {
        portal = new Portal(port);
        api = new Api(port);
    }

    @AfterEach
    void closePortal() {
        portal.close();
    }

    private HtmlPage newProposalAs(String user) {
        portal.signIn(user);
        HtmlPage page = portal.open("/project-proposals/new");
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        return page;
    }

    private void fillValid(HtmlPage page, String name) {
        fill(page, "name", name);
        fill(page, "summary", "A container runtime for confidential workloads");
        fill(page, "description", description());
        fill(page, "repositoryUrl", "https://git.example.org/" + name);
        fill(page, "website", "https://" + name + ".example.org");
        fill(page, "license", "Apache-2.0");
        fill(page, "sponsorSig", sponsor());
        fill(page, "maintainers", "quinn\nrita");
        fill(page, "securityContact", "security@example.org");
        fill(page, "codeOfConductUrl", "https://example.org/code-of-conduct");
        fill(page, "originOrganization", "Community Foundation");
    }

    private HtmlPage send(HtmlPage page, String action) {
        return portal.submit(PortalForms.form(page, action));
    }

    private List<JsonNode> proposalsNamed(String name) {
        return api.as("bob").get("/api/project-proposals").list().stream()
                .filter(p -> name.equals(p.path("name").asText())).toList();
    }

    private String status(String id) {
        return api.as("bob").get("/api/project-proposals/" + id).field("status");
    }

    @Test
    void theSponsorIsChosenAmongTheActiveSigs() {
        HtmlPage page = newProposalAs("paul");

        HtmlSelect sponsors = (HtmlSelect) page.getElementById("sponsorSig");

        assertThat(sponsors.getOptions()).extracting(o -> o.getValueAttribute()).contains("", sponsor());
        assertThat(sponsors.getOptions()).extracting(o -> o.getValueAttribute())
                .allSatisfy(v -> assertThat(v.isEmpty() || sigDirectory.contains(v)).isTrue());
    }

    @Test
    void anEmptyProposalShowsEveryRequiredFieldsErrorAndCreatesNothing() {
        int before = api.as("bob").get("/api/project-proposals").list().size();

        HtmlPage refused = send(newProposalAs("paul"), "/project-proposals");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        for (String field : List.of("name", "summary", "description", "repositoryUrl", "website", "license", "sponsorSig",
                "securityContact", "codeOfConductUrl", "originOrganization")) {
            assertThat(errorOf(refused, field)).as(field).endsWith(": is required");
        }
        assertThat(errorOf(refused, "maintainers")).isEqualTo("Maintainers: 2 to 20 people");
        assertThat(api.as("bob").get("/api/project-proposals").list()).hasSize(before);
    }

    @Test
    void eachBadFieldIsShownNextToItWithEverythingTypedKept() {
        String name = uniqueName("form-bad");
        String shortDescription = String.join(" ", Collections.nCopies(50, "word"));
        HtmlPage page = newProposalAs("paul");
        fillValid(page, name);
        fill(page, "summary", "One\u0007line");
        fill(page, "description", shortDescription);
        fill(page, "repositoryUrl", "http://git.example.org/" + name);
        fill(page, "website", "example.org");
        fill(page, "license", "Apache 2.0");
        fill(page, "maintainers", "quinn\nnobody-at-all");
        fill(page, "securityContact", "not-an-address");
        fill(page, "originOrganization", "Nowhere Incorporated");

        HtmlPage refused = send(page, "/project-proposals");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(errorOf(refused, "summary")).contains("control characters");
        assertThat(errorOf(refused, "description")).isEqualTo("Description: must be 100 to 300 words (it has 50)");
        assertThat(errorOf(refused, "repositoryUrl")).contains("must be an https URL");
        assertThat(errorOf(refused, "website")).contains("must be an http or https URL");
        assertThat(errorOf(refused, "license")).contains("SPDX");
        assertThat(errorOf(refused, "maintainers")).contains("“nobody-at-all” is not a registered user");
        assertThat(errorOf(refused, "securityContact")).contains("must be an e-mail address");
        assertThat(errorOf(refused, "originOrganization")).contains("is not the organization of any registered person");
        assertThat(hasError(refused, "name")).isFalse();
        assertThat(hasError(refused, "sponsorSig")).isFalse();

        assertThat(value(refused, "name")).isEqualTo(name);
        assertThat(value(refused, "summary")).isEqualTo("One\u0007line");
        assertThat(value(refused, "description")).isEqualTo(shortDescription);
        assertThat(value(refused, "repositoryUrl")).isEqualTo("http://git.example.org/" + name);
        assertThat(value(refused, "license")).isEqualTo("Apache 2.0");
        assertThat(value(refused, "sponsorSig")).isEqualTo(sponsor());
        assertThat(value(refused, "maintainers")).isEqualTo("quinn\nnobody-at-all");
        assertThat(value(refused, "originOrganization")).isEqualTo("Nowhere Incorporated");
        assertThat(proposalsNamed(name)).isEmpty();
    }

    @Test
    void maintainersFromOneOrganizationAreShownOnTheMaintainers() {
        HtmlPage page = newProposalAs("paul");
        fillValid(page, uniqueName("form-one-org"));
        fill(page, "maintainers", "alice\nfrank");

        HtmlPage refused = send(page, "/project-proposals");

        assertThat(errorOf(refused, "maintainers")).isEqualTo("Maintainers: must come from at least 2 organizations");
    }

    @Test
    void aTakenNameIsShownOnTheNameField() {
        String name = uniqueName("form-taken");
        propose(name);
        HtmlPage page = newProposalAs("rita");
        fillValid(page, name);

        HtmlPage refused = send(page, "/project-proposals");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(errorOf(refused, "name")).isEqualTo("Project name: is taken by another open proposal");
        assertThat(value(refused, "summary")).isEqualTo("A container runtime for confidential workloads");
        assertThat(proposalsNamed(name)).hasSize(1);
    }

    @Test
    void scriptsAndExpressionsAreStoredVerbatimAndShownAsText() {
        String script = "<script>alert(1)</script>";
        String description = "${7*7} #{7*7} [[${7*7}]] " + description();
        String name = uniqueName("form-verbatim");
        HtmlPage page = newProposalAs("paul");
        fillValid(page, name);
        fill(page, "name", "-");
        fill(page, "summary", script);
        fill(page, "description", description);

        HtmlPage refused = send(page, "/project-proposals");

        assertThat(errorOf(refused, "name")).contains("lower-case letters");
        assertThat(value(refused, "summary")).isEqualTo(script);
        assertThat(value(refused, "description")).isEqualTo(description);
        assertThat(refused.getElementsByTagName("script")).allSatisfy(s -> assertThat(s.getAttribute("src")).isNotEmpty());
        // Evaluated, "${7*7} #{7*7} [[${7*7}]]" would read "49 49 49" (a bare 49 may be in a SIG's generated name).
        assertThat(refused.asNormalizedText()).doesNotContain("49 49");

        assertThat(refused.querySelectorAll(".field-errors")).as("only the name is refused").hasSize(1);
        fill(refused, "name", name);
        HtmlPage created = send(refused, "/project-proposals");

        JsonNode stored = proposalsNamed(name).get(0);
        assertThat(stored.path("summary").asText()).isEqualTo(script);
        assertThat(stored.path("description").asText()).isEqualTo(description);
        assertThat(created.getUrl().getPath()).isEqualTo("/project-proposals/" + stored.path("id").asText());
    }

    @Test
    void aValidProposalIsCreatedAndLeadsToItsPage() {
        String name = uniqueName("form-valid");
        HtmlPage page = newProposalAs("paul");
        fillValid(page, name);
        fill(page, "maintainers", " quinn \n\nrita\n");

        HtmlPage created = send(page, "/project-proposals");

        List<JsonNode> stored = proposalsNamed(name);
        assertThat(stored).hasSize(1);
        JsonNode p = stored.get(0);
        assertThat(created.getUrl().getPath()).isEqualTo("/project-proposals/" + p.path("id").asText());
        assertThat(p.path("proposer").asText()).isEqualTo("paul");
        assertThat(p.path("status").asText()).isEqualTo("SIG_ENDORSEMENT");
        assertThat(p.path("sponsorSig").asText()).isEqualTo(sponsor());
        assertThat(p.path("maintainers")).extracting(JsonNode::asText).containsExactly("quinn", "rita");
    }

    @Test
    void theProposerWithdrawsWithAReasonAndNobodyElseMay() {
        String id = propose(uniqueName("form-withdrawn")).getId();

        portal.signIn("quinn");
        HtmlPage forbidden = portal.open("/project-proposals/" + id + "/withdrawal");
        assertThat(forbidden.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(forbidden.asNormalizedText()).contains("Only the proposer may withdraw");
        portal.signOut();

        portal.signIn("paul");
        HtmlPage confirm = portal.open("/project-proposals/" + id + "/withdrawal");
        assertThat(confirm.getWebResponse().getStatusCode()).isEqualTo(200);
        fill(confirm, "reason", "We joined another foundation");
        HtmlPage done = send(confirm, "/project-proposals/" + id + "/withdrawal");

        assertThat(done.getUrl().getPath()).isEqualTo("/project-proposals/" + id);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
        assertThat(api.as("bob").get("/api/project-proposals/" + id).json().path("timeline"))
                .anySatisfy(e -> assertThat(e.path("comment").asText()).isEqualTo("We joined another foundation"));
    }
}
