package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The audit of a vote (issue 4, part 6): a cast ballot is final. No method of the API changes or deletes
 * it, not even for its member or an administrator, and once the vote closes the timeline shows who cast
 * a ballot and when.
 */
@GovernanceTest
class BallotAuditIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;

    @Test
    void noMethodEditsOrDeletesABallot() {
        String id = acceptedForVote(uniqueName("audit"));
        assertThat(ballot("bob", id, "REJECT", "Not ready").status()).isEqualTo(201);
        String ballots = "/api/sig-proposals/" + id + "/ballots";
        JsonNode before = ballotOf("bob", id);

        for (String user : List.of("bob", "admin")) {
            Api.Caller caller = api.as(user);
            List<Function<String, Api.Answer>> changes = List.of(
                    path -> caller.put(path, "{\"vote\":\"APPROVE\"}"),
                    path -> caller.patch(path, "{\"vote\":\"APPROVE\"}"),
                    caller::delete);
            for (String path : List.of(ballots, ballots + "/bob")) {
                for (Function<String, Api.Answer> change : changes) {
                    Api.Answer refused = change.apply(path);
                    assertThat(refused.status()).as("%s", refused).isEqualTo(405);
                    assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", refused)
                            .isTrue();
                    assertThat(refused.json().path("status").asInt()).isEqualTo(405);
                    assertThat(refused.headers().getFirst(HttpHeaders.ALLOW)).as("%s", refused).doesNotContain("PUT",
                            "PATCH", "DELETE");
                }
            }
        }

        assertThat(ballotOf("bob", id)).isEqualTo(before);
        assertThat(before.path("vote").asText()).isEqualTo("REJECT");
        assertThat(before.path("reason").asText()).isEqualTo("Not ready");
    }

    @Test
    void theTimelineKeepsWhoCastABallotAndWhenOnceTheVoteIsClosed() {
        String id = acceptedForVote(uniqueName("audit-timeline"));
        assertThat(ballot("bob", id, "REJECT", "Not ready").status()).isEqualTo(201);
        approveBy(id, "alice", "carol", "dave", "erin", "frank");
        Instant castAt = Instant.parse(ballotOf("bob", id).path("castAt").asText());

        engine.passTime(id, Duration.ofHours(72));

        JsonNode closed = proposalAs("paul", id).json();
        assertThat(closed.path("vote").path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(closed.path("timeline")).filteredOn(e -> "BALLOT_CAST".equals(e.path("event").asText()))
                .extracting(e -> e.path("actor").asText())
                .containsExactlyInAnyOrder("alice", "bob", "carol", "dave", "erin", "frank");
        JsonNode bobs = null;
        for (JsonNode e : closed.path("timeline")) {
            if ("BALLOT_CAST".equals(e.path("event").asText()) && "bob".equals(e.path("actor").asText())) {
                bobs = e;
            }
        }
        assertThat(bobs).isNotNull();
        assertThat(Instant.parse(bobs.path("at").asText())).isEqualTo(castAt);
        // The ballot itself, with its reason, is as bob cast it.
        JsonNode ballot = ballotOf("paul", id);
        assertThat(ballot.path("vote").asText()).isEqualTo("REJECT");
        assertThat(ballot.path("reason").asText()).isEqualTo("Not ready");
        assertThat(Instant.parse(ballot.path("castAt").asText())).isEqualTo(castAt);
    }

    private JsonNode ballotOf(String reader, String id) {
        Api.Answer answer = api.as(reader).get("/api/sig-proposals/" + id + "/ballots/bob");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }
}
