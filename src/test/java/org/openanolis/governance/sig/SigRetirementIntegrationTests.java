package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.SigProposalBodies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A SIG's end (DOMAIN.md "Life after entry", SIGs), with a comment period of 3 days as a community would set on the
 * command line: a retirement proposed by a chair or the committee chair is open for comment, then decided by a SUPER
 * vote; the SIG's projects and repositories pass to its successor, or its projects need a new sponsor; its name
 * stays taken. The health rule marks a quiet SIG INACTIVE and, a year on, proposes its retirement by itself, with the
 * daily timer fired as the engine would. A context of its own, since the health check looks at every SIG there; it
 * runs last, since it proposes the retirement of every SIG it finds quiet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "governance.comment-period=P3D")
@ActiveProfiles({"demo", "test"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigRetirementIntegrationTests extends ProjectScenario {

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
    @Order(1)
    void retiredAfterItsCommentPeriodAndASuperVoteHandingItsProjectsToTheSuccessor() {
        String old = sponsor();
        String project = uniqueName("handed");
        accepted(project);
        String successor = activeSig("sig-successor-" + (System.nanoTime() % 1_000_000), List.of("sara", "tom"));

        Api.Answer proposed = api.as("quinn").post("/api/sig-retirements",
                Map.of("sig", old, "reason", "Its work moved to the successor", "successorSig", successor));

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        assertThat(proposed.field("status")).isEqualTo("COMMENT_PERIOD");
        assertThat(proposed.json().has("vote")).as("no vote during the comment period").isFalse();
        assertThat(api.as("paul").post("/api/sig-retirements/" + id + "/comments",
                Map.of("text", "The successor already runs its meetings.")).status()).isEqualTo(201);

        engine.passTime(id, Duration.ofDays(3));
        JsonNode voting = api.as("paul").get("/api/sig-retirements/" + id).json();
        assertThat(voting.path("status").asText()).isEqualTo("VOTING");
        assertThat(voting.path("vote").path("threshold").asText()).isEqualTo("SUPER");
        assertProblem(api.as("rita").post("/api/sig-retirements/" + id + "/comments", Map.of("text", "Late")), 409);

        approve(id, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(id, Duration.ofDays(7));

        JsonNode retired = api.as("paul").get("/api/sigs/" + old).json();
        assertThat(retired.path("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.path("retirement").path("reason").asText()).isEqualTo("Its work moved to the successor");
        assertThat(retired.path("retirement").path("successorSig").asText()).isEqualTo(successor);
        assertThat(retired.path("retirement").path("caseId").asText()).isEqualTo(id);
        assertThat(directory.find(project)).hasValueSatisfying(p -> {
            assertThat(p.sponsorSig()).isEqualTo(successor);
            assertThat(p.sponsorNeeded()).isFalse();
        });
        assertThat(names("/api/sigs")).doesNotContain(old).contains(successor);
        assertThat(names("/api/sigs?status=RETIRED")).contains(old).doesNotContain(successor);

        assertThat(Mailbox.awaitRecipients(greenMail, old + " retirement", "SIG retired", 5))
                .containsKeys("quinn@example.org", "rita@example.org", "sara@example.org", "tom@example.org",
                        "community@lists.example.org");
        Api.Answer again = api.as("paul").post("/api/sig-proposals", SigProposalBodies.valid(old));
        assertProblem(again, 409);
        assertThat(again.json().path("errors").get(0).path("message").asText()).contains("retired SIG");
    }

    /** The committee chose a successor that retired before the decision was carried out: nothing passes to it. */
    @Test
    @Order(2)
    void aSuccessorThatRetiredFirstTakesNothingAndTheProjectsNeedANewSponsor() {
        String old = sponsor();
        String project = uniqueName("stranded");
        accepted(project);
        String successor = activeSig("sig-gone-" + (System.nanoTime() % 1_000_000), List.of("sara", "tom"));
        String first = api.as("quinn").post("/api/sig-retirements", Map.of("sig", old, "reason", "Merged",
                "successorSig", successor)).field("id");
        String second = api.as("sara").post("/api/sig-retirements", Map.of("sig", successor, "reason", "Never started"))
                .field("id");
        engine.passTime(second, Duration.ofDays(3));
        approve(second, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(second, Duration.ofDays(7));
        assertThat(api.as("paul").get("/api/sigs/" + successor).json().path("status").asText()).isEqualTo("RETIRED");

        engine.fireDueJobs(first);
        approve(first, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(first, Duration.ofDays(7));

        JsonNode retired = api.as("paul").get("/api/sigs/" + old).json();
        assertThat(retired.path("status").asText()).isEqualTo("RETIRED");
        assertThat(retired.path("retirement").path("successorSig").isMissingNode()
                || retired.path("retirement").path("successorSig").isNull()).isTrue();
        assertThat(directory.find(project)).hasValueSatisfying(p -> {
            assertThat(p.sponsorSig()).isEqualTo(old);
            assertThat(p.sponsorNeeded()).isTrue();
        });
        assertThat(api.as("paul").get("/api/sig-retirements/" + first).json().path("timeline").findValuesAsText("comment"))
                .anySatisfy(comment -> assertThat(comment).contains(successor + " retired before this decision"));
    }

    @Test
    @Order(3)
    void withoutASuccessorItsProjectsNeedANewSponsorAndItsRepositoriesAreFreed() {
        String sig = sponsor();
        String project = uniqueName("orphan");
        accepted(project);

        Api.Answer proposed = api.as("alice").post("/api/sig-retirements", Map.of("sig", sig, "reason", "Dormant"));
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        engine.passTime(id, Duration.ofDays(3));
        JsonNode vote = api.as("paul").get("/api/sig-retirements/" + id).json().path("vote");
        assertThat(texts(vote.path("recused"))).containsExactly("alice");
        approve(id, "bob", "carol", "dave", "erin");
        engine.passTime(id, Duration.ofDays(7));

        assertThat(directory.find(project)).hasValueSatisfying(p -> {
            assertThat(p.sponsorSig()).isEqualTo(sig);
            assertThat(p.sponsorNeeded()).isTrue();
        });
        assertThat(Mailbox.awaitRecipients(greenMail, sig + " retirement", "Your project needs a new sponsoring SIG", 2))
                .containsOnlyKeys("sara@example.org", "tom@example.org");
        assertThat(api.as("paul").get("/api/sig-retirements/" + id).json().path("timeline").findValuesAsText("event"))
                .contains("SIG_RETIRED", "SPONSOR_NEEDED");
    }

    @Test
    @Order(4)
    void onlyAChairOrTheCommitteeChairProposesAndEveryProblemIsListed() {
        String sig = activeSig("sig-rules-" + (System.nanoTime() % 1_000_000), List.of("quinn", "rita"));

        assertProblem(api.as("paul").post("/api/sig-retirements", Map.of("sig", sig, "reason", "Not a chair")), 403);
        Api.Answer invalid = api.as("quinn").post("/api/sig-retirements", Map.of("sig", sig, "successorSig", sig));
        assertProblem(invalid, 400);
        assertThat(invalid.json().path("errors").findValuesAsText("field")).containsExactly("reason", "successorSig");
        assertThat(api.as("quinn").post("/api/sig-retirements", Map.of("sig", "sig-nowhere", "reason", "x"))
                .json().path("errors").findValuesAsText("field")).containsExactly("sig");

        String id = api.as("quinn").post("/api/sig-retirements", Map.of("sig", sig, "reason", "Once")).field("id");
        assertProblem(api.as("rita").post("/api/sig-retirements", Map.of("sig", sig, "reason", "Twice")), 409);
        assertThat(api.as("quinn").post("/api/sig-retirements/" + id + "/withdrawal", Map.of()).status())
                .isEqualTo(200);
        assertThat(sigDirectory.isLive(sig)).isTrue();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void quietSigIsMarkedInactiveActiveAgainOnACheckInAndRetiredByItselfAfterAYear() {
        String sig = activeSig("sig-quiet-" + (System.nanoTime() % 1_000_000), List.of("quinn", "rita"));

        EngineDriver.passDays(181);
        engine.runDailyTimer("sigHealth");
        assertThat(sigAs("quinn", sig).path("status").asText()).isEqualTo("INACTIVE");
        assertThat(Mailbox.awaitRecipients(greenMail, sig, "Marked INACTIVE", 3))
                .containsOnlyKeys("quinn@example.org", "rita@example.org", "alice@example.org");

        assertThat(api.as("rita").post("/api/sigs/" + sig + "/check-ins", Map.of()).status()).isEqualTo(201);
        assertThat(sigAs("quinn", sig).path("status").asText()).as("any activity").isEqualTo("ACTIVE");

        EngineDriver.passDays(181);
        engine.runDailyTimer("sigHealth");
        assertThat(sigAs("quinn", sig).path("status").asText()).isEqualTo("INACTIVE");
        EngineDriver.passDays(185);
        engine.runDailyTimer("sigHealth");
        EngineDriver.passDays(1);
        engine.runDailyTimer("sigHealth");

        List<JsonNode> opened = api.as("paul").getAll("/api/sig-retirements").stream()
                .filter(r -> sig.equals(r.path("sig").asText())).toList();
        assertThat(opened).as("one retirement, however often the check runs").hasSize(1);
        assertThat(opened.get(0).path("proposer").asText()).isEqualTo("system");
        assertThat(opened.get(0).path("status").asText()).isEqualTo("COMMENT_PERIOD");
        assertThat(opened.get(0).path("reason").asText()).startsWith("No activity since ").contains("365 days");
        String id = opened.get(0).path("id").asText();
        assertThat(api.as("paul").reading("zh-CN").get("/api/sig-retirements/" + id).field("reason"))
                .as("the system's own words, in the reader's language").startsWith("自 ").contains("365 天")
                .doesNotContain("\u0001");

        engine.passTime(id, Duration.ofDays(3));
        approve(id, "alice", "bob", "carol", "dave", "erin");
        engine.passTime(id, Duration.ofDays(7));
        assertThat(sigAs("quinn", sig).path("status").asText()).isEqualTo("RETIRED");
        assertThat(api.as("quinn").reading("zh-CN").get("/api/sigs/" + sig).json().path("retirement").path("reason")
                .asText()).startsWith("自 ").contains("365 天");
        assertThat(sigAs("quinn", sig).path("retirement").path("reason").asText()).startsWith("No activity since ");
    }


    private JsonNode sigAs(String user, String sig) {
        Api.Answer answer = api.as(user).get("/api/sigs/" + sig);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private void approve(String id, String... members) {
        for (String member : members) {
            Api.Answer cast = api.as(member).post("/api/sig-retirements/" + id + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(cast.status()).as("%s's ballot: %s", member, cast).isEqualTo(201);
        }
    }

    private List<String> names(String path) {
        return api.as("paul").getAll(path).stream().map(sig -> sig.path("name").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    }
}
