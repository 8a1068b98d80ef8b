package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.form;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * A SIG's leads after its creation (DOMAIN.md "Life after entry", SIGs), over HTTP with the demo people: a change
 * proposed by a chair or the committee chair and decided by a SIMPLE vote that recuses everyone it concerns, the
 * constraints on the leads it leaves, stepping down without a vote, and a chair's check-in. Each test makes a SIG
 * of its own, chaired by people off the committee unless it says otherwise.
 */
@GovernanceTest
class SigLeadershipIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;
    @LocalServerPort
    private int port;

    @Test
    void chairsChangedByASimpleVoteAndTheLeadWhoLeftIsKeptAsEmeritus() {
        String sig = activeSig("lead", List.of("quinn", "rita"), List.of("sara"));
        Instant created = Instant.parse(sigAs("quinn", sig).path("lastActivityAt").asText());

        Api.Answer proposed = change("quinn", sig, Map.of("addChairs", List.of("tom"), "removeChairs", List.of("rita"),
                "addTechLeads", List.of("paul"), "reason", "Rita moves to the kernel SIG"));

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String id = proposed.field("id");
        assertThat(proposed.field("status")).isEqualTo("VOTING");
        JsonNode vote = proposed.json().path("vote");
        assertThat(vote.path("threshold").asText()).isEqualTo("SIMPLE");
        assertThat(vote.path("electorate").asInt()).as("nobody concerned is on the committee").isEqualTo(7);

        approveOn(id, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(id, Duration.ofDays(7));

        Api.Answer decided = api.as("paul").get("/api/sig-leadership-changes/" + id);
        assertThat(decided.field("status")).as("%s", decided).isEqualTo("APPROVED");
        JsonNode after = sigAs("paul", sig);
        assertThat(texts(after.path("chairs"))).containsExactly("quinn", "tom");
        assertThat(texts(after.path("techLeads"))).containsExactly("sara", "paul");
        JsonNode emeritus = after.path("emeritusLeads");
        assertThat(emeritus).hasSize(1);
        assertThat(emeritus.get(0).path("person").asText()).isEqualTo("rita");
        assertThat(emeritus.get(0).path("role").asText()).isEqualTo("CHAIR");
        assertThat(emeritus.get(0).path("endedBy").asText()).isEqualTo(id);
        assertThat(Instant.parse(after.path("lastActivityAt").asText())).isAfter(created);

        Map<String, Long> told = Mailbox.awaitRecipients(greenMail, sig + " leadership", "Leadership changed", 6);
        assertThat(told).containsOnlyKeys("quinn@example.org", "rita@example.org", "tom@example.org",
                "sara@example.org", "paul@example.org", "community@lists.example.org");
        assertThat(told.values()).as("each once").containsOnly(1L);
    }

    @Test
    void theVoteRecusesTheProposerAndEveryoneTheChangeConcerns() {
        String sig = activeSig("recusal", List.of("quinn", "carol"), List.of());

        Api.Answer proposed = change("alice", sig, Map.of("addChairs", List.of("grace"),
                "removeChairs", List.of("carol"), "reason", "Carol hands over to Grace"));

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        JsonNode vote = proposed.json().path("vote");
        assertThat(texts(vote.path("recused"))).containsExactlyInAnyOrder("alice", "carol", "grace");
        assertThat(vote.path("electorate").asInt()).isEqualTo(4);
        assertThat(ballotOn("sig-leadership-changes", "grace", proposed.field("id"), "APPROVE", null).status())
                .isEqualTo(403);
        withdraw(proposed.field("id"), "alice");
    }

    @Test
    void changeThatWouldLeaveOneChairOrBreakAnotherRuleIsRefusedWhole() {
        String sig = activeSig("rules", List.of("quinn", "rita"), List.of("sara", "tom", "paul"));

        Api.Answer oneChair = change("quinn", sig, Map.of("removeChairs", List.of("rita"), "reason", "Leaving"));
        assertProblem(oneChair, 400, "invalid-input");
        assertThat(fields(oneChair)).containsExactly("removeChairs");
        assertThat(oneChair.json().path("errors").get(0).path("message").asText()).contains("1 chair", "2 to 3");

        Api.Answer tooMany = change("quinn", sig, Map.of("addChairs", List.of("tom", "grace"),
                "addTechLeads", List.of("bob"), "reason", "Growing"));
        assertProblem(tooMany, 400, "invalid-input");
        assertThat(fields(tooMany)).containsExactlyInAnyOrder("addChairs", "addTechLeads");

        Map<String, Object> wrong = new HashMap<>();
        wrong.put("addChairs", List.of("nobody-at-all", "quinn"));
        wrong.put("removeChairs", List.of("sara"));
        wrong.put("removeTechLeads", List.of("rita"));
        Api.Answer every = change("quinn", sig, wrong);
        assertProblem(every, 400, "invalid-input");
        assertThat(fields(every)).containsExactlyInAnyOrder("addChairs[0]", "addChairs[1]", "removeChairs[0]",
                "removeTechLeads[0]", "reason");

        assertThat(fields(change("quinn", sig, Map.of("reason", "Nothing")))).containsExactly("changes");
        assertThat(fields(api.as("quinn").post("/api/sig-leadership-changes", Map.of("sig", "sig-nowhere",
                "addChairs", List.of("tom"), "reason", "Unknown SIG")))).containsExactly("sig");

        assertProblem(change("paul", sig, Map.of("addChairs", List.of("tom"), "reason", "Not a chair")), 403,
                "forbidden");
        String open = change("rita", sig, Map.of("addChairs", List.of("tom"), "reason", "Once")).field("id");
        assertProblem(change("quinn", sig, Map.of("addChairs", List.of("grace"), "reason", "Twice")), 409, "conflict");
        withdraw(open, "rita");

        JsonNode unchanged = sigAs("quinn", sig);
        assertThat(texts(unchanged.path("chairs"))).containsExactly("quinn", "rita");
        assertThat(unchanged.path("emeritusLeads")).isEmpty();
    }

    @Test
    void leadStepsDownWithoutAVoteWhileTheSigKeepsTwoChairs() {
        String sig = activeSig("step", List.of("quinn", "rita", "tom"), List.of("sara"));

        assertProblem(stepDown("quinn", sig, "rita"), 403, "forbidden");
        Api.Answer rita = stepDown("rita", sig, "rita");
        assertThat(rita.status()).as("%s", rita).isEqualTo(200);
        assertThat(texts(rita.json().path("chairs"))).containsExactly("quinn", "tom");
        assertThat(rita.json().path("emeritusLeads").get(0).path("endedBy").asText()).isEqualTo("step-down");
        Map<String, Long> told = Mailbox.awaitRecipients(greenMail, sig, "A lead stepped down", 5);
        assertThat(told).as("every lead and the committee chair, once").containsOnlyKeys("quinn@example.org",
                "rita@example.org", "tom@example.org", "sara@example.org", "alice@example.org");
        assertThat(told.values()).containsOnly(1L);

        Api.Answer tom = stepDown("tom", sig, "tom");
        assertProblem(tom, 409, "conflict");
        assertThat(tom.json().path("detail").asText()).contains("a replacement must be proposed");
        assertThat(stepDown("sara", sig, "sara").status()).as("a SIG may have no tech lead").isEqualTo(200);
        assertProblem(stepDown("sara", sig, "sara"), 404, "not-found");
    }

    @Test
    void stepDownIsRefusedWhenAnOpenChangeWouldThenLeaveOneChair() {
        String sig = activeSig("pending", List.of("quinn", "rita", "tom"), List.of());
        String id = change("quinn", sig, Map.of("removeChairs", List.of("tom"), "reason", "Tom leaves")).field("id");

        assertProblem(stepDown("rita", sig, "rita"), 409, "conflict");

        withdraw(id, "quinn");
        assertThat(stepDown("rita", sig, "rita").status()).isEqualTo(200);
    }

    @Test
    void chairChecksInAndTheSigsLastActivityMoves() {
        String sig = activeSig("checkin", List.of("quinn", "rita"), List.of("sara"));
        Instant before = Instant.parse(sigAs("quinn", sig).path("lastActivityAt").asText());
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30))));

        Api.Answer checkIn = api.as("rita").post("/api/sigs/" + sig + "/check-ins", Map.of());

        assertThat(checkIn.status()).as("%s", checkIn).isEqualTo(201);
        assertThat(checkIn.field("by")).isEqualTo("rita");
        assertThat(Instant.parse(sigAs("quinn", sig).path("lastActivityAt").asText())).isAfter(before);
        assertProblem(api.as("sara").post("/api/sigs/" + sig + "/check-ins", Map.of()), 403, "forbidden");
        assertProblem(api.as("rita").post("/api/sigs/sig-nowhere/check-ins", Map.of()), 404, "not-found");
    }

    @Test
    void theSigPageOffersEachActionToThoseWhoMayAndTheFormKeepsWhatWasTyped() {
        String sig = activeSig("page", List.of("quinn", "rita"), List.of("sara"));
        try (Portal portal = new Portal(port)) {
            portal.signIn("quinn");
            HtmlPage page = portal.open("/sigs/" + sig);
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.querySelector(".chairs").asNormalizedText()).isEqualTo("Quinn Zhou (quinn), Rita Xu (rita)");
            assertThat(links(page)).contains("/sigs/" + sig + "/leadership-changes/new");

            HtmlPage checkedIn = portal.submit(form(page, "/sigs/" + sig + "/check-ins"));
            assertThat(checkedIn.querySelector(".history").asNormalizedText()).contains("Checked in by Quinn Zhou (quinn)");

            HtmlPage form = portal.open("/sigs/" + sig + "/leadership-changes/new");
            fill(form, "removeChairs", "rita");
            HtmlPage refused = portal.submit(form(form, "/sig-leadership-changes"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "removeChairs")).contains("Chairs to remove: would leave " + sig + " with 1 chair");
            assertThat(errorOf(refused, "reason")).contains("Reason: is required");

            fill(refused, "addChairs", "tom");
            fill(refused, "reason", "Proposed from the portal");
            HtmlPage proposed = portal.submit(form(refused, "/sig-leadership-changes"));
            assertThat(proposed.getUrl().getPath()).startsWith("/sig-leadership-changes/");
            assertThat(proposed.asNormalizedText()).contains(sig + " leadership", "Proposed from the portal", "VOTING");
            assertThat(proposed.querySelector(".add-chairs").asNormalizedText()).isEqualTo("Tom Tang (tom)");
            withdraw(proposed.getUrl().getPath().substring("/sig-leadership-changes/".length()), "quinn");
        }
        try (Portal portal = new Portal(port)) {
            portal.signIn("sara");
            HtmlPage page = portal.open("/sigs/" + sig);
            assertThat(links(page)).doesNotContain("/sigs/" + sig + "/leadership-changes/new");
            assertThat((Object) page.querySelector("button.check-in")).as("a tech lead does not check in").isNull();
            assertThat(portal.open("/sigs/" + sig + "/leadership-changes/new").getWebResponse().getStatusCode())
                    .as("refused before anything is typed").isEqualTo(403);

            assertThat(links(portal.open("/sigs/" + sig))).as("a step-down asks first")
                    .contains("/sigs/" + sig + "/step-down");
            HtmlPage steppedDown = portal.submit(form(portal.open("/sigs/" + sig + "/step-down"),
                    "/sigs/" + sig + "/step-down"));
            assertThat(steppedDown.querySelector(".tech-leads").asNormalizedText()).isEqualTo("none");
            assertThat(steppedDown.querySelector(".emeritus").asNormalizedText()).contains("sara", "tech lead",
                    "stepped down");
            assertThat((Object) steppedDown.querySelector(".step-down")).isNull();
            assertThat(portal.open("/sigs/" + sig + "/step-down").getWebResponse().getStatusCode())
                    .as("no longer a lead").isEqualTo(403);
        }
    }

    private static List<String> links(HtmlPage page) {
        return page.getAnchors().stream().map(a -> a.getHrefAttribute()).toList();
    }

    private Api.Answer change(String proposer, String sig, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("sig", sig);
        return api.as(proposer).post("/api/sig-leadership-changes", body);
    }

    private Api.Answer stepDown(String caller, String sig, String lead) {
        return api.as(caller).post("/api/sigs/" + sig + "/leads/" + lead + "/step-down", Map.of());
    }

    private JsonNode sigAs(String user, String sig) {
        Api.Answer answer = api.as(user).get("/api/sigs/" + sig);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private void approveOn(String id, String... members) {
        for (String m : members) {
            Api.Answer cast = ballotOn("sig-leadership-changes", m, id, "APPROVE", null);
            assertThat(cast.status()).as("%s's ballot: %s", m, cast).isEqualTo(201);
        }
    }

    private void withdraw(String id, String proposer) {
        Api.Answer withdrawn = api.as(proposer).post("/api/sig-leadership-changes/" + id + "/withdrawal",
                Map.of("reason", "Only a test"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().path("errors").findValuesAsText("field");
    }
}
