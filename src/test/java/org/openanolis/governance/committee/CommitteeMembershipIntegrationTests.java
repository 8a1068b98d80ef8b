package org.openanolis.governance.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.form;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The committee between elections (DOMAIN.md "The committee"), over HTTP with the demo committee of seven (Alice
 * chairs it; Alice and Frank are both of Acme Cloud): a member removed by an ABSOLUTE vote leaves the group, stays
 * on record as emeritus and is no longer counted by the next vote, while a vote already open keeps its electorate;
 * an appointment by a SIMPLE vote adds a person within the organization cap. Every test gives the committee back
 * as it found it, since all tests share it.
 */
@GovernanceTest
class CommitteeMembershipIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;
    @Autowired
    private People people;
    @LocalServerPort
    private int port;

    @AfterEach
    void restoreTheCommittee() {
        for (String member : COMMITTEE) {
            people.join(member, Groups.STEERING_COMMITTEE);
        }
        people.join("alice", Groups.COMMITTEE_CHAIR);
        people.leave("quinn", Groups.STEERING_COMMITTEE);
    }

    @Test
    void memberRemovedByAnAbsoluteVoteLeavesTheCommitteeAndIsKeptAsEmeritus() {
        Api.Answer proposed = removal("alice", "grace", "Has not attended a meeting in a year");

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        JsonNode vote = proposed.json().path("vote");
        assertThat(proposed.field("status")).isEqualTo("VOTING");
        assertThat(vote.path("threshold").asText()).isEqualTo("ABSOLUTE");
        assertThat(vote.path("electorate").asInt()).as("the member and the proposer are recused").isEqualTo(5);
        assertThat(texts(vote.path("recused"))).containsExactlyInAnyOrder("alice", "grace");

        approveOn("committee-removals", id, "bob", "carol", "dave", "erin");
        engine.passTime(id, Duration.ofHours(72));

        JsonNode decided = api.as("paul").get("/api/committee-removals/" + id).json();
        assertThat(decided.path("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("timeline").findValuesAsText("event")).contains("SUBMITTED", "MEMBER_REMOVED");
        assertThat(people.isMember("grace", Groups.STEERING_COMMITTEE)).isFalse();
        assertThat(engine.instances(id)).as("the removal's process has ended").isEmpty();

        JsonNode committee = api.as("rita").get("/api/committee").json();
        assertThat(committee.path("members").findValuesAsText("id")).doesNotContain("grace").contains("alice");
        JsonNode emeritus = termEndedBy(committee.path("emeritus"), id);
        assertThat(emeritus.path("id").asText()).isEqualTo("grace");
        assertThat(emeritus.path("until").asText()).isNotBlank();
        assertThat(emeritus.path("name").asText()).isEqualTo("Grace Huang");

        Map<String, Long> told = Mailbox.awaitRecipients(greenMail, "Removal of Grace Huang (grace)",
                "Removed from the steering committee", 8);
        assertThat(told).containsEntry("grace@example.org", 1L).containsEntry("bob@example.org", 1L)
                .containsEntry("community@lists.example.org", 1L);

        Api.Answer next = removal("alice", "frank", "The next vote counts the committee as it is now");
        assertThat(next.json().path("vote").path("electorate").asInt()).as("six members, two recused").isEqualTo(4);
        withdraw(next.field("id"));
    }

    @Test
    void removalWithoutTheAbsoluteMajorityIsRejectedAndChangesNothing() {
        String id = removal("alice", "frank", "A majority that is not absolute").field("id");

        approveOn("committee-removals", id, "bob", "carol", "dave");
        assertThat(ballotOn("committee-removals", "erin", id, "REJECT", "Frank is needed").status()).isEqualTo(201);
        engine.passTime(id, Duration.ofDays(7));

        JsonNode decided = api.as("alice").get("/api/committee-removals/" + id).json();
        assertThat(decided.path("vote").path("outcome").asText())
                .as("3 of 5 passes SIMPLE but not ABSOLUTE (4 of 5)").isEqualTo("REJECTED");
        assertThat(decided.path("status").asText()).isEqualTo("REJECTED");
        assertThat(people.isMember("frank", Groups.STEERING_COMMITTEE)).isTrue();
    }

    @Test
    void voteAlreadyOpenKeepsItsElectorateWhenTheCommitteeChanges() {
        String id = removal("alice", "erin", "Opened before the committee changed").field("id");
        people.leave("grace", Groups.STEERING_COMMITTEE);

        Api.Answer cast = ballotOn("committee-removals", "grace", id, "APPROVE", null);

        assertThat(cast.status()).as("grace was eligible when the vote opened: %s", cast).isEqualTo(201);
        JsonNode vote = api.as("alice").get("/api/committee-removals/" + id).json().path("vote");
        assertThat(vote.path("electorate").asInt()).isEqualTo(5);
        withdraw(id);
    }

    @Test
    void onlyTheCommitteeProposesARemovalOfOneOfItsMembersWithAReason() {
        assertProblem(removal("paul", "grace", "Not a member proposing"), 403, "forbidden");

        Api.Answer invalid = api.as("bob").post("/api/committee-removals", Map.of("member", "rita"));
        assertProblem(invalid, 400, "invalid-input");
        assertThat(invalid.json().path("errors").findValuesAsText("field")).containsExactly("member", "reason");

        String id = removal("bob", "dave", "Once").field("id");
        Api.Answer twice = removal("carol", "dave", "Twice");
        assertProblem(twice, 409, "conflict");
        withdraw(id, "bob");
    }

    @Test
    void personAppointedByASimpleVoteJoinsTheCommittee() {
        Api.Answer proposed = appointment("alice", "quinn", "Globex's second seat, for the kernel SIGs");

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        assertThat(proposed.json().path("vote").path("threshold").asText()).isEqualTo("SIMPLE");
        assertThat(proposed.json().path("vote").path("electorate").asInt()).isEqualTo(6);

        approveOn("committee-appointments", id, "bob", "carol", "dave", "erin");
        engine.passTime(id, Duration.ofHours(72));

        assertThat(api.as("quinn").get("/api/committee-appointments/" + id).field("status")).isEqualTo("APPROVED");
        assertThat(people.isMember("quinn", Groups.STEERING_COMMITTEE)).isTrue();
        JsonNode quinn = member(api.as("rita").get("/api/committee").json().path("members"), "quinn");
        assertThat(quinn.path("since").asText()).isNotBlank();
        assertThat(quinn.path("organization").asText()).isEqualTo("Globex");
        assertThat(Mailbox.awaitRecipients(greenMail, "Appointment of Quinn Zhou (quinn)", "Appointed to the steering committee", 9))
                .containsEntry("quinn@example.org", 1L).containsEntry("community@lists.example.org", 1L);
    }

    @Test
    void appointmentIsTheChairsAndKeepsTheOrganizationCap() {
        assertProblem(appointment("bob", "quinn", "Not the chair"), 403, "forbidden");

        Api.Answer overCap = appointment("alice", "paul", "A third seat for Acme Cloud");
        assertProblem(overCap, 409, "conflict");
        assertThat(overCap.json().path("errors").findValuesAsText("message").toString())
                .contains("Acme Cloud", "2 seats");

        Api.Answer member = appointment("alice", "bob", "Already there");
        assertProblem(member, 400, "invalid-input");
        assertProblem(appointment("alice", "nobody-at-all", "Unknown"), 400, "invalid-input");
    }

    @Test
    void theCommitteePageOffersEachFormToThoseWhoMayProposeAndAFormKeepsWhatWasTyped() {
        try (Portal portal = new Portal(port)) {
            portal.signIn("bob");
            HtmlPage committee = portal.open("/committee");
            assertThat(committee.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(committee.querySelector(".members").asNormalizedText()).contains("Alice Chen (alice), chair",
                    "Grace Huang (grace)");
            assertThat(links(committee)).contains("/committee-removals/new").doesNotContain("/committee-appointments/new");

            HtmlPage form = portal.open("/committee-removals/new");
            fill(form, "member", "rita");
            HtmlPage refused = portal.submit(form(form, "/committee-removals"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "member")).contains("Member: is not a member of the steering committee");
            assertThat(errorOf(refused, "reason")).contains("Reason: is required");

            fill(refused, "member", "dave");
            fill(refused, "reason", "Proposed from the portal");
            HtmlPage proposed = portal.submit(form(refused, "/committee-removals"));
            assertThat(proposed.getUrl().getPath()).startsWith("/committee-removals/");
            assertThat(proposed.asNormalizedText()).contains("Removal of Dave Zhang (dave)", "Proposed from the portal", "VOTING");
            withdraw(proposed.getUrl().getPath().substring("/committee-removals/".length()), "bob");
        }
        try (Portal portal = new Portal(port)) {
            portal.signIn("paul");
            assertThat(links(portal.open("/committee"))).doesNotContain("/committee-removals/new",
                    "/committee-appointments/new");
            assertThat(portal.open("/committee-appointments/new").getWebResponse().getStatusCode())
                    .as("refused before anything is typed").isEqualTo(403);
        }
    }

    private static List<String> links(HtmlPage page) {
        return page.getAnchors().stream().map(a -> a.getHrefAttribute()).toList();
    }

    private Api.Answer removal(String proposer, String member, String reason) {
        return api.as(proposer).post("/api/committee-removals", Map.of("member", member, "reason", reason));
    }

    private Api.Answer appointment(String proposer, String person, String reason) {
        return api.as(proposer).post("/api/committee-appointments", Map.of("person", person, "reason", reason));
    }

    private void approveOn(String collection, String id, String... members) {
        for (String m : members) {
            Api.Answer cast = ballotOn(collection, m, id, "APPROVE", null);
            assertThat(cast.status()).as("%s's ballot: %s", m, cast).isEqualTo(201);
        }
    }

    private void withdraw(String id) {
        withdraw(id, "alice");
    }

    private void withdraw(String id, String proposer) {
        Api.Answer withdrawn = api.as(proposer).post("/api/committee-removals/" + id + "/withdrawal",
                Map.of("reason", "Only a test"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
    }

    /** The emeritus entry of the term this case ended (other tests may have ended other terms of the same person). */
    private static JsonNode termEndedBy(JsonNode emeritus, String caseId) {
        for (JsonNode term : emeritus) {
            if (caseId.equals(term.path("removedBy").asText())) {
                return term;
            }
        }
        throw new AssertionError("No term ended by " + caseId + " in " + emeritus);
    }

    private static JsonNode member(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.path("id").asText())) {
                return node;
            }
        }
        throw new AssertionError(id + " is not in " + array);
    }
}
