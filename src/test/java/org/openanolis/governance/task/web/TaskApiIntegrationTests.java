package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/** The inbox over HTTP (API.md, Tasks): who sees a task, who may complete it, and with which outcome. */
@GovernanceTest
class TaskApiIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    EngineDriver engine;

    @Test
    void triageTaskIsInCommunityOpsInboxWithItsCase() {
        String name = uniqueName("inbox");
        String id = submit(name);

        JsonNode task = findTask("olivia", id, "SIG_TRIAGE").orElseThrow(() -> new AssertionError("no triage task"));

        assertThat(task.path("id").asText()).isNotBlank();
        assertThat(task.path("caseType").asText()).isEqualTo("SIG_PROPOSAL");
        assertThat(task.path("caseName").asText()).isEqualTo(name);
        assertThat(task.path("title").asText()).contains(name);
        assertThat(texts(task.path("outcomes"))).containsExactly("ACCEPT", "REQUEST_CHANGES", "REJECT");
        assertThat(task.path("createdAt").asText()).isNotBlank();

        Api.Answer single = api.as("olivia").get("/api/tasks/" + task.path("id").asText());
        assertThat(single.status()).as("%s", single).isEqualTo(200);
        assertThat(single.field("kind")).isEqualTo("SIG_TRIAGE");
        assertThat(single.field("caseId")).isEqualTo(id);
    }

    @Test
    void triageTaskIsHiddenFromTheProposerAndTheCommittee() {
        String id = submit(uniqueName("hidden"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        assertThat(tasksOf("paul")).noneMatch(t -> id.equals(t.path("caseId").asText()));
        assertThat(tasksOf("bob")).noneMatch(t -> id.equals(t.path("caseId").asText()));
        assertProblem(api.as("bob").get("/api/tasks/" + taskId), 403, "forbidden");
        assertProblem(api.as("paul").get("/api/tasks/" + taskId), 403, "forbidden");
    }

    @Test
    void unknownTaskIsNotFound() {
        assertProblem(api.as("olivia").get("/api/tasks/no-such-task"), 404, "not-found");
        assertProblem(api.as("olivia").post("/api/tasks/no-such-task/completion", Map.of("outcome", "ACCEPT")), 404,
                "not-found");
    }

    @Test
    void completionBySomeoneElseIsForbiddenAndChangesNothing() {
        String id = submit(uniqueName("notbob"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        assertProblem(complete("bob", taskId, "ACCEPT", null), 403, "forbidden");
        assertProblem(complete("paul", taskId, "ACCEPT", null), 403, "forbidden");

        assertThat(status(id)).isEqualTo("TRIAGE");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).isPresent();
    }

    @Test
    void outcomeTheTaskDoesNotAcceptIsRefused() {
        String id = submit(uniqueName("badoutcome"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        Api.Answer approve = complete("olivia", taskId, "APPROVE", null);
        assertProblem(approve, 400, "invalid-input");
        assertThat(approve.errorFields()).containsExactly("outcome");

        Api.Answer missing = api.as("olivia").post("/api/tasks/" + taskId + "/completion", Map.of());
        assertProblem(missing, 400, "invalid-input");
        assertThat(missing.errorFields()).containsExactly("outcome");

        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void rejectAndRequestChangesNeedAComment() {
        String id = submit(uniqueName("nocomment"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        Api.Answer changes = complete("olivia", taskId, "REQUEST_CHANGES", "   ");
        assertProblem(changes, 400, "invalid-input");
        assertThat(changes.errorFields()).containsExactly("comment");
        Api.Answer reject = complete("olivia", taskId, "REJECT", null);
        assertProblem(reject, 400, "invalid-input");
        assertThat(reject.errorFields()).containsExactly("comment");

        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void overlongOrControlCharacterCommentIsRefused() {
        String id = submit(uniqueName("longcomment"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        Api.Answer tooLong = complete("olivia", taskId, "REQUEST_CHANGES", "x".repeat(2001));
        assertProblem(tooLong, 400, "invalid-input");
        assertThat(tooLong.errorFields()).containsExactly("comment");
        Api.Answer control = complete("olivia", taskId, "REJECT", "Out of scope\u0000");
        assertProblem(control, 400, "invalid-input");
        assertThat(control.errorFields()).containsExactly("comment");
        assertThat(status(id)).isEqualTo("TRIAGE");

        String longest = "\uD83D\uDCDD".repeat(1999) + "x";
        triage(id, "REQUEST_CHANGES", longest);
        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
        assertThat(proposalAs("paul", id).json().path("timeline")).anySatisfy(e ->
                assertThat(e.path("comment").asText()).isEqualTo(longest));
    }

    @Test
    void malformedCompletionIsRefused() {
        String id = submit(uniqueName("malformed"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        Api.Answer refused = api.as("olivia").post("/api/tasks/" + taskId + "/completion", "{\"outcome\": ");
        assertProblem(refused, 400, "invalid-input");
        Api.Answer unknown = api.as("olivia").post("/api/tasks/" + taskId + "/completion",
                Map.of("outcome", "ACCEPT", "assignee", "olivia"));
        assertProblem(unknown, 400, "invalid-input");
        assertThat(unknown.errorFields()).containsExactly("assignee");

        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void acceptedTriageLeavesTheInboxAndSecondCompletionIsNotFound() {
        String id = submit(uniqueName("accepted"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        assertThat(complete("olivia", taskId, "ACCEPT", null).status()).isEqualTo(204);

        assertThat(status(id)).isEqualTo("VOTING");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).isEmpty();
        assertProblem(complete("olivia", taskId, "ACCEPT", null), 404, "not-found");
    }

    @Test
    void concurrentTriageCompletionsDecideOnce() throws Exception {
        String id = submit(uniqueName("doubletriage"));
        String taskId = taskId("olivia", id, "SIG_TRIAGE");

        List<Api.Answer> answers = concurrently(Collections.nCopies(3, () -> complete("olivia", taskId, "ACCEPT", null)));

        assertThat(answers).extracting(Api.Answer::status).as("%s", answers).isSubsetOf(204, 404, 409)
                .filteredOn(s -> s == 204).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(a -> a.json().path("detail").asText())
                .as("the loser is told the task was taken, not which state refused it")
                .allMatch(d -> d.equals("Someone else completed this task a moment ago")
                        || d.equals("The task is no longer open"));
        assertThat(status(id)).isEqualTo("VOTING");
        assertThat(api.as("bob").getAll("/api/tasks"))
                .filteredOn(t -> id.equals(t.path("caseId").asText())).as("one vote opened").hasSize(1);
    }

    @Test
    void ballotTasksReachEveryCommitteeMemberAndCompletingOneCastsTheBallot() {
        String id = acceptedForVote(uniqueName("ballottask"));
        for (String member : COMMITTEE) {
            JsonNode task = findTask(member, id, "COMMITTEE_BALLOT")
                    .orElseThrow(() -> new AssertionError(member + " has no ballot task"));
            assertThat(texts(task.path("outcomes"))).containsExactly("APPROVE", "REJECT", "ABSTAIN");
            assertThat(task.path("caseType").asText()).isEqualTo("SIG_PROPOSAL");
        }
        String carols = taskId("carol", id, "COMMITTEE_BALLOT");
        assertThat(findTask("paul", id, "COMMITTEE_BALLOT")).isEmpty();
        assertProblem(api.as("dave").get("/api/tasks/" + carols), 403, "forbidden");
        assertProblem(complete("dave", carols, "APPROVE", null), 403, "forbidden");

        Api.Answer noReason = complete("carol", carols, "REJECT", null);
        assertProblem(noReason, 400, "invalid-input");
        assertThat(noReason.errorFields()).containsExactly("comment");

        assertThat(complete("carol", carols, "REJECT", "Overlaps sig-ai").status()).isEqualTo(204);

        JsonNode vote = proposalAs("bob", id).json().path("vote");
        assertThat(vote.path("rejections").asInt()).isEqualTo(1);
        assertThat(vote.path("ballots")).anySatisfy(b -> {
            assertThat(b.path("member").asText()).isEqualTo("carol");
            assertThat(b.path("vote").asText()).isEqualTo("REJECT");
            assertThat(b.path("reason").asText()).isEqualTo("Overlaps sig-ai");
        });
        assertThat(findTask("carol", id, "COMMITTEE_BALLOT")).as("the ballot task is done").isEmpty();
        assertProblem(ballot("carol", id, "APPROVE", null), 409, "conflict");
    }

    @Test
    void aChairsInboxHoldsHerOwnBallotAndTheChairsDecisionOnceEachNewestFirst() {
        String silent = acceptedForVote(uniqueName("inbox-noquorum"));
        engine.passTime(silent, Duration.ofDays(7));
        engine.passTime(silent, Duration.ofDays(7));
        String open = acceptedForVote(uniqueName("inbox-ballot"));

        // Alice's ballot is assigned to her; the decision after no quorum is offered to the committee-chair group.
        List<JsonNode> alices = tasksOf("alice").stream()
                .filter(t -> List.of(silent, open).contains(t.path("caseId").asText())).toList();
        assertThat(alices).extracting(t -> t.path("kind").asText() + " " + t.path("caseId").asText())
                .containsExactlyInAnyOrder("COMMITTEE_BALLOT " + open, "NO_QUORUM_DECISION " + silent);
        assertThat(tasksOf("alice")).extracting(t -> Instant.parse(t.path("createdAt").asText()))
                .isSortedAccordingTo(Collections.reverseOrder());

        // Bob sits on the committee but not in its chair: his own ballot only.
        assertThat(tasksOf("bob")).filteredOn(t -> List.of(silent, open).contains(t.path("caseId").asText()))
                .extracting(t -> t.path("kind").asText() + " " + t.path("caseId").asText())
                .containsExactly("COMMITTEE_BALLOT " + open);
    }

    private List<JsonNode> tasksOf(String user) {
        return api.as(user).getAll("/api/tasks");
    }
}
