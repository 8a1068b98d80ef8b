package org.openanolis.governance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.openanolis.governance.support.ProjectProposalBodies;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A project's archiving (DOMAIN.md "Life after entry", Projects), over HTTP with the demo people: proposed by a
 * maintainer, a chair of the sponsoring SIG or the committee chair, open for comment for the default 14 days, then
 * decided by a SUPER vote; the project stays in the directory as ARCHIVED, its maturity log records every stage, and
 * one of its maintainers may apply again through onboarding.
 */
@GovernanceTest
class ProjectArchivingIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void archivedAfterCommentsAndASuperVoteTheMaturityLogRecordingEachStage() {
        String name = uniqueName("archived");
        ProjectProposal onboarded = accepted(name);
        JsonNode listed = projectAs("paul", name);
        assertThat(listed.path("sponsorNeeded").asBoolean()).isFalse();
        assertThat(listed.path("maturityLog")).hasSize(1);
        assertThat(listed.path("maturityLog").get(0).path("stage").asText()).isEqualTo("SANDBOX");
        assertThat(listed.path("maturityLog").get(0).path("caseId").asText()).isEqualTo(onboarded.getId());

        Api.Answer proposed = api.as("sara").post("/api/project-archivings",
                Map.of("project", name, "reason", "Superseded by the upstream runtime"));
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        assertThat(proposed.field("status")).isEqualTo("COMMENT_PERIOD");
        assertThat(api.as("paul").post("/api/project-archivings/" + id + "/comments",
                Map.of("text", "Two adopters still run it.")).status()).isEqualTo(201);

        engine.passTime(id, Duration.ofDays(14));
        JsonNode vote = api.as("paul").get("/api/project-archivings/" + id).json().path("vote");
        assertThat(vote.path("threshold").asText()).isEqualTo("SUPER");
        for (String member : List.of("bob", "carol", "dave", "erin", "frank")) {
            Api.Answer cast = api.as(member).post("/api/project-archivings/" + id + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
        }
        engine.passTime(id, Duration.ofDays(7));

        assertThat(api.as("paul").get("/api/project-archivings/" + id).field("status")).isEqualTo("APPROVED");
        JsonNode archived = projectAs("paul", name);
        assertThat(archived.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.path("maturityLog").findValuesAsText("stage")).containsExactly("SANDBOX", "ARCHIVED");
        assertThat(archived.path("maturityLog").get(1).path("caseId").asText()).isEqualTo(id);
        assertThat(Mailbox.awaitRecipients(greenMail, name + " archiving", "Project archived", 5))
                .containsKeys("sara@example.org", "tom@example.org", "quinn@example.org", "rita@example.org",
                        "community@lists.example.org");
        assertProblem(api.as("quinn").post("/api/project-archivings", Map.of("project", name, "reason", "Again")), 400);

        Api.Answer stranger = api.as("paul").post("/api/project-proposals", ProjectProposalBodies.valid(name, sponsor()));
        assertProblem(stranger, 409);
        assertThat(stranger.json().path("errors").get(0).path("message").asText()).contains("only one of its maintainers");
    }

    @Test
    void maintainerOfAnArchivedProjectAppliesAgainAndItsMaturityLogGoesOn() {
        String name = uniqueName("again");
        accepted(name);
        String archiving = api.as("tom").post("/api/project-archivings", Map.of("project", name, "reason", "Paused"))
                .field("id");
        engine.passTime(archiving, Duration.ofDays(14));
        for (String member : List.of("alice", "bob", "carol", "dave", "erin")) {
            ballots.cast(ProjectCaseType.ARCHIVING.key(), archiving, member, BallotChoice.APPROVE, null);
        }
        engine.passTime(archiving, Duration.ofDays(7));
        assertThat(directory.find(name).orElseThrow().status()).isEqualTo(ProjectStage.ARCHIVED);

        ProjectProposal again = proposals.submit(form(name, "Apache-2.0", "Community Foundation", List.of("sara", "tom")),
                "sara");
        complete("quinn", again.getId(), TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        complete("olivia", again.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT", null);
        complete("olivia", again.getId(), TaskKind.LEGAL_DUE_DILIGENCE, "ACCEPT", null);
        voteAll(again, BallotChoice.APPROVE, "bob", "carol", "dave", "erin", "grace");
        passTime(again, Duration.ofHours(72));
        complete("sara", again.getId(), TaskKind.AGREEMENT_CONFIRMATION, "SIGNED", null);
        for (int item = 0; item < 3; item++) {
            complete("olivia", again.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);
        }

        Project back = directory.find(name).orElseThrow();
        assertThat(back.status()).isEqualTo(ProjectStage.SANDBOX);
        assertThat(back.maturityLog()).extracting(MaturityLogEntry::stage)
                .containsExactly(ProjectStage.SANDBOX, ProjectStage.ARCHIVED, ProjectStage.SANDBOX);
        assertThat(back.maturityLog().get(2).caseId()).isEqualTo(again.getId());
    }

    @Test
    void onlyAMaintainerTheSponsorsChairsOrTheCommitteeChairProposeAndEveryProblemIsListed() {
        String name = uniqueName("rules");
        accepted(name);

        assertProblem(api.as("paul").post("/api/project-archivings", Map.of("project", name, "reason", "Not mine")), 403);
        Api.Answer invalid = api.as("quinn").post("/api/project-archivings", Map.of("project", name));
        assertProblem(invalid, 400);
        assertThat(invalid.json().path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(api.as("alice").post("/api/project-archivings", Map.of("project", "no-such-project", "reason", "x"))
                .json().path("errors").findValuesAsText("field")).containsExactly("project");

        String id = api.as("alice").post("/api/project-archivings", Map.of("project", name, "reason", "Once"))
                .field("id");
        assertProblem(api.as("quinn").post("/api/project-archivings", Map.of("project", name, "reason", "Twice")), 409);
        assertThat(api.as("alice").post("/api/project-archivings/" + id + "/withdrawal", Map.of()).status())
                .isEqualTo(200);
        assertThat(directory.find(name).orElseThrow().status()).isEqualTo(ProjectStage.SANDBOX);
    }

    @Test
    void theProjectPageShowsTheMaturityLogAndOffersArchivingToThoseWhoMay() {
        String name = uniqueName("page");
        accepted(name);
        try (Portal portal = new Portal(port)) {
            portal.signIn("sara");
            HtmlPage page = portal.open("/projects/" + name);
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.querySelector(".maturity-log").asNormalizedText()).contains("SANDBOX", "by its onboarding");
            assertThat(page.querySelector(".maintainers").asNormalizedText()).isEqualTo("Sara Sun (sara), Tom Tang (tom)");

            HtmlPage form = portal.open("/projects/" + name + "/archivings/new");
            HtmlPage refused = portal.submit(PortalForms.form(form, "/project-archivings"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "reason")).contains("Reason: is required");
            fill(refused, "reason", "Proposed from the project's page");
            HtmlPage proposed = portal.submit(PortalForms.form(refused, "/project-archivings"));
            assertThat(proposed.getUrl().getPath()).startsWith("/project-archivings/");
            assertThat(proposed.asNormalizedText()).contains(name + " archiving", "COMMENT_PERIOD",
                    "Proposed from the project's page");
            String id = proposed.getUrl().getPath().substring("/project-archivings/".length());
            assertThat(api.as("sara").post("/api/project-archivings/" + id + "/withdrawal", Map.of()).status())
                    .isEqualTo(200);
        }
        try (Portal portal = new Portal(port)) {
            portal.signIn("paul");
            HtmlPage page = portal.open("/projects/" + name);
            assertThat(page.getAnchors().stream().map(a -> a.getHrefAttribute()).toList())
                    .doesNotContain("/projects/" + name + "/archivings/new");
            assertThat(portal.open("/projects/" + name + "/archivings/new").getWebResponse().getStatusCode())
                    .as("refused before anything is typed").isEqualTo(403);
        }
    }

    private JsonNode projectAs(String user, String name) {
        Api.Answer answer = api.as(user).get("/api/projects/" + name);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    }
}
