package org.openanolis.governance.sig.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The committee vote on a SIG proposal over HTTP (API.md, SIG proposals and Directories): ballots and
 * their refusals, who sees the running count, and the approved SIG in the directory.
 */
@GovernanceTest
class SigVoteApiIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;

    // ---- ballots ----

    @Test
    void committeeMemberCastsABallotOnce() {
        String id = acceptedForVote(uniqueName("ballot"));

        Api.Answer cast = ballot("bob", id, "APPROVE", null);

        assertThat(cast.status()).as("%s", cast).isEqualTo(201);
        assertThat(cast.field("member")).isEqualTo("bob");
        assertThat(cast.field("vote")).isEqualTo("APPROVE");
        assertThat(Instant.parse(cast.field("castAt"))).isNotNull();
        assertThat(cast.headers().getFirst(HttpHeaders.LOCATION)).isNotBlank().contains("/api/sig-proposals/" + id);
        Api.Answer located = api.as("bob").get(cast.headers().getFirst(HttpHeaders.LOCATION));
        assertThat(located.status()).as("%s", located).isEqualTo(200);
        assertThat(located.field("member")).isEqualTo("bob");
        assertThat(located.field("vote")).isEqualTo("APPROVE");

        Api.Answer again = ballot("bob", id, "REJECT", "Changed my mind");
        assertProblem(again, 409, "conflict");
        JsonNode vote = proposalAs("admin", id).json().path("vote");
        assertThat(vote.path("approvals").asInt()).isEqualTo(1);
        assertThat(vote.path("rejections").asInt()).isZero();
    }

    @Test
    void ballotsOfNonMembersAreForbidden() {
        String id = acceptedForVote(uniqueName("nonmember"));

        assertProblem(ballot("paul", id, "APPROVE", null), 403, "forbidden");
        assertProblem(ballot("olivia", id, "APPROVE", null), 403, "forbidden");
        assertProblem(ballot("admin", id, "APPROVE", null), 403, "forbidden");
        assertThat(proposalAs("admin", id).json().path("vote").path("ballots")).isEmpty();
    }

    @Test
    void recusedMemberCannotVote() {
        String name = uniqueName("recused");
        String id = submit("paul", proposal(name, List.of("bob", "quinn")));
        triage(id, "ACCEPT", null);

        JsonNode vote = proposalAs("paul", id).json().path("vote");
        assertThat(texts(vote.path("recused"))).containsExactly("bob");
        assertThat(vote.path("electorate").asInt()).isEqualTo(6);
        assertThat(findTask("bob", id, "COMMITTEE_BALLOT")).as("no ballot for the recused").isEmpty();

        assertProblem(ballot("bob", id, "APPROVE", null), 403, "forbidden");
        assertThat(proposalAs("admin", id).json().path("vote").path("ballots")).isEmpty();
    }

    @Test
    void rejectWithoutReasonIsRefused() {
        String id = acceptedForVote(uniqueName("noreason"));

        Api.Answer refused = ballot("carol", id, "REJECT", " ");

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("reason");
        assertThat(ballot("carol", id, "REJECT", "Overlaps sig-ai").status()).isEqualTo(201);
    }

    @Test
    void overlongReasonIsRefused() {
        String id = acceptedForVote(uniqueName("longreason"));

        Api.Answer refused = ballot("carol", id, "REJECT", "x".repeat(4001));

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("reason");
        String longest = "\uD83D\uDED1".repeat(4000);
        assertThat(ballot("carol", id, "REJECT", longest).status()).isEqualTo(201);
        assertThat(proposalAs("bob", id).json().path("vote").path("ballots").get(0).path("reason").asText())
                .isEqualTo(longest);
    }

    @Test
    void unknownOrMissingVoteIsRefused() {
        String id = acceptedForVote(uniqueName("badvote"));

        Api.Answer unknown = ballot("dave", id, "MAYBE", null);
        assertProblem(unknown, 400, "invalid-input");
        assertThat(unknown.errorFields()).containsExactly("vote");

        Api.Answer lowerCase = ballot("dave", id, "approve", null);
        assertProblem(lowerCase, 400, "invalid-input");
        assertThat(lowerCase.errorFields()).containsExactly("vote");

        Api.Answer missing = api.as("dave").post("/api/sig-proposals/" + id + "/ballots", Map.of());
        assertProblem(missing, 400, "invalid-input");
        assertThat(missing.errorFields()).containsExactly("vote");

        Api.Answer number = api.as("dave").post("/api/sig-proposals/" + id + "/ballots", Map.of("vote", 1));
        assertProblem(number, 400, "invalid-input");
        assertThat(number.errorFields()).containsExactly("vote");

        assertThat(ballot("dave", id, "ABSTAIN", null).status()).as("nothing was counted").isEqualTo(201);
    }

    @Test
    void aBallotOnACaseThatIsNotThereOrOfNoKindTheCommitteeDecidesIsNotFound() {
        for (String collection : List.of("sig-proposals", "project-proposals", "partner-applications", "partners")) {
            Api.Answer missing = api.as("dave").post("/api/" + collection + "/no-such-case/ballots", Map.of("vote", "APPROVE"));
            assertProblem(missing, 404, "not-found");
            assertThat(missing.field("detail")).as(collection).endsWith(" no-such-case");
            assertProblem(api.as("dave").get("/api/" + collection + "/no-such-case/ballots/dave"), 404, "not-found");
        }
        for (String path : List.of("/api/tasks/t1/ballots", "/api/sigs/sig-x/ballots", "/api/nothing/x/ballots")) {
            assertProblem(api.as("dave").post(path, Map.of("vote", "APPROVE")), 404, "not-found");
        }
    }

    @Test
    void ballotBeforeTheVoteOpensIsAConflict() {
        String id = submit(uniqueName("triageballot"));

        assertProblem(ballot("erin", id, "APPROVE", null), 409, "conflict");
        assertProblem(ballot("paul", id, "APPROVE", null), 403, "forbidden");
    }

    @Test
    void ballotAfterTheVoteClosedIsAConflict() {
        String id = acceptedForVote(uniqueName("closed"));
        approveBy(id, "alice", "bob", "carol", "dave", "erin", "frank");

        engine.passTime(id, Duration.ofHours(72));

        assertThat(proposalAs("paul", id).json().path("vote").path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(status(id)).isEqualTo("PROVISIONING");
        assertProblem(ballot("grace", id, "APPROVE", null), 409, "conflict");
        assertProblem(ballot("alice", id, "APPROVE", null), 409, "conflict");
        assertProblem(ballot("paul", id, "APPROVE", null), 403, "forbidden");
    }

    @Test
    void ballotsOnAWithdrawnProposalAreAConflict() {
        String id = acceptedForVote(uniqueName("cancelled"));
        approveBy(id, "alice");
        assertThat(api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal", Map.of()).status()).isEqualTo(200);

        assertProblem(ballot("bob", id, "APPROVE", null), 409, "conflict");
        assertThat(proposalAs("rita", id).json().path("vote").path("outcome").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void concurrentBallotsOfOneMemberCountOnce() throws Exception {
        String id = acceptedForVote(uniqueName("doublevote"));

        List<Api.Answer> answers = concurrently(Collections.nCopies(4, () -> ballot("erin", id, "APPROVE", null)));

        assertThat(answers).extracting(Api.Answer::status).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(proposalAs("admin", id).json().path("vote").path("approvals").asInt()).isEqualTo(1);
    }

    @Test
    void wholeCommitteeVotingAtOnceIsCountedInFull() throws Exception {
        String id = acceptedForVote(uniqueName("rush"));

        List<Api.Answer> answers = concurrently(Arrays.stream(COMMITTEE)
                .<Callable<Api.Answer>>map(m -> () -> ballot(m, id, "APPROVE", null)).toList());

        assertThat(answers).extracting(Api.Answer::status).containsOnly(201);
        JsonNode vote = proposalAs("admin", id).json().path("vote");
        assertThat(vote.path("approvals").asInt()).isEqualTo(7);
        assertThat(vote.path("ballots")).hasSize(7);
        for (String member : COMMITTEE) {
            assertThat(findTask(member, id, "COMMITTEE_BALLOT")).as(member).isEmpty();
        }
    }

    // ---- who sees what ----

    @Test
    void runningCountIsForCommitteeAndAdministratorsUntilTheVoteCloses() {
        String id = acceptedForVote(uniqueName("visibility"));
        approveBy(id, "alice", "bob", "carol", "dave", "erin");
        Api.Answer rejected = ballot("frank", id, "REJECT", "Too early");
        assertThat(rejected.status()).as("%s", rejected).isEqualTo(201);

        JsonNode outsider = proposalAs("paul", id).json().path("vote");
        assertThat(outsider.path("threshold").asText()).isEqualTo("SIMPLE");
        assertThat(outsider.path("electorate").asInt()).isEqualTo(7);
        assertThat(outsider.path("quorum").asInt()).isEqualTo(5);
        assertThat(outsider.path("recused").isArray()).isTrue();
        assertThat(outsider.path("recused")).isEmpty();
        Instant opensAt = Instant.parse(outsider.path("opensAt").asText());
        assertThat(Instant.parse(outsider.path("closesAt").asText())).isEqualTo(opensAt.plus(Duration.ofDays(7)));
        for (String hidden : List.of("approvals", "rejections", "abstentions", "ballots", "outcome")) {
            assertThat(outsider.has(hidden)).as("%s is hidden from paul while the vote is open", hidden).isFalse();
        }
        assertThat(proposalAs("paul", id).text()).doesNotContain("Too early");
        assertThat(api.as("paul").getAll("/api/sig-proposals?status=VOTING"))
                .filteredOn(p -> id.equals(p.path("id").asText())).singleElement()
                .satisfies(p -> assertThat(p.path("vote").has("ballots")).isFalse());
        assertThat(api.as("paul").get("/api/sig-proposals/" + id + "/ballots/bob").status())
                .as("a single ballot is hidden too").isEqualTo(404);

        for (String insider : List.of("bob", "admin")) {
            JsonNode vote = proposalAs(insider, id).json().path("vote");
            assertThat(vote.path("approvals").asInt()).as(insider).isEqualTo(5);
            assertThat(vote.path("rejections").asInt()).as(insider).isEqualTo(1);
            assertThat(vote.path("abstentions").asInt()).as(insider).isZero();
            assertThat(vote.path("ballots")).as(insider).hasSize(6);
            assertThat(vote.path("ballots")).anySatisfy(b -> {
                assertThat(b.path("member").asText()).isEqualTo("frank");
                assertThat(b.path("vote").asText()).isEqualTo("REJECT");
                assertThat(b.path("reason").asText()).isEqualTo("Too early");
                assertThat(b.path("castAt").asText()).isNotBlank();
            });
        }

        engine.passTime(id, Duration.ofHours(72));

        JsonNode closed = proposalAs("paul", id).json().path("vote");
        assertThat(closed.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(closed.path("approvals").asInt()).isEqualTo(5);
        assertThat(closed.path("rejections").asInt()).isEqualTo(1);
        assertThat(closed.path("ballots")).hasSize(6);
    }

    @Test
    void whoHasVotedIsHiddenFromTheTimelineUntilTheVoteCloses() {
        String id = acceptedForVote(uniqueName("quietvoters"));
        approveBy(id, "alice", "bob", "carol", "dave", "erin", "frank");

        assertThat(proposalAs("paul", id).json().path("timeline")).extracting(e -> e.path("event").asText())
                .contains("SUBMITTED", "ACCEPTED_FOR_VOTE", "VOTE_OPENED").doesNotContain("BALLOT_CAST");
        assertThat(api.as("paul").getAll("/api/sig-proposals?status=VOTING"))
                .filteredOn(p -> id.equals(p.path("id").asText())).singleElement()
                .satisfies(p -> assertThat(p.path("timeline")).extracting(e -> e.path("event").asText())
                        .doesNotContain("BALLOT_CAST"));
        assertThat(proposalAs("grace", id).json().path("timeline")).filteredOn(e -> "BALLOT_CAST".equals(
                e.path("event").asText())).hasSize(6);

        engine.passTime(id, Duration.ofHours(72));

        assertThat(proposalAs("paul", id).json().path("timeline")).filteredOn(e -> "BALLOT_CAST".equals(
                e.path("event").asText())).extracting(e -> e.path("actor").asText())
                .containsExactlyInAnyOrder("alice", "bob", "carol", "dave", "erin", "frank");
    }

    @Test
    void timelineListsEventsOldestFirstWithTheirActors() {
        String id = acceptedForVote(uniqueName("timeline"));
        approveBy(id, "grace");

        JsonNode timeline = proposalAs("bob", id).json().path("timeline");

        assertThat(timeline).extracting(e -> e.path("event").asText())
                .containsSubsequence("SUBMITTED", "ACCEPTED_FOR_VOTE", "VOTE_OPENED", "BALLOT_CAST");
        assertThat(timeline).filteredOn(e -> e.path("event").asText().equals("SUBMITTED")).singleElement()
                .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("paul"));
        assertThat(timeline).filteredOn(e -> e.path("event").asText().equals("ACCEPTED_FOR_VOTE")).singleElement()
                .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("olivia"));
        assertThat(timeline).filteredOn(e -> e.path("event").asText().equals("BALLOT_CAST")).singleElement()
                .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("grace"));
        Instant previous = Instant.MIN;
        for (JsonNode entry : timeline) {
            Instant at = Instant.parse(entry.path("at").asText());
            assertThat(at).isAfterOrEqualTo(previous);
            assertThat(entry.path("actor").asText()).isNotBlank();
            previous = at;
        }
    }

    // ---- the directory ----

    @Test
    void approvedProposalIsListedAsAnActiveSigWithItsChairs() {
        String name = uniqueName("directory");
        String id = acceptedForVote(name);
        assertProblem(api.as("rita").get("/api/sigs/" + name), 404, "not-found");

        approveBy(id, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(id, Duration.ofHours(72));
        assertThat(status(id)).isEqualTo("PROVISIONING");
        assertThat(api.as("rita").getAll("/api/sigs")).extracting(s -> s.path("name").asText()).doesNotContain(name);

        Api.Answer done = complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null);
        assertThat(done.status()).as("%s", done).isEqualTo(204);
        assertThat(status(id)).isEqualTo("APPROVED");

        Api.Answer sig = api.as("rita").get("/api/sigs/" + name);
        assertThat(sig.status()).as("%s", sig).isEqualTo(200);
        assertThat(sig.field("name")).isEqualTo(name);
        assertThat(sig.field("status")).isEqualTo("ACTIVE");
        assertThat(texts(sig.json().path("chairs"))).containsExactly("quinn", "rita");
        assertThat(sig.field("mailingList")).isEqualTo(name + "@lists.example.org");
        assertThat(sig.field("meetingCadence")).isEqualTo("BIWEEKLY");
        assertThat(texts(sig.json().path("repositories"))).containsExactly(name + "/runtime");
        assertThat(sig.field("createdAt")).isNotBlank();

        assertThat(api.as("paul").getAll("/api/sigs")).filteredOn(s -> name.equals(s.path("name").asText()))
                .singleElement().satisfies(s -> {
                    assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
                    assertThat(texts(s.path("chairs"))).containsExactly("quinn", "rita");
                });

        Api.Answer clash = api.as("quinn").post("/api/sig-proposals", proposal(name));
        assertProblem(clash, 409, "conflict");
        assertThat(clash.errorFields()).contains("name", "repositories[0]");
    }

    @Test
    void unknownSigIsNotFound() {
        assertProblem(api.as("paul").get("/api/sigs/sig-no-such-sig"), 404, "not-found");
        assertThat(api.as("paul").get("/api/sigs").status()).isEqualTo(200);
        assertProblem(api.anonymous().get("/api/sigs"), 401, "unauthenticated");
    }
}
