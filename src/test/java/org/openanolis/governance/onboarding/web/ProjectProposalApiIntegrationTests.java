package org.openanolis.governance.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.task.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** The project proposal API over HTTP, as API.md fixes it, with mail going to a real SMTP server. */
@GovernanceTest
class ProjectProposalApiIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;

    private Map<String, Object> body(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("summary", "A container runtime for confidential workloads");
        body.put("description", description());
        body.put("repositoryUrl", "https://git.example.org/" + name);
        body.put("website", "https://" + name + ".example.org");
        body.put("license", "Apache-2.0");
        body.put("sponsorSig", sponsor());
        body.put("maintainers", List.of("sara", "tom"));
        body.put("securityContact", "security@example.org");
        body.put("codeOfConductUrl", "https://example.org/code-of-conduct");
        body.put("originOrganization", "Community Foundation");
        return body;
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange("/api" + path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return http.withBasicAuth(user, "demo").exchange("/api" + path, HttpMethod.GET, null, JSON);
    }

    private ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
        return http.withBasicAuth(user, "demo").exchange("/api" + path, HttpMethod.GET, null, JSON_LIST);
    }

    private String submit(String name) {
        ResponseEntity<Map<String, Object>> created = post("paul", "/project-proposals", body(name));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    private void completeOverHttp(String user, String caseId, TaskKind kind, String outcome) {
        String taskId = task(user, caseId, kind).id();
        ResponseEntity<Map<String, Object>> done = post(user, "/tasks/" + taskId + "/completion", Map.of("outcome", outcome));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void submissionAnswers201WithLocationAndTheProposal() {
        String name = uniqueName("api-created");
        ResponseEntity<Map<String, Object>> created = post("paul", "/project-proposals", body(name));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/project-proposals/" + id);
        assertThat(created.getBody()).containsEntry("name", name).containsEntry("proposer", "paul")
                .containsEntry("status", "SIG_ENDORSEMENT").containsEntry("sponsorSig", sponsor())
                .containsKeys("submittedAt", "updatedAt", "timeline").doesNotContainKey("vote");
        assertThat(list("bob", "/project-proposals?status=SIG_ENDORSEMENT").getBody())
                .anySatisfy(p -> assertThat(p).containsEntry("id", id));
        assertThat(list("bob", "/project-proposals?status=ACCEPTED").getBody())
                .noneSatisfy(p -> assertThat(p).containsEntry("id", id));
        Mailbox.awaitCount(greenMail, name, "Project proposal received", 1);
    }

    @Test
    void invalidProposalAnswers400ListingEveryField() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", "-bad");
        bad.put("maintainers", List.of("quinn"));

        ResponseEntity<Map<String, Object>> refused = post("paul", "/project-proposals", bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains("name", "summary", "description", "repositoryUrl",
                "website", "license", "sponsorSig", "maintainers", "securityContact", "codeOfConductUrl",
                "originOrganization");
    }

    @Test
    void anOverLongListOfMaintainersIsRefusedWholeWithoutLookingUpItsEntries() {
        Map<String, Object> body = body(uniqueName("crowd"));
        body.put("maintainers", java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "nobody-" + i).toList());

        ResponseEntity<Map<String, Object>> refused = post("paul", "/project-proposals", body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("maintainers");
    }

    @Test
    void takenNameAnswers409() {
        String name = uniqueName("api-taken");
        submit(name);

        ResponseEntity<Map<String, Object>> clash = post("rita", "/project-proposals", body(name));

        assertThat(clash.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void whoMayActIsCheckedBeforeTheState() {
        String id = submit(uniqueName("api-who"));

        assertThat(http.getForEntity("/api/project-proposals/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("bob", "/project-proposals/no-such-id").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("bob", "/projects/no-such-project").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("quinn", "/project-proposals/" + id + "/withdrawal", Map.of()).getStatusCode())
                .as("only the proposer withdraws").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("paul", "/project-proposals/" + id + "/ballots", Map.of("vote", "APPROVE")).getStatusCode())
                .as("only committee members vote").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("bob", "/project-proposals/" + id + "/ballots", Map.of("vote", "APPROVE")).getStatusCode())
                .as("no vote has opened yet").isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map<String, Object>> withdrawn = post("paul", "/project-proposals/" + id + "/withdrawal",
                Map.of("reason", "Too early"));
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN");
        assertThat(post("paul", "/project-proposals/" + id + "/withdrawal", Map.of()).getStatusCode())
                .as("a withdrawn proposal cannot be withdrawn again").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void projectGoesFromProposalToSandboxInTheDirectory() {
        String name = uniqueName("api-sandbox");
        String id = submit(name);

        completeOverHttp("quinn", id, TaskKind.SIG_ENDORSEMENT, "ENDORSE");
        completeOverHttp("olivia", id, TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT");
        completeOverHttp("olivia", id, TaskKind.LEGAL_DUE_DILIGENCE, "ACCEPT");
        assertThat(get("paul", "/project-proposals/" + id).getBody()).containsEntry("status", "VOTING").containsKey("vote");
        for (String member : List.of("bob", "carol", "dave", "erin", "grace")) {
            ResponseEntity<Map<String, Object>> ballot = post(member, "/project-proposals/" + id + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(ballot.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            // The Location leads to the ballot itself, on this case's own path (it used to lead nowhere).
            String location = ballot.getHeaders().getLocation().toString();
            assertThat(location).isEqualTo("/api/project-proposals/" + id + "/ballots/" + member);
            assertThat(get(member, location.substring("/api".length())).getBody()).containsEntry("member", member)
                    .containsEntry("vote", "APPROVE");
        }
        assertThat(post("bob", "/project-proposals/" + id + "/ballots", Map.of("vote", "APPROVE")).getStatusCode())
                .as("a ballot is final").isEqualTo(HttpStatus.CONFLICT);
        engine.passTime(id, Duration.ofHours(72));

        Map<String, Object> approved = get("paul", "/project-proposals/" + id).getBody();
        assertThat(approved).containsEntry("status", "AGREEMENT_PENDING");
        @SuppressWarnings("unchecked")
        Map<String, Object> vote = (Map<String, Object>) approved.get("vote");
        assertThat(vote).containsEntry("outcome", "APPROVED").containsEntry("approvals", 5).containsEntry("electorate", 5)
                .containsEntry("recused", List.of("alice", "frank"));
        assertThat(approved.get("previousVotes")).asList().isEmpty();

        completeOverHttp("paul", id, TaskKind.AGREEMENT_CONFIRMATION, "SIGNED");
        for (int item = 0; item < 3; item++) {
            completeOverHttp("olivia", id, TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE");
        }

        assertThat(get("paul", "/project-proposals/" + id).getBody()).containsEntry("status", "ACCEPTED");
        assertThat(list("rita", "/projects").getBody()).anySatisfy(p -> assertThat(p).containsEntry("name", name));
        Map<String, Object> project = get("rita", "/projects/" + name).getBody();
        assertThat(project).containsEntry("status", "SANDBOX").containsEntry("license", "Apache-2.0")
                .containsEntry("sponsorSig", sponsor()).containsEntry("maintainers", List.of("sara", "tom"))
                .containsKeys("summary", "repositoryUrl", "acceptedAt");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) get("paul", "/project-proposals/" + id).getBody().get("timeline");
        assertThat(timeline).extracting(e -> e.get("event")).contains("SUBMITTED", "ENDORSED", "DUE_DILIGENCE_PASSED",
                "VOTE_OPENED", "AGREEMENT_SIGNED", "ACCEPTED");
        Mailbox.awaitCount(greenMail, name, "Accepted as a Sandbox project", 4);
    }
}
