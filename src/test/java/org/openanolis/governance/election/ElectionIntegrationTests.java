package org.openanolis.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.committee.CommitteeMembership;
import org.openanolis.governance.election.tally.BallotsCsv;
import org.openanolis.governance.election.tally.Contender;
import org.openanolis.governance.election.tally.CountedBallot;
import org.openanolis.governance.election.tally.SchulzeCount;
import org.openanolis.governance.election.tally.Seating;
import org.openanolis.governance.election.tally.Tally;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * An election of three seats over HTTP, as DOMAIN.md "Elections" runs it with the demo committee: Erin, Frank and
 * Grace continue (the demo gives them a term of a year), Alice, Bob, Carol and Dave are up. Acme Cloud keeps Frank's
 * seat, so with the cap of 2 only one of its two candidates ranked first and second is seated. The ballots are
 * secret and can be cast again with their receipt, the count is certified by an officer, the published ballots
 * recount to the same winners, and the next committee vote after the term start counts the new committee.
 */
@GovernanceTest
class ElectionIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;
    @Autowired
    private People people;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private CommitteeMembership committee;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void restoreTheCommittee() {
        for (String member : COMMITTEE) {
            people.join(member, Groups.STEERING_COMMITTEE);
        }
        people.join("alice", Groups.COMMITTEE_CHAIR);
        for (String elected : List.of("paul", "quinn", "sara")) {
            people.leave(elected, Groups.STEERING_COMMITTEE);
        }
    }

    @Test
    void electionFromNominationToTermStart() throws Exception {
        String newcomer = DemoPasswords.person(identityService, uniqueName("voter"));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        // Frank (Acme Cloud) continues whatever earlier tests of the shared database did to the demo's terms.
        jdbc.sql("insert into committee_term (person_id, started_at, ends_at) values ('frank', :now, :ends)")
                .param("now", Timestamp.from(now)).param("ends", Timestamp.from(now.plus(Duration.ofDays(3650))))
                .update();
        String title = uniqueName("Steering committee election");
        Map<String, Object> form = Map.of("title", title, "seats", 3,
                "nominationOpens", now.toString(), "votingOpens", now.plus(Duration.ofDays(1)).toString(),
                "votingCloses", now.plus(Duration.ofDays(4)).toString(),
                "termStarts", now.plus(Duration.ofDays(5)).toString());
        assertThat(api.as("paul").post("/api/elections", form).status()).as("officers only").isEqualTo(403);
        Api.Answer opened = api.as("olivia").post("/api/elections", form);
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String id = opened.field("id");
        assertThat(opened.field("status")).isEqualTo("SCHEDULED");
        engine.fireDueJobs(id);
        assertThat(election(id, "bob").path("status").asText()).isEqualTo("NOMINATING");
        assertThat(election(id, "bob").path("you").path("onRoll").asBoolean()).isTrue();

        for (String candidate : List.of("alice", "paul", "quinn", "sara")) {
            Api.Answer nominated = api.as("bob").post("/api/elections/" + id + "/nominations",
                    Map.of("candidate", candidate, "statement", "Why " + candidate));
            assertThat(nominated.status()).as("%s", nominated).isEqualTo(201);
            assertThat(api.as(candidate).post("/api/elections/" + id + "/nominations/" + candidate + "/acceptance",
                    Map.of()).status()).isEqualTo(200);
        }
        assertThat(api.as("olivia").post("/api/elections/" + id + "/nominations",
                Map.of("candidate", "olivia", "statement", "x")).status()).as("an officer is no voter").isEqualTo(403);
        Api.Answer officer = api.as("bob").post("/api/elections/" + id + "/nominations",
                Map.of("candidate", "olivia", "statement", "x"));
        assertProblem(officer, 400, "invalid-input");
        assertThat(officer.errorFields()).containsExactly("candidate");
        endorse(id, "alice", "bob", "carol", "dave");
        endorse(id, "paul", "bob", "carol", "dave");
        endorse(id, "quinn", "carol", "dave", "erin");
        endorse(id, "sara", "bob", "carol", "dave");
        assertThat(api.as("alice").post("/api/elections/" + id + "/nominations/alice/endorsements", Map.of())
                .status()).as("not one's own").isEqualTo(409);

        String refused = DemoPasswords.person(identityService, uniqueName("voter"));
        for (String person : List.of(newcomer, refused)) {
            Api.Answer asked = api.as(person).post("/api/elections/" + id + "/exceptions",
                    Map.of("reason", "I maintain the kernel's CI, which has no project of its own yet"));
            assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        }
        // Two requests open at once: each task answers its own.
        List<JsonNode> requests = api.as("olivia").getAll("/api/tasks").stream()
                .filter(t -> id.equals(t.path("caseId").asText())).toList();
        assertThat(requests).hasSize(2);
        assertThat(complete("olivia", requests.get(0).path("id").asText(), "REFUSE", null).status())
                .as("a refusal says why").isEqualTo(400);
        complete("olivia", requests.get(0).path("id").asText(), "GRANT", null);
        complete("olivia", requests.get(1).path("id").asText(), "REFUSE", "Not a contributor yet");
        List<JsonNode> answered = api.as("olivia").get("/api/elections/" + id + "/exceptions").list();
        assertThat(answered).extracting(e -> e.path("status").asText())
                .containsExactlyInAnyOrder("GRANTED", "REFUSED");
        String granted = answered.stream().filter(e -> "GRANTED".equals(e.path("status").asText())).findFirst()
                .orElseThrow().path("person").asText();
        String notGranted = granted.equals(newcomer) ? refused : newcomer;
        assertThat(election(id, granted).path("you").path("onRoll").asBoolean()).isTrue();
        assertThat(election(id, notGranted).path("you").path("onRoll").asBoolean()).isFalse();
        assertThat(api.as(notGranted).get("/api/elections/" + id + "/exceptions").list()).singleElement()
                .satisfies(e -> assertThat(e.path("answer").asText()).isEqualTo("Not a contributor yet"));

        assertThat(cast(id, "bob", Map.of("alice", 1), null).status()).as("not before voting opens").isEqualTo(409);
        engine.passTime(id, Duration.ofDays(1));
        JsonNode voting = election(id, "bob");
        assertThat(voting.path("status").asText()).isEqualTo("VOTING");
        assertThat(texts(voting.path("tieBreakOrder"))).containsExactlyInAnyOrder("alice", "paul", "quinn", "sara");

        Map<String, Integer> acmeFirst = Map.of("alice", 1, "paul", 2, "quinn", 3, "sara", 4);
        for (String voter : List.of("carol", "dave", "erin", "grace", granted)) {
            assertThat(cast(id, voter, acmeFirst, null).status()).isEqualTo(201);
        }
        String receipt = cast(id, "bob", Map.of("sara", 1), null).field("receipt");
        Api.Answer again = cast(id, "bob", acmeFirst, null);
        assertProblem(again, 409, "conflict");
        assertThat(again.errorFields()).containsExactly("receipt");
        Api.Answer recast = cast(id, "bob", acmeFirst, receipt);
        assertThat(recast.status()).as("%s", recast).isEqualTo(201);
        assertThat(recast.field("receipt")).isNotEqualTo(receipt);
        assertThat(cast(id, "bob", acmeFirst, receipt).status()).as("the old receipt is spent").isEqualTo(409);
        assertThat(cast(id, DemoPasswords.person(identityService, uniqueName("outsider")), acmeFirst, null).status())
                .as("not on the roll").isEqualTo(403);
        Api.Answer unknown = cast(id, "grace", Map.of("nobody", 1, "alice", 9), null);
        assertThat(unknown.errorFields()).containsExactlyInAnyOrder("ranks.nobody", "ranks.alice");

        engine.passTime(id, Duration.ofDays(3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Mailbox.recipients(greenMail, title, "Voting open")).containsKeys("bob@example.org",
                    granted + "@example.org");
            assertThat(Mailbox.recipients(greenMail, title, "Reminder: you have not voted"))
                    .as("half way and a day before the close, to whoever had not voted")
                    .containsEntry("alice@example.org", 2L).doesNotContainKey("carol@example.org");
        });
        assertThat(api.anonymous().get("/api/public/elections/" + id + "/result").status())
                .as("nothing is public before certification").isEqualTo(404);
        JsonNode counted = election(id, "olivia");
        assertThat(counted.path("status").asText()).isEqualTo("COUNTED");
        assertThat(counted.path("voted").asInt()).isEqualTo(6);
        assertThat(api.as("paul").get("/api/elections/" + id + "/elekto.zip").status())
                .as("the roll is the officers' until certified").isEqualTo(403);
        assertThat(zipEntries(api.as("olivia").getBytes("/api/elections/" + id + "/elekto.zip")))
                .anyMatch(name -> name.endsWith("/election.yaml")).anyMatch(name -> name.endsWith("/voters.yaml"))
                .anyMatch(name -> name.endsWith("/candidate-quinn.md"));
        complete("olivia", taskId("olivia", id, "ELECTION_CERTIFICATION"), "CERTIFY", null);
        assertThat(zipEntries(api.as("paul").getBytes("/api/elections/" + id + "/elekto.zip"))).isNotEmpty();

        JsonNode result = api.anonymous().get("/api/public/elections/" + id + "/result").json();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Mailbox.recipients(greenMail, title, "Election result")).containsKeys("paul@example.org",
                "bob@example.org"));
        assertThat(texts(result.path("ranking"))).containsExactly("alice", "paul", "quinn", "sara");
        assertThat(texts(result.path("winners"))).containsExactly("alice", "quinn", "sara");
        assertThat(texts(result.path("skippedForCap"))).containsExactly("paul");
        assertThat(result.path("ballots").asInt()).as("one ballot per voter, the re-cast replaced").isEqualTo(6);

        String csv = api.anonymous().get("/api/public/elections/" + id + "/ballots.csv").text();
        BallotsCsv.Parsed published = BallotsCsv.read(csv);
        assertThat(published.ballots()).hasSize(6);
        String recastHash = recast.field("receiptHash");
        assertThat(published.ballots()).extracting(CountedBallot::receiptHash).contains(recastHash);
        Tally recount = SchulzeCount.count(contenders(result), published.ballots().stream()
                .map(CountedBallot::ranking).toList(), texts(result.path("tieBreakOrder")), new Seating(
                result.path("seats").asInt(), result.path("maxPerOrganization").asInt(), continuing(result)));
        assertThat(recount.winners()).containsExactlyElementsOf(texts(result.path("winners")));

        List<String> continuing = committee.continuingMembers(now.plus(Duration.ofDays(5))).stream()
                .map(Person::id).toList();
        assertThat(continuing).contains("frank").doesNotContain("alice", "bob", "carol", "dave");
        engine.passTime(id, Duration.ofDays(1));
        assertThat(election(id, "bob").path("status").asText()).isEqualTo("SEATED");
        List<String> seated = new ArrayList<>(continuing);
        seated.addAll(List.of("alice", "quinn", "sara"));
        assertThat(people.membersOf(Groups.STEERING_COMMITTEE)).extracting(p -> p.id())
                .containsExactlyInAnyOrderElementsOf(seated);
        Api.Answer next = api.as("alice").post("/api/committee-removals",
                Map.of("member", "quinn", "reason", "The next vote counts the committee after the term start"));
        assertThat(next.json().path("vote").path("electorate").asInt()).as("the new committee, two recused")
                .isEqualTo(seated.size() - 2);
        api.as("alice").post("/api/committee-removals/" + next.field("id") + "/withdrawal", Map.of());
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private JsonNode election(String id, String reader) {
        return api.as(reader).get("/api/elections/" + id).json();
    }

    private void endorse(String id, String candidate, String... endorsers) {
        for (String endorser : endorsers) {
            Api.Answer endorsed = api.as(endorser).post("/api/elections/" + id + "/nominations/" + candidate
                    + "/endorsements", Map.of());
            assertThat(endorsed.status()).as("%s", endorsed).isEqualTo(200);
        }
    }

    private Api.Answer cast(String id, String voter, Map<String, Integer> ranks, String receipt) {
        Map<String, Object> body = new HashMap<>();
        body.put("ranks", ranks);
        body.put("receipt", receipt);
        return api.as(voter).post("/api/elections/" + id + "/ballots", body);
    }

    private static List<Contender> contenders(JsonNode result) {
        return result.path("candidates").findParents("id").stream()
                .map(c -> new Contender(c.path("id").asText(), c.path("organization").asText(null))).toList();
    }

    private static Map<String, Integer> continuing(JsonNode result) {
        Map<String, Integer> seats = new HashMap<>();
        result.path("continuingSeats").fields().forEachRemaining(e -> seats.put(e.getKey(), e.getValue().asInt()));
        return seats;
    }
}
