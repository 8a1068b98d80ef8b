package org.openanolis.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.election.Nominations;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.ElectionDriver;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.support.Webapps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Camunda's Tasklist is a second door to the same tasks: a person signed in there votes and triages with the
 * generated form, through Tasklist's own REST calls, and meets exactly the rules of the portal and the API.
 */
@GovernanceTest
class TasklistIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private HistoryService history;
    @Autowired
    private EngineDriver engine;
    @Autowired
    private People people;
    @Autowired
    private ElectionDriver elections;
    @Autowired
    private Nominations nominations;
    @Autowired
    private IdentityService identityService;

    @Test
    void committeeMemberVotesInTasklistAndTheBallotCountsLikeAPortalBallot() {
        String id = acceptedForVote(uniqueName("tasklist-vote"));
        Webapps bob = tasklistAs("bob");
        String ballotTask = taskOf(bob, id, "UserTask_CastBallot");

        JsonNode form = json(bob.get(ENGINE + "/task/" + ballotTask + "/form-variables"));
        assertThat(form.has("outcome")).as("%s", form).isTrue();
        assertThat(form.has("comment")).as("%s", form).isTrue();
        HttpResponse<String> voted = submit(bob, ballotTask, form("APPROVE", null));

        assertThat(voted.statusCode()).as(voted.body()).isEqualTo(204);
        JsonNode vote = proposalAs("alice", id).json().path("vote");
        assertThat(vote.path("approvals").asInt()).isEqualTo(1);
        assertThat(vote.path("ballots")).extracting(b -> b.path("member").asText()).containsExactly("bob");
        assertThat(choicesOn(id)).containsExactly("bob:APPROVE");
        assertThat(proposalAs("alice", id).json().path("timeline"))
                .filteredOn(e -> "BALLOT_CAST".equals(e.path("event").asText()))
                .extracting(e -> e.path("actor").asText()).containsExactly("bob");
        assertThat(findTask("bob", id, "COMMITTEE_BALLOT")).as("the ballot task is done").isEmpty();
        assertProblem(ballot("bob", id, "REJECT", "Second thoughts"), 409, "conflict");
    }

    /**
     * The ballot that decides a committee removal, cast in Tasklist: the removal runs inside that member's command and
     * changes the committee there.
     */
    @Test
    void lastBallotCastInTasklistCarriesOutTheCommitteesRemoval() {
        Api.Answer proposed = api.as("alice").post("/api/committee-removals",
                Map.of("member", "frank", "reason", "Decided in Tasklist"));
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        try {
            for (String member : List.of("bob", "carol", "dave")) {
                assertThat(ballotOn("committee-removals", member, id, "APPROVE", null).status()).isEqualTo(201);
            }
            engine.passTime(id, Duration.ofHours(72));
            Webapps erin = tasklistAs("erin");

            HttpResponse<String> voted = submit(erin, taskOf(erin, id, "UserTask_CastBallot"), form("APPROVE", null));

            assertThat(voted.statusCode()).as(voted.body()).isEqualTo(204);
            assertThat(api.as("alice").get("/api/committee-removals/" + id).field("status")).isEqualTo("APPROVED");
            assertThat(people.isMember("frank", Groups.STEERING_COMMITTEE)).isFalse();
        } finally {
            people.join("frank", Groups.STEERING_COMMITTEE);
        }
    }

    @Test
    void ballotsFromTasklistStayOnTheirOwnTask() {
        String id = acceptedForVote(uniqueName("tasklist-local"));
        for (String member : List.of("carol", "dave")) {
            Webapps tasklist = tasklistAs(member);
            String vote = member.equals("carol") ? "REJECT" : "ABSTAIN";
            assertThat(submit(tasklist, taskOf(tasklist, id, "UserTask_CastBallot"), form(vote, "Because " + member))
                    .statusCode()).isEqualTo(204);
        }

        String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list().stream()
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        List<HistoricVariableInstance> outcomes = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances).variableName("outcome").list();
        assertThat(outcomes).allSatisfy(v -> assertThat(v.getTaskId()).as("task-local").isNotNull());
        assertThat(outcomes).filteredOn(v -> v.getValue() != null).extracting(v -> (String) v.getValue())
                .containsExactlyInAnyOrder("REJECT", "ABSTAIN");
        assertThat(choicesOn(id)).containsExactlyInAnyOrder("carol:REJECT", "dave:ABSTAIN");
    }

    @Test
    void rejectWithoutReasonIsRefusedWithAMessageAndTheTaskStaysOpen() {
        String id = acceptedForVote(uniqueName("tasklist-noreason"));
        Webapps carol = tasklistAs("carol");
        String ballotTask = taskOf(carol, id, "UserTask_CastBallot");

        HttpResponse<String> refused = submit(carol, ballotTask, form("REJECT", "  "));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).path("message").asText()).contains("comment is required for REJECT");
        assertThat(carol.taskKeysOn(id)).containsExactly("UserTask_CastBallot@carol");
        assertThat(choicesOn(id)).isEmpty();

        assertThat(submit(carol, ballotTask, form("REJECT", "Overlaps sig-ai")).statusCode()).isEqualTo(204);
        assertThat(proposalAs("alice", id).json().path("vote").path("rejections").asInt()).isEqualTo(1);
    }

    @Test
    void submittedResultVariablesDoNotBypassTheRules() {
        String id = acceptedForVote(uniqueName("tasklist-bypass"));
        Webapps dave = tasklistAs("dave");
        String ballotTask = taskOf(dave, id, "UserTask_CastBallot");

        Map<String, Object> smuggled = form("REJECT", null);
        smuggled.put("ballotOutcome", Map.of("value", "APPROVE"));
        HttpResponse<String> refused = submit(dave, ballotTask, smuggled);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).path("message").asText()).contains("ballotOutcome");
        assertThat(submit(dave, ballotTask, Map.of("ballotOutcome", Map.of("value", "APPROVE"))).statusCode())
                .isEqualTo(400);
        assertThat(dave.taskKeysOn(id)).containsExactly("UserTask_CastBallot@dave");
        assertThat(choicesOn(id)).isEmpty();
    }

    @Test
    void thePlainCompletionThatTakesAnyVariableIsClosedToTasklistUsers() {
        String id = submit(uniqueName("tasklist-complete"));
        Webapps olivia = tasklistAs("olivia");
        String triageTask = taskOf(olivia, id, "UserTask_TriageProposal");

        // Tasklist completes our tasks through their forms (submit-form); the bare complete call would let a
        // task's holder set any process variable (another case's id, say) along with a valid outcome.
        Map<String, Object> smuggled = form("REQUEST_CHANGES", "Please narrow the scope");
        smuggled.put("caseId", Map.of("value", "someone-elses-case"));
        HttpResponse<String> refused = olivia.post(ENGINE + "/task/" + triageTask + "/complete",
                body(Map.of("variables", smuggled)));
        HttpResponse<String> resolved = olivia.post(ENGINE + "/task/" + triageTask + "/resolve",
                body(Map.of("variables", smuggled)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(resolved.statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("TRIAGE");
        assertThat(taskOf(olivia, id, "UserTask_TriageProposal")).isEqualTo(triageTask);
    }

    @Test
    void electionOfficersDecideAnExceptionAndCertifyTheCountInTasklistAsInThePortal() {
        String nominating = elections.nominating(uniqueName("Tasklist election"), 1);
        String outsider = DemoPasswords.person(identityService, uniqueName("outsider"));
        nominations.requestException(nominating, "I run the kernel SIG's CI", outsider);
        Webapps olivia = tasklistAs("olivia");
        String exception = taskOf(olivia, nominating, "UserTask_DecideVoterException");
        HttpResponse<String> refusedWithoutReason = submit(olivia, exception, form("REFUSE", "  "));
        assertThat(refusedWithoutReason.statusCode()).as(refusedWithoutReason.body()).isEqualTo(400);
        assertThat(submit(olivia, exception, form("GRANT", null)).statusCode()).isEqualTo(204);
        assertThat(api.as(outsider).get("/api/elections/" + nominating).json().path("you").path("onRoll").asBoolean())
                .isTrue();

        String counted = elections.counted(uniqueName("Tasklist count"));
        String certification = taskOf(olivia, counted, "UserTask_CertifyElection");
        assertThat(submit(olivia, certification, form("ANNUL", "  ")).statusCode()).as("annulling says why")
                .isEqualTo(400);
        HttpResponse<String> certified = submit(olivia, certification, form("CERTIFY", null));
        assertThat(certified.statusCode()).as(certified.body()).isEqualTo(204);
        JsonNode result = api.anonymous().get("/api/public/elections/" + counted + "/result").json();
        assertThat(result.path("certifiedBy").asText()).isEqualTo("olivia");
        assertThat(result.path("winners").toString()).isEqualTo("[\"paul\"]");
    }

    @Test
    void triageFromTasklistMovesTheCaseLikeThePortal() {
        String id = submit(uniqueName("tasklist-triage"));
        Webapps olivia = tasklistAs("olivia");
        String triageTask = taskOf(olivia, id, "UserTask_TriageProposal");

        HttpResponse<String> claimed = olivia.post(ENGINE + "/task/" + triageTask + "/claim",
                body(Map.of("userId", "olivia")));
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(json(olivia.get(ENGINE + "/task/count")).path("count").asInt()).isPositive();
        // Tasklist's unclaim sets the assignee to nobody, which needs TASK_ASSIGN: nobody but an administrator has it.
        assertThat(olivia.post(ENGINE + "/task/" + triageTask + "/unclaim", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = submit(olivia, triageTask, form("ACCEPT", "Looks complete"));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        JsonNode proposal = proposalAs("paul", id).json();
        assertThat(proposal.path("status").asText()).isEqualTo("VOTING");
        assertThat(proposal.path("timeline")).filteredOn(e -> "ACCEPTED_FOR_VOTE".equals(e.path("event").asText()))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("actor").asText()).isEqualTo("olivia");
                    assertThat(e.path("comment").asText()).isEqualTo("Looks complete");
                });
        assertThat(taskId("bob", id, "COMMITTEE_BALLOT")).isNotBlank();
    }

    @Test
    void chairsDecisionInTasklistIsRecordedInTheTimeline() {
        String id = acceptedForVote(uniqueName("tasklist-chair"));
        engine.passTime(id, Duration.ofDays(7));
        engine.passTime(id, Duration.ofDays(7));
        assertThat(status(id)).isEqualTo("NO_QUORUM");
        Webapps alice = tasklistAs("alice");
        String decision = taskOf(alice, id, "UserTask_DecideAfterNoQuorum");

        assertThat(alice.post(ENGINE + "/task/" + decision + "/claim", body(Map.of("userId", "alice"))).statusCode())
                .isEqualTo(204);
        HttpResponse<String> closed = submit(alice, decision, form("CLOSE", "Nobody has time for it this quarter"));

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
        assertThat(proposalAs("alice", id).json().path("timeline"))
                .filteredOn(e -> "CHAIR_DECIDED".equals(e.path("event").asText())).singleElement().satisfies(e -> {
                    assertThat(e.path("actor").asText()).isEqualTo("alice");
                    assertThat(e.path("comment").asText())
                            .isEqualTo("Decision after no quorum: Close the case (Nobody has time for it this quarter)");
                });
        assertThat(status(id)).isEqualTo("EXPIRED");
    }

    @Test
    void partnerVerificationAcceptWithAFailingReportIsRefused() {
        String company = "Tasklist Failing Systems " + uniqueName("p");
        Api.Answer applied = api.as("quinn").post("/api/partner-applications", partnerApplication(company, 1));
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        String id = applied.field("id");
        assertThat(complete("olivia", taskId("olivia", id, "PARTNER_ELIGIBILITY"), "ACCEPT", null).status()).isEqualTo(204);
        Webapps olivia = tasklistAs("olivia");
        String verification = taskOf(olivia, id, "UserTask_VerifyPartnerCompatibility");

        HttpResponse<String> refused = submit(olivia, verification, form("ACCEPT", null));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).path("message").asText()).contains("Technical verification can accept only passing");
        assertThat(olivia.taskKeysOn(id)).containsExactly("UserTask_VerifyPartnerCompatibility");
        assertThat(submit(olivia, verification, form("REQUEST_CHANGES", "Fix the failing test")).statusCode())
                .isEqualTo(204);
        assertThat(api.as("quinn").get("/api/partner-applications/" + id).field("status")).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void nobodyElseSeesOrSubmitsAPersonsTask() {
        String id = acceptedForVote(uniqueName("tasklist-others"));
        String bobsBallot = taskOf(tasklistAs("bob"), id, "UserTask_CastBallot");

        Webapps paul = tasklistAs("paul");
        assertThat(paul.taskKeysOn(id)).isEmpty();
        assertThat(submit(paul, bobsBallot, form("APPROVE", null)).statusCode()).isIn(403, 404);
        Webapps grace = tasklistAs("grace");
        assertThat(grace.taskKeysOn(id)).containsExactly("UserTask_CastBallot@grace");
        assertThat(submit(grace, bobsBallot, form("APPROVE", null)).statusCode()).isIn(403, 404);
        Webapps admin = tasklistAs("admin");
        assertThat(submit(admin, bobsBallot, form("APPROVE", null)).statusCode())
                .as("an administrator votes in nobody's place").isIn(400, 403);

        assertThat(choicesOn(id)).isEmpty();
        assertThat(tasklistAs("bob").taskKeysOn(id)).containsExactly("UserTask_CastBallot@bob");
    }

    // ---- Tasklist as a browser drives it ----

    private Webapps tasklistAs(String user) {
        Webapps tasklist = new Webapps(port);
        assertThat(tasklist.signIn("tasklist", user, Api.PASSWORD)).isEqualTo(200);
        return tasklist;
    }

    /** The id of the one task of this BPMN id on the case that the signed-in person sees in Tasklist. */
    private static String taskOf(Webapps tasklist, String caseId, String taskDefinitionKey) {
        JsonNode tasks = json(tasklist.get(ENGINE + "/task?processInstanceBusinessKey="
                + URLEncoder.encode(caseId, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskDefinitionKey));
        assertThat(tasks).as("%s", tasks).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    private static HttpResponse<String> submit(Webapps tasklist, String taskId, Map<String, Object> variables) {
        return tasklist.post(ENGINE + "/task/" + taskId + "/submit-form", body(Map.of("variables", variables)));
    }

    /** The generated form's two fields, as Tasklist sends them. */
    private static Map<String, Object> form(String outcome, String comment) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("outcome", typed(outcome));
        variables.put("comment", typed(comment));
        return variables;
    }

    private static Map<String, Object> typed(String value) {
        Map<String, Object> typed = new HashMap<>();
        typed.put("value", value);
        typed.put("type", value == null ? "Null" : "String");
        return typed;
    }

    /** The ballots of the case's votes in the domain table, as member:choice. */
    private List<String> choicesOn(String caseId) {
        return jdbc.sql("select b.member, b.choice from ballot b join vote v on v.id = b.vote_id where v.case_id = :c")
                .param("c", caseId).query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list();
    }

    private static Map<String, Object> partnerApplication(String company, int failedTests) {
        return PartnerApplicationBodies.withFailedTests(company, failedTests);
    }

    private static String body(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + answer.statusCode() + "): " + answer.body(), e);
        }
    }
}
