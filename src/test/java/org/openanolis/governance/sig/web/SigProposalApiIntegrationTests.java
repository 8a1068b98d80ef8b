package org.openanolis.governance.sig.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/** SIG proposals over HTTP (API.md, SIG proposals): submission, every refusal, revision and withdrawal. */
@GovernanceTest
class SigProposalApiIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    // ---- submission ----

    @Test
    void validProposalIsCreatedInTriageWithTheCallerAsProposer() {
        String name = uniqueName("created");

        Api.Answer created = api.as("paul").post("/api/sig-proposals", proposal(name));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.field("id");
        assertThat(id).isNotBlank();
        assertThat(created.headers().getFirst(HttpHeaders.LOCATION)).endsWith("/api/sig-proposals/" + id);
        JsonNode body = created.json();
        assertThat(body.path("name").asText()).isEqualTo(name);
        assertThat(body.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(body.path("proposer").asText()).isEqualTo("paul");
        assertThat(body.path("mailingList").asText()).isEqualTo(name + "@lists.example.org");
        assertThat(texts(body.path("chairs"))).containsExactly("quinn", "rita");
        assertThat(body.path("meetingCadence").asText()).isEqualTo("BIWEEKLY");
        assertThat(body.path("submittedAt").asText()).isNotBlank();
        assertThat(body.path("updatedAt").asText()).isNotBlank();
        assertThat(body.has("vote")).as("no vote before triage").isFalse();
        assertThat(body.path("timeline").get(0).path("event").asText()).isEqualTo("SUBMITTED");
        assertThat(body.path("timeline").get(0).path("actor").asText()).isEqualTo("paul");

        Api.Answer fetched = api.as("rita").get(created.headers().getFirst(HttpHeaders.LOCATION));
        assertThat(fetched.status()).as("%s", fetched).isEqualTo(200);
        assertThat(fetched.field("id")).isEqualTo(id);
        assertThat(fetched.field("status")).isEqualTo("TRIAGE");
    }

    @Test
    void everyInvalidFieldIsListedAtOnceAndNothingIsCreated() {
        int before = proposalCount();
        Map<String, Object> body = proposal(uniqueName("invalid"));
        body.put("name", "SIG_Bad Name");
        body.put("displayName", "x".repeat(81));
        body.remove("scopeIn");
        body.put("chairs", List.of("nobody-here"));
        body.put("meetingCadence", "FORTNIGHTLY");
        body.put("securityContact", "line\r\nbreak");
        body.put("mailingList", "not-an-address");

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", body);

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "displayName", "scopeIn", "chairs",
                "chairs[0]", "meetingCadence", "securityContact", "mailingList");
        refused.json().path("errors").forEach(e -> assertThat(e.path("message").asText()).isNotBlank());
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void withdrawalReasonWithControlCharactersIsRefused() {
        String id = submit(uniqueName("badreason"));

        Api.Answer refused = api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal",
                Map.of("reason", "Bye\u0007"));

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("reason");
        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void revisionToTheNameOfAnotherOpenProposalIsAConflict() {
        String taken = uniqueName("othername");
        submit("quinn", proposal(taken));
        String name = uniqueName("renamed");
        String id = submit(name);
        triage(id, "REQUEST_CHANGES", "Pick a clearer name");

        Api.Answer refused = api.as("paul").put("/api/sig-proposals/" + id, proposal(taken));

        assertProblem(refused, 409, "conflict");
        assertThat(refused.errorFields()).containsExactly("name");
        assertThat(proposalAs("paul", id).field("name")).isEqualTo(name);
    }

    @Test
    void lineBreakInASingleLineFieldIsRefused() {
        Map<String, Object> body = proposal(uniqueName("crlf"));
        body.put("displayName", "Confidential AI\r\nBcc: everyone@example.org");

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", body);

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("displayName");
    }

    @Test
    void textUpToItsLimitIsAcceptedWhateverTheScript() {
        Map<String, Object> body = proposal(uniqueName("emoji"));
        body.put("displayName", "\uD83D\uDD10".repeat(80));
        body.put("mission", "\u673A\u5BC6\uD83E\uDD16".repeat(333));

        Api.Answer created = api.as("paul").post("/api/sig-proposals", body);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.field("displayName")).isEqualTo("\uD83D\uDD10".repeat(80));
    }

    @Test
    void emptyOrNullBodyIsRefused() {
        Api.Answer empty = api.as("paul").post("/api/sig-proposals", "");
        assertProblem(empty, 400, "invalid-input");
        assertThat(empty.errorFields()).containsExactly("body");

        Api.Answer nothing = api.as("paul").post("/api/sig-proposals", "null");
        assertProblem(nothing, 400, "invalid-input");

        Api.Answer list = api.as("paul").post("/api/sig-proposals", "[]");
        assertProblem(list, 400, "invalid-input");
    }

    @Test
    void malformedJsonIsRefused() {
        int before = proposalCount();

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", "{\"name\": \"sig-broken\", ");

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("body");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void numberWhereTextBelongsIsRefusedNamingTheField() {
        Map<String, Object> body = proposal(uniqueName("types"));
        body.put("displayName", 42);

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", body);

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("displayName");
    }

    @Test
    void unknownFieldIsRefused() {
        String name = uniqueName("unknownfield");
        Map<String, Object> body = proposal(name);
        body.put("status", "APPROVED");

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", body);

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("status");
        assertThat(namesOfProposals()).doesNotContain(name);
    }

    @Test
    void reservedNameIsRefused() {
        Api.Answer refused = api.as("paul").post("/api/sig-proposals", proposal("sig-steering"));

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("name");
        assertThat(namesOfProposals()).doesNotContain("sig-steering");
    }

    @Test
    void nameOfAnOpenProposalIsAConflict() {
        String name = uniqueName("taken");
        submit(name);
        int before = proposalCount();

        Api.Answer refused = api.as("quinn").post("/api/sig-proposals", proposal(name));

        assertProblem(refused, 409, "conflict");
        assertThat(refused.errorFields()).containsExactly("name");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void nameDifferingOnlyInCaseIsNotAFreshName() {
        String name = uniqueName("casetaken");
        submit(name);
        int before = proposalCount();

        // Upper case is outside the name pattern (DOMAIN.md), so the variant is invalid input before it is a clash.
        Api.Answer refused = api.as("quinn").post("/api/sig-proposals", proposal(name.toUpperCase()));

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("name");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void concurrentSubmissionsOfOneNameCreateOneProposal() throws Exception {
        String name = uniqueName("race");

        List<Api.Answer> answers = concurrently(Collections.nCopies(6,
                () -> api.as("paul").post("/api/sig-proposals", proposal(name))));

        assertThat(answers).extracting(Api.Answer::status).as("one is created, the others clash").containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(namesOfProposals()).filteredOn(name::equals).hasSize(1);
    }

    @Test
    void anOverLongListOfChairsIsRefusedWholeWithoutLookingUpItsEntries() {
        int before = proposalCount();
        Map<String, Object> body = proposal(uniqueName("crowd"));
        body.put("chairs", java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "nobody-" + i).toList());

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", body);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.errorFields()).as("no problem for each of the 10,000 entries").containsExactly("chairs");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void bodyLargerThan256KiBIsRefused() {
        int before = proposalCount();
        Map<String, Object> body = proposal(uniqueName("huge"));
        body.put("mission", "m".repeat(300 * 1024));

        Api.Answer refused = api.as("paul").post("/api/sig-proposals", body);

        assertProblem(refused, 413, "body-too-large");
        assertThat(proposalCount()).isEqualTo(before);
    }

    @Test
    void chunkedBodyLargerThan256KiBIsRefused() {
        int before = proposalCount();
        Map<String, Object> body = proposal(uniqueName("hugechunked"));
        body.put("mission", "m".repeat(300 * 1024));

        Api.Answer refused = api.as("paul").postChunked("/api/sig-proposals", body);

        assertProblem(refused, 413, "body-too-large");
        assertThat(proposalCount()).isEqualTo(before);
    }

    // ---- reading ----

    @Test
    void unknownIdIsNotFoundForEveryAction() {
        assertProblem(api.as("paul").get("/api/sig-proposals/" + UNKNOWN_ID), 404, "not-found");
        assertProblem(api.as("paul").put("/api/sig-proposals/" + UNKNOWN_ID, proposal(uniqueName("ghost"))), 404,
                "not-found");
        assertProblem(api.as("paul").post("/api/sig-proposals/" + UNKNOWN_ID + "/withdrawal", Map.of()), 404,
                "not-found");
        assertProblem(api.as("bob").post("/api/sig-proposals/" + UNKNOWN_ID + "/ballots", Map.of("vote", "APPROVE")),
                404, "not-found");
    }

    @Test
    void listFiltersByStatus() {
        String inTriage = submit(uniqueName("listtriage"));
        String voting = acceptedForVote(uniqueName("listvoting"));

        List<JsonNode> votingOnly = api.as("rita").getAll("/api/sig-proposals?status=VOTING");
        assertThat(votingOnly).extracting(p -> p.path("status").asText()).containsOnly("VOTING");
        assertThat(votingOnly).extracting(p -> p.path("id").asText()).contains(voting).doesNotContain(inTriage);

        List<JsonNode> all = api.as("rita").getAll("/api/sig-proposals");
        assertThat(all).extracting(p -> p.path("id").asText()).contains(voting, inTriage);
    }

    @Test
    void unknownStatusFilterIsRefused() {
        Api.Answer refused = api.as("paul").get("/api/sig-proposals?status=NOPE");

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactly("status");
    }

    // ---- revision ----

    @Test
    void changesRequestedThenRevisedOverHttpReturnsToTriage() {
        String name = uniqueName("revised");
        String id = submit(name);

        Api.Answer noComment = complete("olivia", taskId("olivia", id, "SIG_TRIAGE"), "REQUEST_CHANGES", null);
        assertProblem(noComment, 400, "invalid-input");
        assertThat(noComment.errorFields()).containsExactly("comment");
        assertThat(status(id)).isEqualTo("TRIAGE");

        triage(id, "REQUEST_CHANGES", "Name the repositories");
        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");

        Map<String, Object> revision = proposal(name);
        revision.put("techLeads", List.of("paul"));
        revision.put("mailingList", "confidential-ai@lists.example.org");
        assertProblem(api.as("quinn").put("/api/sig-proposals/" + id, revision), 403, "forbidden");

        Api.Answer revised = api.as("paul").put("/api/sig-proposals/" + id, revision);

        assertThat(revised.status()).as("%s", revised).isEqualTo(200);
        assertThat(revised.field("status")).isEqualTo("TRIAGE");
        assertThat(texts(revised.json().path("techLeads"))).containsExactly("paul");
        assertThat(revised.field("mailingList")).isEqualTo("confidential-ai@lists.example.org");
        assertThat(revised.json().path("timeline")).extracting(e -> e.path("event").asText())
                .containsExactly("SUBMITTED", "CHANGES_REQUESTED", "REVISED");
        assertThat(revised.json().path("timeline").get(1).path("actor").asText()).isEqualTo("olivia");
        assertThat(revised.json().path("timeline").get(1).path("comment").asText()).isEqualTo("Name the repositories");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).as("triage is open again").isPresent();
    }

    @Test
    void revisionByAnotherUserIsForbiddenEvenWhileInTriage() {
        String name = uniqueName("notyours");
        String id = submit(name);

        assertProblem(api.as("quinn").put("/api/sig-proposals/" + id, proposal(name)), 403, "forbidden");
    }

    @Test
    void revisionWhileInTriageIsAConflict() {
        String name = uniqueName("early");
        String id = submit(name);

        Api.Answer refused = api.as("paul").put("/api/sig-proposals/" + id, proposal(name));

        assertProblem(refused, 409, "conflict");
        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void invalidRevisionIsRefusedWithItsFields() {
        String name = uniqueName("badrevision");
        String id = submit(name);
        triage(id, "REQUEST_CHANGES", "Too broad");
        Map<String, Object> revision = proposal(name);
        revision.put("chairs", List.of("quinn"));
        revision.put("meetingCadence", "DAILY");

        Api.Answer refused = api.as("paul").put("/api/sig-proposals/" + id, revision);

        assertProblem(refused, 400, "invalid-input");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("chairs", "meetingCadence");
        assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
    }

    // ---- withdrawal ----

    @Test
    void onlyTheProposerWithdrawsAndOnlyOnce() {
        String id = submit(uniqueName("withdrawn"));

        assertProblem(api.as("quinn").post("/api/sig-proposals/" + id + "/withdrawal", Map.of()), 403, "forbidden");
        assertThat(status(id)).isEqualTo("TRIAGE");

        Api.Answer withdrawn = api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal",
                Map.of("reason", "Merged into another SIG"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
        JsonNode last = withdrawn.json().path("timeline").get(withdrawn.json().path("timeline").size() - 1);
        assertThat(last.path("event").asText()).isEqualTo("WITHDRAWN");
        assertThat(last.path("actor").asText()).isEqualTo("paul");
        assertThat(last.path("comment").asText()).isEqualTo("Merged into another SIG");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).as("the triage task is gone").isEmpty();

        assertProblem(api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal", Map.of()), 409, "conflict");
        assertProblem(api.as("quinn").post("/api/sig-proposals/" + id + "/withdrawal", Map.of()), 403, "forbidden");
    }

    @Test
    void withdrawalNeedsNoBody() {
        String id = submit(uniqueName("nobody"));

        Api.Answer withdrawn = api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal", null);

        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void nameOfAWithdrawnProposalIsFreeAgain() {
        String name = uniqueName("reused");
        String id = submit(name);
        api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal", Map.of());

        assertThat(api.as("quinn").post("/api/sig-proposals", proposal(name)).status()).isEqualTo(201);
    }

    private int proposalCount() {
        return api.as("admin").getAll("/api/sig-proposals").size();
    }

    private List<String> namesOfProposals() {
        return api.as("admin").getAll("/api/sig-proposals").stream().map(p -> p.path("name").asText()).toList();
    }
}
