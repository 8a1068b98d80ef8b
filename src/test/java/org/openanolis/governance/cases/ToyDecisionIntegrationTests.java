package org.openanolis.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.form;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.GovernanceApplication;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.toy.ToyDecisionPlugin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A decision type added through the plug-in alone (org.openanolis.toy: a BPMN file, a form record with its
 * validator, a CaseKind and its API binding) runs from proposal to decision over HTTP: proposed, open for public
 * comment, voted on by the committee through the shared ballots when the period ends, decided, listed; refused
 * when invalid; withdrawn by its proposer.
 */
@SpringBootTest(classes = {GovernanceApplication.class, ToyDecisionPlugin.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.deployment-resource-pattern=classpath*:bpmn/*.bpmn,classpath*:toy/*.bpmn")
@ActiveProfiles({"demo", "test"})
class ToyDecisionIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;
    @LocalServerPort
    private int port;

    @Test
    void motionGoesFromProposalThroughCommentsAndTheCommitteeVoteToItsDecision() {
        Api.Answer proposed = propose("paul", "Adopt the toy", "Resolved: the community adopts the toy.");

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        assertThat(proposed.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/api/toy-decisions/" + id);
        assertThat(proposed.field("status")).isEqualTo("COMMENT_PERIOD");
        assertThat(proposed.json().path("history").path("vote").isMissingNode()
                || proposed.json().path("history").path("vote").isNull()).as("no vote yet").isTrue();
        assertThat(comment("rita", id, "Fine by me").status()).isEqualTo(201);
        assertProblem(ballot("alice", id, "APPROVE", null), 409, "conflict");

        engine.passTime(id, Duration.ofDays(14));

        JsonNode voting = api.as("paul").get("/api/toy-decisions/" + id).json();
        assertThat(voting.path("status").asText()).isEqualTo("VOTING");
        assertThat(voting.path("history").path("vote").path("electorate").asInt()).isEqualTo(7);

        for (String member : List.of("alice", "bob", "carol", "dave", "erin")) {
            Api.Answer cast = ballot(member, id, "APPROVE", null);
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
            assertThat(cast.headers().getFirst(HttpHeaders.LOCATION))
                    .endsWith("/api/toy-decisions/" + id + "/ballots/" + member);
        }
        engine.passTime(id, Duration.ofHours(72));

        JsonNode decided = api.as("paul").get("/api/toy-decisions/" + id).json();
        assertThat(decided.path("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("history").path("vote").path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("history").path("timeline").findValuesAsText("event")).contains("SUBMITTED");
        assertThat(engine.instances(id)).as("the toy's process has ended").isEmpty();
        assertThat(api.as("rita").getAll("/api/toy-decisions?status=APPROVED"))
                .extracting(t -> t.path("id").asText()).contains(id);
        assertThat(ballot("frank", id, "APPROVE", null).status()).as("the vote is closed").isEqualTo(409);
    }

    @Test
    void motionTheCommitteeRejectsIsRejected() {
        String id = propose("paul", "Paint it red", "Resolved: everything is red.").field("id");
        engine.passTime(id, Duration.ofDays(14));

        for (String member : List.of("alice", "bob", "carol", "dave", "erin")) {
            assertThat(ballot(member, id, "REJECT", "Not red").status()).isEqualTo(201);
        }
        engine.passTime(id, Duration.ofHours(72));

        assertThat(api.as("paul").get("/api/toy-decisions/" + id).field("status")).isEqualTo("REJECTED");
    }

    // ---- the comment period ----

    @Test
    void anyoneSignedInCommentsDuringThePeriodAndTheTextIsKeptVerbatim() {
        String id = propose("paul", "Comment on me", "Resolved: comments.").field("id");
        String text = "<script>alert('x')</script> ${7*7} [[${x}]] \uD83D\uDED1";

        Api.Answer added = comment("rita", id, text);

        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(added.field("author")).isEqualTo("rita");
        assertThat(added.field("text")).isEqualTo(text);
        assertThat(comment("alice", id, "A member may comment too").status()).isEqualTo(201);
        List<JsonNode> all = api.as("olivia").get("/api/toy-decisions/" + id + "/comments").list();
        assertThat(all).extracting(c -> c.path("text").asText()).containsExactly(text, "A member may comment too");
        assertThat(api.anonymous().get("/api/toy-decisions/" + id + "/comments").status()).isEqualTo(401);
    }

    @Test
    void invalidCommentsAreRefusedAndNothingIsStored() {
        String id = propose("paul", "Refuse comments", "Resolved: refuse.").field("id");

        assertProblem(comment("rita", id, " "), 400, "invalid-input");
        Api.Answer tooLong = comment("rita", id, "x".repeat(4001));
        assertProblem(tooLong, 400, "invalid-input");
        assertThat(tooLong.errorFields()).containsExactly("text");
        assertThat(comment("rita", id, "\uD83D\uDED1".repeat(4000)).status()).as("4,000 characters").isEqualTo(201);
        assertProblem(comment("rita", "no-such-motion", "Hello"), 404, "not-found");
        assertProblem(api.as("rita").post("/api/no-such-cases/" + id + "/comments", Map.of("text", "Hello")), 404,
                "not-found");
        assertThat(api.as("rita").get("/api/toy-decisions/" + id + "/comments").list()).hasSize(1);
    }

    @Test
    void commentsCloseWhenTheVoteOpensAndStayReadable() {
        String id = propose("paul", "Close comments", "Resolved: close.").field("id");
        comment("rita", id, "Before the vote");

        engine.passTime(id, Duration.ofDays(13));
        assertThat(comment("rita", id, "Still in time").status()).isEqualTo(201);
        engine.passTime(id, Duration.ofDays(1));

        assertThat(api.as("paul").get("/api/toy-decisions/" + id).field("status")).isEqualTo("VOTING");
        assertProblem(comment("rita", id, "Too late"), 409, "conflict");
        assertThat(api.as("rita").get("/api/toy-decisions/" + id + "/comments").list())
                .extracting(c -> c.path("text").asText()).containsExactly("Before the vote", "Still in time");
    }

    @Test
    void theCasePageShowsTheCommentsAsTypedAndTakesNewOnesWhileThePeriodRuns() {
        String id = propose("paul", "Comment on the page", "Resolved: a page.").field("id");
        comment("rita", id, "<b>bold?</b> ${7*7}");
        try (Portal portal = new Portal(port)) {
            portal.signIn("olivia");
            HtmlPage page = portal.open("/toy-decisions/" + id);
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.querySelector(".comment-text").asNormalizedText()).isEqualTo("<b>bold?</b> ${7*7}");

            fill(page, "text", " ");
            HtmlPage refused = portal.submit(form(page, "/toy-decisions/" + id + "/comments"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "text")).contains("Comment:");

            fill(refused, "text", "From the page");
            HtmlPage added = portal.submit(form(refused, "/toy-decisions/" + id + "/comments"));
            assertThat(added.getUrl().getPath()).isEqualTo("/toy-decisions/" + id);
            assertThat(added.querySelectorAll(".comment-text")).extracting(DomNode::asNormalizedText)
                    .containsExactly("<b>bold?</b> ${7*7}", "From the page");

            engine.passTime(id, Duration.ofDays(14));
            HtmlPage voting = portal.open("/toy-decisions/" + id);
            assertThat(voting.querySelectorAll("#comments form")).as("no form after the period").isEmpty();
            assertThat(voting.querySelectorAll(".comment-text")).hasSize(2);
        }
    }

    @Test
    void invalidMotionIsRefusedWithEveryFieldAndNothingIsStored() {
        int before = api.as("rita").getAll("/api/toy-decisions").size();

        Api.Answer refused = propose("paul", " ", null);

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("title", "motion");
        assertThat(api.as("rita").getAll("/api/toy-decisions")).hasSize(before);
    }

    @Test
    void proposerWithdrawsTheMotionAndItsVoteIsCancelled() {
        String id = propose("paul", "Withdraw me", "Resolved: nothing.").field("id");
        engine.passTime(id, Duration.ofDays(14));

        assertProblem(api.as("rita").post("/api/toy-decisions/" + id + "/withdrawal", Map.of()), 403, "forbidden");
        Api.Answer withdrawn = api.as("paul").post("/api/toy-decisions/" + id + "/withdrawal",
                Map.of("reason", "Changed my mind"));

        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("history").path("vote").path("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(engine.instances(id)).isEmpty();
        assertProblem(ballot("alice", id, "APPROVE", null), 409, "conflict");
        assertProblem(api.as("paul").post("/api/toy-decisions/" + id + "/withdrawal", Map.of()), 409, "conflict");
    }

    @Test
    void motionWithdrawnDuringItsCommentPeriodNeverComesToAVote() {
        String id = propose("paul", "Withdraw early", "Resolved: early.").field("id");

        Api.Answer withdrawn = api.as("paul").post("/api/toy-decisions/" + id + "/withdrawal", Map.of());

        assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
        assertThat(engine.instances(id)).isEmpty();
        assertProblem(comment("rita", id, "Too late"), 409, "conflict");
    }

    @Test
    void unknownMotionIsNotFound() {
        assertProblem(api.as("paul").get("/api/toy-decisions/no-such-motion"), 404, "not-found");
        assertProblem(ballot("alice", "no-such-motion", "APPROVE", null), 404, "not-found");
    }

    private Api.Answer propose(String proposer, String title, String motion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("motion", motion);
        return api.as(proposer).post("/api/toy-decisions", body);
    }

    private Api.Answer comment(String author, String caseId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        return api.as(author).post("/api/toy-decisions/" + caseId + "/comments", body);
    }

    @Override
    protected Api.Answer ballot(String member, String caseId, String vote, String reason) {
        return ballotOn("toy-decisions", member, caseId, vote, reason);
    }
}
