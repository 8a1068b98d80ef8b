package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.ProjectProposalBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The case pages as people read them: the facts, the status and the timeline; the proposer's actions and the
 * links to one's own tasks; a vote the committee can follow while outsiders only learn when it closes; where
 * the case stands in its process; and "My cases". Cases are driven over the API, pages read over HTTP.
 */
@GovernanceTest
class CasePagesIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    EngineDriver engine;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identityService;

    Portal portal;

    @BeforeEach
    void openPortal() {
        portal = new Portal(port);
    }

    @AfterEach
    void closePortal() {
        portal.close();
    }

    // ---- facts, timeline, actions ----

    @Test
    void theProposerReadsFactsStatusAndTimelineOldestFirstAndIsOfferedToReviseAndWithdraw() {
        String name = uniqueName("page");
        String id = submit(name);
        triage(id, "REQUEST_CHANGES", "Please narrow the scope to attestation");
        portal.signIn("paul");

        HtmlPage page = portal.open("/sig-proposals/" + id);

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(one(page, "h1").asNormalizedText()).isEqualTo("Confidential AI");
        assertThat(one(page, ".badge.status").asNormalizedText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(one(page, "main").asNormalizedText()).contains(name).contains("TEE runtimes, attestation");
        assertThat(one(page, ".chairs").asNormalizedText()).isEqualTo("Quinn Zhou (quinn), Rita Xu (rita)");
        List<String> rows = rows(page, "table.timeline tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("paul").contains("Submitted");
        assertThat(rows.get(1)).contains("olivia").contains("Changes requested").contains("Please narrow the scope to attestation");
        assertThat(page.querySelectorAll("table.timeline time")).allSatisfy(t ->
                assertThat(t.getAttributes().getNamedItem("datetime").getNodeValue()).endsWith("Z"));
        assertThat(page.getAnchorByHref("/sig-proposals/" + id + "/revision").asNormalizedText()).isEqualTo("Revise");
        assertThat(page.getAnchorByHref("/sig-proposals/" + id + "/withdrawal").asNormalizedText()).isEqualTo("Withdraw");
    }

    @Test
    void anyoneElseSignedInReadsTheCaseButIsOfferedNeitherReviseNorWithdraw() {
        String id = submit(uniqueName("reader"));
        triage(id, "REQUEST_CHANGES", "More detail");
        portal.signIn("rita");

        HtmlPage page = portal.open("/sig-proposals/" + id);

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(one(page, ".proposer").asNormalizedText()).isEqualTo("Paul Wu (paul)");
        assertThat(hrefs(page)).doesNotContain("/sig-proposals/" + id + "/revision", "/sig-proposals/" + id + "/withdrawal");
    }

    @Test
    void whoeverHoldsATaskOnTheCaseFindsALinkToIt() {
        String id = submit(uniqueName("tasklink"));
        String triageTask = taskId("olivia", id, "SIG_TRIAGE");

        portal.signIn("olivia");
        assertThat(hrefs(portal.open("/sig-proposals/" + id))).contains("/tasks/" + triageTask);
        portal.signOut();
        portal.signIn("paul");
        assertThat(hrefs(portal.open("/sig-proposals/" + id))).noneMatch(href -> href.startsWith("/tasks/"));
    }

    @Test
    void anUnknownCaseIsTheFriendlyNotFoundPage() {
        portal.signIn("rita");

        for (String path : List.of("/sig-proposals/no-such-case", "/project-proposals/no-such-case",
                "/partner-applications/no-such-case", "/partners/no-such-case", "/sig-proposals/no-such-case/diagram")) {
            HtmlPage missing = portal.open(path);
            assertThat(missing.getWebResponse().getStatusCode()).as(path).isEqualTo(404);
            assertThat(missing.getTitleText()).as(path).contains("Not found");
            assertThat(missing.asNormalizedText()).as(path).contains("no-such-case");
        }
    }

    // ---- the vote ----

    @Test
    void aCommitteeMemberFollowsTheOpenVoteTheCountTheRecusedAndWhoHasNotVoted() {
        String id = inVoteWithThreeBallots();
        portal.signIn("grace");

        DomNode vote = portal.open("/sig-proposals/" + id).querySelector(".vote-open");

        assertThat(one(vote, ".electorate").asNormalizedText()).isEqualTo("6");
        assertThat(one(vote, ".quorum").asNormalizedText()).isEqualTo("4 ballots");
        assertThat(one(vote, ".approvals").asNormalizedText()).isEqualTo("1");
        assertThat(one(vote, ".rejections").asNormalizedText()).isEqualTo("1");
        assertThat(one(vote, ".abstentions").asNormalizedText()).isEqualTo("1");
        assertThat(one(vote, ".recused").asNormalizedText()).isEqualTo("Carol Wang (carol)");
        assertThat(one(vote, ".not-voted").asNormalizedText().split(", "))
                .containsExactlyInAnyOrder("Alice Chen (alice)", "Frank Yang (frank)", "Grace Huang (grace)");
        assertThat(one(vote, ".vote-closes time")).isNotNull();
        assertThat(vote.asNormalizedText()).contains("SIMPLE");
    }

    @Test
    void anOutsiderSeesOnlyThatAVoteIsOpenAndWhenItCloses() {
        String id = inVoteWithThreeBallots();
        portal.signIn("paul");

        HtmlPage page = portal.open("/sig-proposals/" + id);
        DomNode vote = one(page, ".vote-open");

        assertThat(one(vote, ".vote-closes time")).isNotNull();
        assertThat(one(vote, ".vote-private")).isNotNull();
        assertThat(one(vote, ".tally")).isNull();
        assertThat(vote.asNormalizedText()).doesNotContain("Not voted", "Approvals", "carol", "bob", "dave", "erin");
        assertThat(one(page, "table.timeline").asNormalizedText()).doesNotContain("Ballot cast");
    }

    @Test
    void onceTheVoteClosesEverybodySeesTheResultTheTallyAndTheBallots() {
        String id = acceptedForVote(uniqueName("closed"));
        approveBy(id, "alice", "bob", "carol", "dave", "erin");
        assertThat(ballot("frank", id, "REJECT", "Overlaps sig-ai").status()).isEqualTo(201);
        engine.passTime(id, Duration.ofHours(72));
        assertThat(status(id)).isEqualTo("PROVISIONING");
        portal.signIn("rita");

        HtmlPage page = portal.open("/sig-proposals/" + id);
        DomNode vote = one(page, ".vote-closed");

        assertThat(one(page, ".vote-open")).isNull();
        assertThat(one(vote, "h3 .badge").asNormalizedText()).isEqualTo("APPROVED");
        assertThat(one(vote, ".approvals").asNormalizedText()).isEqualTo("5");
        assertThat(one(vote, ".rejections").asNormalizedText()).isEqualTo("1");
        assertThat(one(vote, ".abstentions").asNormalizedText()).isEqualTo("0");
        assertThat(one(vote, ".not-voted")).as("only while open").isNull();
        List<String> ballots = rows(page, "table.ballots tbody tr");
        assertThat(ballots).hasSize(6).anySatisfy(b -> assertThat(b).contains("frank").contains("REJECT").contains("Overlaps sig-ai"));
    }

    @Test
    void aReRunIsShownAboveTheRoundThatHadNoQuorum() {
        String id = acceptedForVote(uniqueName("rerun"));
        approveBy(id, "alice", "bob");
        engine.passTime(id, Duration.ofDays(7));
        engine.passTime(id, Duration.ofDays(7));
        assertThat(status(id)).isEqualTo("NO_QUORUM");
        assertThat(complete("alice", taskId("alice", id, "NO_QUORUM_DECISION"), "RERUN", null).status()).isEqualTo(204);
        portal.signIn("paul");

        HtmlPage page = portal.open("/sig-proposals/" + id);

        List<String> rounds = rows(page, ".vote h3");
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0)).contains("Round 2").contains("OPEN");
        assertThat(rounds.get(1)).contains("Round 1").contains("NO_QUORUM");
    }

    // ---- the process ----

    @Test
    void theDiagramMarksTriageThenTheVoteThenTheEndOfTheProcess() throws Exception {
        String id = submit(uniqueName("diagram"));
        portal.signIn("rita");

        JsonNode atTriage = diagram("/sig-proposals/" + id + "/diagram");
        assertThat(atTriage.path("xml").asText()).contains("id=\"sigCreation\"").contains("bpmndi:BPMNDiagram");
        assertThat(ids(atTriage.path("current"))).containsExactly("UserTask_TriageProposal");
        assertThat(ids(atTriage.path("passed"))).containsExactly("StartEvent_SigProposed");

        triage(id, "ACCEPT", null);
        JsonNode inVote = diagram("/sig-proposals/" + id + "/diagram");
        assertThat(ids(inVote.path("current"))).containsExactly("CallActivity_CommitteeVote");
        assertThat(ids(inVote.path("passed"))).containsSubsequence("StartEvent_SigProposed", "UserTask_TriageProposal",
                "ServiceTask_AcceptForVote");

        approveBy(id, "alice", "bob", "carol", "dave", "erin", "frank");
        engine.passTime(id, Duration.ofHours(72));
        assertThat(ids(diagram("/sig-proposals/" + id + "/diagram").path("current"))).containsExactly("UserTask_ProvisionSig");
        assertThat(complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null).status()).isEqualTo(204);

        JsonNode approved = diagram("/sig-proposals/" + id + "/diagram");
        assertThat(ids(approved.path("current"))).isEmpty();
        assertThat(ids(approved.path("passed"))).containsSubsequence("UserTask_TriageProposal", "CallActivity_CommitteeVote",
                "UserTask_ProvisionSig", "EndEvent_SigApproved");
        HtmlPage page = portal.open("/sig-proposals/" + id);
        assertThat(page.getElementById("current-steps").asNormalizedText()).contains("the process has ended");
        assertThat(page.getElementById("passed-steps").asNormalizedText()).as("no unnamed gateway")
                .doesNotContain("Gateway_");
        assertThat(page.getElementById("passed-steps").asNormalizedText()).contains("Triage proposal").contains("Committee vote")
                .contains("SIG approved");
        assertThat(page.getElementById("case-diagram").getAttribute("data-diagram-url"))
                .isEqualTo("/sig-proposals/" + id + "/diagram");
    }

    @Test
    void theTextAlternativeNamesTheCurrentStep() {
        String id = acceptedForVote(uniqueName("alttext"));
        portal.signIn("rita");

        HtmlPage page = portal.open("/sig-proposals/" + id);

        assertThat(page.getElementById("current-steps").asNormalizedText()).contains("Committee vote");
        assertThat(page.getElementById("passed-steps").asNormalizedText()).contains("SIG proposed").contains("Triage proposal");
    }

    // ---- projects ----

    @Test
    void aProjectProposalShowsItsFactsItsProposersWithdrawalAndTheSponsoringChairsTask() throws Exception {
        String sponsor = activeSig();
        String name = uniqueName("proj").substring(4);
        Map<String, Object> body = ProjectProposalBodies.valid(name, sponsor);
        body.put("maintainers", List.of("quinn", "paul"));
        Api.Answer created = api.as("rita").post("/api/project-proposals", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.field("id");

        portal.signIn("rita");
        HtmlPage page = portal.open("/project-proposals/" + id);
        assertThat(one(page, "h1").asNormalizedText()).isEqualTo(name);
        assertThat(one(page, ".badge.status").asNormalizedText()).isEqualTo("SIG_ENDORSEMENT");
        assertThat(one(page, "main").asNormalizedText()).contains(sponsor).contains("A container runtime for confidential workloads");
        assertThat(page.getAnchorByHref("/project-proposals/" + id + "/withdrawal").asNormalizedText()).isEqualTo("Withdraw");
        assertThat(hrefs(page)).noneMatch(href -> href.endsWith("/revision"));
        assertThat(ids(diagram("/project-proposals/" + id + "/diagram").path("current"))).containsExactly("UserTask_EndorseProject");
        assertThat(hrefs(portal.open("/my/cases"))).contains("/project-proposals/" + id);
        portal.signOut();

        portal.signIn("quinn");
        HtmlPage asChair = portal.open("/project-proposals/" + id);
        assertThat(hrefs(asChair)).contains("/tasks/" + taskId("quinn", id, "SIG_ENDORSEMENT"))
                .doesNotContain("/project-proposals/" + id + "/withdrawal");
    }

    // ---- partners ----

    @Test
    void aListedPartnerShowsItsCertificateAndAnOpenRevocationVote() {
        String company = "Case Page Systems " + uniqueName("co").substring(8);
        String applicationId = api.as("rita").post("/api/partner-applications", application(company)).field("id");
        assertThat(complete("olivia", taskId("olivia", applicationId, "PARTNER_ELIGIBILITY"), "ACCEPT", null).status()).isEqualTo(204);
        assertThat(complete("olivia", taskId("olivia", applicationId, "TECHNICAL_VERIFICATION"), "ACCEPT", null).status()).isEqualTo(204);
        for (String member : List.of("alice", "bob", "dave", "erin", "frank")) {
            assertThat(api.as(member).post("/api/partner-applications/" + applicationId + "/ballots", Map.of("vote", "APPROVE"))
                    .status()).isEqualTo(201);
        }
        engine.passTime(applicationId, Duration.ofHours(72));
        String partnerId = api.as("rita").get("/api/partner-applications/" + applicationId).field("partnerId");
        assertThat(api.as("alice").post("/api/partners/" + partnerId + "/revocation",
                Map.of("reason", "Compatibility claims proved false")).status()).isEqualTo(201);
        portal.signIn("rita");

        HtmlPage application = portal.open("/partner-applications/" + applicationId);
        assertThat(one(application, ".badge.status").asNormalizedText()).isEqualTo("LISTED");
        assertThat(one(application, ".vote-closed h3 .badge").asNormalizedText()).isEqualTo("APPROVED");
        assertThat(hrefs(application)).contains("/partners/" + partnerId);

        HtmlPage partner = portal.open("/partners/" + partnerId);
        assertThat(partner.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(one(partner, "h1").asNormalizedText()).isEqualTo(company);
        assertThat(one(partner, ".badge.status").asNormalizedText()).isEqualTo("LISTED");
        assertThat(one(partner, ".certificate-expiry time")).isNotNull();
        assertThat(one(partner, ".revocation-reason").asNormalizedText()).isEqualTo("Compatibility claims proved false");
        assertThat(one(partner, ".vote-open .vote-closes time")).isNotNull();
        assertThat(one(partner, ".vote-open .tally")).as("rita is no committee member").isNull();
        assertThat(one(partner, "table.timeline").asNormalizedText()).contains("Revocation requested");
        assertThat(partner.getElementById("current-steps").asNormalizedText()).contains("vote");
    }

    // ---- my cases ----

    @Test
    void myCasesListsOnlyTheReadersOwnCases() {
        String ritasSig = uniqueName("ritas");
        String ritasId = submit("rita", proposal(ritasSig, List.of("quinn", "paul")));
        String paulsId = submit(uniqueName("pauls"));
        String company = "My Cases Systems " + uniqueName("co").substring(8);
        String ritasApplication = api.as("rita").post("/api/partner-applications", application(company)).field("id");
        portal.signIn("rita");

        HtmlPage page = portal.open("/my/cases");

        List<String> links = hrefs(page);
        assertThat(links).contains("/sig-proposals/" + ritasId, "/partner-applications/" + ritasApplication)
                .doesNotContain("/sig-proposals/" + paulsId);
        HtmlAnchor sig = page.getAnchorByHref("/sig-proposals/" + ritasId);
        assertThat(sig.asNormalizedText()).isEqualTo(ritasSig);
        assertThat(sig.getEnclosingElement("tr").asNormalizedText()).contains("SIG proposal").contains("TRIAGE");
    }

    @Test
    void someoneWhoProposedNothingIsToldSo() {
        createUser("case-newcomer");
        portal.signIn("case-newcomer");

        HtmlPage page = portal.open("/my/cases");

        assertThat(page.getElementById("no-cases").asNormalizedText()).contains("You have not proposed or applied for anything yet");
        assertThat(one(page, "table.case-list")).isNull();
    }

    // ---- helpers ----

    /** A vote in progress with carol recused (a proposed chair), bob for, dave against and erin abstaining. */
    private String inVoteWithThreeBallots() {
        String id = submit("paul", proposal(uniqueName("open"), List.of("carol", "quinn")));
        triage(id, "ACCEPT", null);
        assertThat(ballot("bob", id, "APPROVE", null).status()).isEqualTo(201);
        assertThat(ballot("dave", id, "REJECT", "Overlaps sig-ai").status()).isEqualTo(201);
        assertThat(ballot("erin", id, "ABSTAIN", null).status()).isEqualTo(201);
        return id;
    }

    /** A SIG taken through its whole process to ACTIVE, chaired by quinn and rita, to sponsor a project. */
    private String activeSig() {
        String name = uniqueName("sponsor");
        String id = acceptedForVote(name);
        approveBy(id, "alice", "bob", "carol", "dave", "erin", "frank");
        engine.passTime(id, Duration.ofHours(72));
        assertThat(complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null).status()).isEqualTo(204);
        EngineDriver.resetClock();
        return name;
    }

    private JsonNode diagram(String path) throws Exception {
        org.htmlunit.Page answer = portal.get(path);
        assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(answer.getWebResponse().getContentType()).isEqualTo("application/json");
        return json.readTree(answer.getWebResponse().getContentAsString());
    }

    private static List<String> ids(JsonNode steps) {
        List<String> ids = new ArrayList<>();
        steps.forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    /** The first element the selector finds under the node, or null: typed, so assertions read plainly. */
    private static DomNode one(DomNode root, String selector) {
        return root.querySelector(selector);
    }

    private static List<String> rows(HtmlPage page, String selector) {
        return page.querySelectorAll(selector).stream().map(DomNode::asNormalizedText).toList();
    }

    private static List<String> hrefs(HtmlPage page) {
        return page.getAnchors().stream().map(HtmlAnchor::getHrefAttribute).toList();
    }

    private void createUser(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(Api.PASSWORD);
            user.setEmail(id + "@example.org");
            DemoPasswords.save(identityService, user);
        }
    }

    private static Map<String, Object> application(String company) {
        String slug = company.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Map.of("company", company, "registrationId", "91330100MA2AAAAAAA", "country", "CN",
                "website", "https://" + slug + ".example", "type", "OSV", "contactName", "Contact Person",
                "contactEmail", "contact@" + slug + ".example", "agreementVersion", "1.0",
                "products", List.of(Map.of("name", "Server X", "version", "2.0", "arch", "aarch64",
                        "baseRelease", "anolis-23.2", "testReport", Map.of("passed", 120, "failed", 0, "pending", 0))));
    }
}
