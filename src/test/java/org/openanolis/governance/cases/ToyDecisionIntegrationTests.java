package org.openanolis.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.GovernanceApplication;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.toy.ToyDecisionPlugin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A decision type added through the plug-in alone (org.openanolis.toy: a BPMN file, a form record with its
 * validator, a CaseKind and its API binding) runs from proposal to decision over HTTP: proposed, voted on by the
 * committee through the shared ballots, decided, listed; refused when invalid; withdrawn by its proposer.
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

    @Test
    void motionGoesFromProposalThroughTheCommitteeVoteToItsDecision() {
        Api.Answer proposed = propose("paul", "Adopt the toy", "Resolved: the community adopts the toy.");

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        assertThat(proposed.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/api/toy-decisions/" + id);
        assertThat(proposed.field("status")).isEqualTo("VOTING");
        assertThat(proposed.json().path("history").path("vote").path("electorate").asInt()).isEqualTo(7);

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

        for (String member : List.of("alice", "bob", "carol", "dave", "erin")) {
            assertThat(ballot(member, id, "REJECT", "Not red").status()).isEqualTo(201);
        }
        engine.passTime(id, Duration.ofHours(72));

        assertThat(api.as("paul").get("/api/toy-decisions/" + id).field("status")).isEqualTo("REJECTED");
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

    @Override
    protected Api.Answer ballot(String member, String caseId, String vote, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vote", vote);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.as(member).post("/api/toy-decisions/" + caseId + "/ballots", body);
    }
}
