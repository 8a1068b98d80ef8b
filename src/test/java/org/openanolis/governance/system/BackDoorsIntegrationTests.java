package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Webapps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The attacker's suite (issue 15): every engine call a person could use to get around the rules, made through
 * Tasklist's own session as a voter holding an open ballot, as the proposer, as an outsider and as community
 * operations, each in the spellings that slipped past the old list of refused paths (a trailing slash, upper case,
 * an encoded letter, a double slash, a dot segment, a path parameter). Every one is refused, and afterwards the
 * vote, the cases, every open task and every process variable are exactly as they were.
 */
@GovernanceTest
class BackDoorsIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final String ENGINE = "/camunda/api/engine/engine/default";
    private static final String OUTSIDER = "mallory";
    private static final String OUTSIDER_PASSWORD = "mallory-has-a-long-password";

    /** Ways to write one path that a list of refused paths would not have matched. */
    private static final List<UnaryOperator<String>> SPELLINGS = List.of(
            path -> path,
            path -> path + "/",
            path -> path.replace("/engine/default/", "/engine/default//"),
            path -> path.replace("/engine/default/", "/engine/default/./"),
            path -> path.replace(ENGINE + "/", ENGINE.toUpperCase() + "/").replace("/task/", "/TASK/"),
            path -> path.substring(0, path.length() - 1) + "%" + Integer.toHexString(path.charAt(path.length() - 1)),
            path -> path + ";x=1");

    @LocalServerPort
    private int port;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private IdentityService identity;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EngineDriver engine;

    @Test
    void noEngineCallOfAVoterAProposerAnOutsiderOrOperationsGetsAroundTheRules() {
        createOutsider();
        String inVote = acceptedForVote(uniqueName("backdoor-vote"));
        String inTriage = submit(uniqueName("backdoor-triage"));
        String ballot = taskId("bob", inVote, "COMMITTEE_BALLOT");
        String triage = taskId("olivia", inTriage, "SIG_TRIAGE");
        Task ballotTask = tasks.createTaskQuery().taskId(ballot).singleResult();
        String before = state(inVote, inTriage);

        List<String> opened = new ArrayList<>();
        for (String[] person : new String[][] {{"bob", Api.PASSWORD}, {"paul", Api.PASSWORD},
                {OUTSIDER, OUTSIDER_PASSWORD}, {"olivia", Api.PASSWORD}}) {
            Webapps tasklist = new Webapps(port);
            assertThat(tasklist.signIn("tasklist", person[0], person[1])).isEqualTo(200);
            // Camunda renews the XSRF token at sign-in and hands the new one out with the next answer, as Tasklist's first.
            assertThat(tasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
            if (person[0].equals("bob")) {
                assertThat(tasklist.get(ENGINE + "/task/" + ballot).statusCode())
                        .as("the webapps serve this test's engine: bob sees the ballot he is to attack with").isEqualTo(200);
            }
            for (Attack attack : attacks(person[0], inVote, ballot, triage, ballotTask)) {
                for (UnaryOperator<String> spelling : SPELLINGS) {
                    String path = spelling.apply(attack.path());
                    HttpResponse<String> answer = tasklist.send(attack.method(), path, attack.body());
                    if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
                        opened.add(person[0] + " " + attack.method() + " " + path + " -> " + answer.statusCode() + " "
                                + answer.body());
                    }
                }
            }
        }
        Webapps anonymous = new Webapps(port);
        anonymous.get("/camunda/app/welcome/default/");
        HttpResponse<String> firstAdmin = anonymous.send("POST", "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"evil\",\"firstName\":\"E\",\"lastName\":\"Vil\",\"email\":\"evil@example.org\"},"
                        + "\"credentials\":{\"password\":\"evil-password-long\"}}");

        assertThat(opened).as("calls that were not refused").isEmpty();
        assertThat(firstAdmin.statusCode()).as("create-first-admin, signed out").isEqualTo(403);
        assertThat(identity.createUserQuery().userId("evil").count()).isZero();
        assertThat(state(inVote, inTriage)).as("the vote, the cases, the tasks and the variables").isEqualTo(before);
        assertThat(ballot("bob", inVote, "APPROVE", null).status()).as("bob's ballot still works").isEqualTo(201);
    }

    @Test
    void bodiesOverTheLimitAreRefusedHoweverThePathIsSpelledAndOnTheWebappsApiToo() throws Exception {
        createOutsider();
        Map<String, Object> proposal = proposal(uniqueName("backdoor-huge"));
        proposal.put("mission", "m".repeat(300 * 1024));
        String body = new ObjectMapper().writeValueAsString(proposal);
        int before = jdbc.sql("select count(*) from sig_proposal").query(Integer.class).single();

        HttpResponse<String> encoded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/%61pi/sig-proposals"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("paul:demo".getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Webapps tasklist = new Webapps(port);
        assertThat(tasklist.signIn("tasklist", OUTSIDER, OUTSIDER_PASSWORD)).isEqualTo(200);
        tasklist.get("/camunda/api/admin/auth/user/default");
        HttpResponse<String> webapps = tasklist.send("POST", ENGINE + "/task/anything/submit-form", body);

        assertThat(encoded.statusCode()).as(encoded.body()).isEqualTo(413);
        assertThat(webapps.statusCode()).as(webapps.body()).isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from sig_proposal").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aRemindersTimelineEntryTellsNobodyHowManyHaveNotVoted() {
        String inVote = acceptedForVote(uniqueName("backdoor-reminder"));
        engine.passTime(inVote, Duration.ofDays(4));

        assertThat(proposalAs("paul", inVote).json().path("timeline"))
                .filteredOn(e -> "VOTE_REMINDER".equals(e.path("event").asText()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.path("comment").asText()).doesNotContainPattern("\\d"));
    }

    private List<Attack> attacks(String person, String caseId, String ballot, String triage, Task ballotTask) {
        String forged = "{\"value\":\"forged\",\"type\":\"String\"}";
        String task = ENGINE + "/task/" + ballot;
        return List.of(
                new Attack("POST", task + "/bpmnEscalation", "{\"escalationCode\":\"VoteDecided\",\"variables\":"
                        + "{\"threshold\":{\"value\":\"SIMPLE\",\"type\":\"String\"},\"voteId\":" + forged + "}}"),
                new Attack("POST", task + "/bpmnEscalation", "{\"escalationCode\":\"NoQuorum\"}"),
                new Attack("POST", task + "/bpmnError", "{\"errorCode\":\"anything\",\"errorMessage\":\"gone\"}"),
                new Attack("POST", task + "/complete", "{\"variables\":{\"ballotOutcome\":{\"value\":\"APPROVE\"}}}"),
                new Attack("POST", task + "/resolve", "{\"variables\":{}}"),
                new Attack("POST", task + "/submit-form", "{\"variables\":{\"ballotOutcome\":{\"value\":\"APPROVE\"}}}"),
                new Attack("POST", task + "/claim", "{\"userId\":\"paul\"}"),
                new Attack("POST", ENGINE + "/task/" + triage + "/claim", "{\"userId\":\"paul\"}"),
                new Attack("POST", task + "/assignee", "{\"userId\":\"paul\"}"),
                new Attack("POST", task + "/delegate", "{\"userId\":\"paul\"}"),
                new Attack("PUT", task, "{\"name\":\"Renamed\",\"assignee\":\"paul\"}"),
                new Attack("DELETE", task, null),
                new Attack("POST", task + "/identity-links", "{\"userId\":\"paul\",\"type\":\"candidate\"}"),
                new Attack("PUT", task + "/variables/threshold", forged),
                new Attack("POST", task + "/variables", "{\"modifications\":{\"voteId\":" + forged + "}}"),
                new Attack("PUT", task + "/localVariables/outcome", forged),
                new Attack("POST", task + "/comment/create", "{\"message\":\"hello\"}"),
                new Attack("POST", ENGINE + "/process-instance/" + ballotTask.getProcessInstanceId() + "/variables",
                        "{\"modifications\":{\"voteId\":" + forged + "}}"),
                new Attack("PUT", ENGINE + "/execution/" + ballotTask.getExecutionId() + "/localVariables/voteId", forged),
                new Attack("POST", ENGINE + "/message", "{\"messageName\":\"anything\",\"businessKey\":\"" + caseId + "\"}"),
                new Attack("POST", ENGINE + "/signal", "{\"name\":\"anything\"}"),
                new Attack("POST", ENGINE + "/process-definition/key/sigCreation/start", "{}"),
                new Attack("PUT", ENGINE + "/user/" + person + "/profile", "{\"id\":\"" + person
                        + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"elsewhere@example.org\"}"),
                new Attack("POST", ENGINE + "/identity/verify", "{\"username\":\"alice\",\"password\":\"demo\"}"),
                new Attack("POST", ENGINE + "/user/create", "{\"profile\":{\"id\":\"evil\"},"
                        + "\"credentials\":{\"password\":\"evil-password-long\"}}"));
    }

    /** Everything an attack could have changed, as one comparable text. */
    private String state(String... caseIds) {
        StringBuilder state = new StringBuilder();
        for (String caseId : caseIds) {
            state.append(caseId).append(' ').append(status(caseId)).append('\n');
            state.append(proposalAs("alice", caseId).json().path("vote")).append('\n');
        }
        Set<String> open = tasks.createTaskQuery().list().stream()
                .map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee() + " " + t.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> variables = runtime.createVariableInstanceQuery().list().stream()
                .map(v -> v.getExecutionId() + " " + v.getTaskId() + " " + v.getName() + "=" + v.getValue())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> people = jdbc.sql("select ID_ || ' ' || coalesce(EMAIL_, '') from ACT_ID_USER order by ID_")
                .query(String.class).list();
        return state.append(open).append('\n').append(variables).append('\n').append(people).toString();
    }

    private void createOutsider() {
        if (identity.createUserQuery().userId(OUTSIDER).count() == 0) {
            User user = identity.newUser(OUTSIDER);
            user.setFirstName("Mallory");
            user.setLastName("Outsider");
            user.setEmail(OUTSIDER + "@example.org");
            user.setPassword(OUTSIDER_PASSWORD);
            identity.saveUser(user);
        }
    }

    private record Attack(String method, String path, String body) {
    }
}
