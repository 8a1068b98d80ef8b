package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The inbox in the portal, over real HTTP as a browser without scripts sees it: who sees which task, what each
 * task's form offers, how a refused form answers, and that a ballot cast on a page counts like one cast through the API.
 */
@GovernanceTest
class TaskPagesIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    EngineDriver engine;

    private final List<Portal> portals = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void closePortals() {
        portals.forEach(Portal::close);
        portals.clear();
    }

    /** A browser of its own, signed in as this person. */
    private Portal signedIn(String user) {
        Portal portal = new Portal(port);
        portals.add(portal);
        portal.signIn(user);
        return portal;
    }

    @Test
    void theInboxShowsEachPersonOnlyTheirOwnTasksWithTheirCases() {
        String name = uniqueName("pages-inbox");
        String id = acceptedForVote(name);
        String triaged = uniqueName("pages-triage");
        String triageId = submit(triaged);

        HtmlPage bobs = signedIn("bob").open("/tasks");
        assertThat(bobs.getWebResponse().getStatusCode()).isEqualTo(200);
        HtmlAnchor ballot = bobs.getAnchorByHref("/tasks/" + taskId("bob", id, "COMMITTEE_BALLOT"));
        assertThat(ballot.asNormalizedText()).isEqualTo("Vote on " + name);
        assertThat(bobs.getAnchorByHref("/sig-proposals/" + id).asNormalizedText()).isEqualTo(name);
        assertThat(bobs.asNormalizedText()).doesNotContain(triaged)
                .doesNotContain(taskId("carol", id, "COMMITTEE_BALLOT"));

        HtmlPage olivias = signedIn("olivia").open("/tasks");
        assertThat(olivias.getAnchorByHref("/tasks/" + taskId("olivia", triageId, "SIG_TRIAGE")).asNormalizedText())
                .isEqualTo("Triage " + triaged);
        assertThat(olivias.asNormalizedText()).as("ops hold no ballot").doesNotContain("Vote on " + name);

        HtmlPage ritas = signedIn("rita").open("/tasks");
        assertThat(ritas.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(ritas.asNormalizedText()).as("a plain member neither votes nor triages")
                .doesNotContain(name).doesNotContain(triaged);
    }

    @Test
    void someoneWithNothingToDoSeesAnEmptyInbox() {
        HtmlPage empty = signedIn("admin").open("/tasks");

        assertThat(empty.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(empty.asNormalizedText()).contains("Nothing waits for you right now.");
        assertThat(empty.getByXPath("//a[starts-with(@href, '/tasks/')]")).isEmpty();
    }

    @Test
    void theTriagePageOffersItsThreeOutcomesInPlainWordsWithWhatToDecide() {
        String name = uniqueName("pages-triage-form");
        String id = submit(name);

        HtmlPage page = signedIn("olivia").open("/tasks/" + taskId("olivia", id, "SIG_TRIAGE"));

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(TaskForm.outcomes(page)).containsExactly("ACCEPT", "REQUEST_CHANGES", "REJECT");
        assertThat(TaskForm.labels(page)).containsExactly("Accept", "Request changes", "Reject");
        assertThat(page.getElementById("outcome-REJECT").getAttribute("value")).isEqualTo("REJECT");
        assertThat(page.getElementById("outcome-REJECT").getAttribute("aria-describedby")).isEqualTo("outcome-REJECT-hint");
        assertThat(page.getElementById("outcome-REQUEST_CHANGES-hint").asNormalizedText()).contains("say what to change");
        assertThat(page.getElementById("instructions").asNormalizedText())
                .startsWith("Decide whether the SIG proposal goes to the committee vote");
        assertThat(page.getAnchorByHref("/sig-proposals/" + id).asNormalizedText()).isEqualTo(name);
        assertThat(page.asNormalizedText()).contains("SIG proposal").contains("Required for Request changes, Reject");
        assertThat(page.getElementById("comment").getAttribute("aria-describedby")).isEqualTo("comment-hint");
        assertThat(TaskForm.text(page, "//label[@for='comment']")).as("the comment has a label").isNotNull();
    }

    @Test
    void triageInThePortalMovesTheCaseAndSaysSo() {
        String name = uniqueName("pages-accept");
        String id = submit(name);
        Portal olivia = signedIn("olivia");

        HtmlPage inbox = TaskForm.complete(olivia, olivia.open("/tasks/" + taskId("olivia", id, "SIG_TRIAGE")),
                "ACCEPT", null);

        assertThat(inbox.getUrl().getPath()).isEqualTo("/tasks");
        assertThat(TaskForm.text(inbox, "//p[@class='notice']")).isEqualTo("Task completed: Triage " + name + ".");
        assertThat(status(id)).isEqualTo("VOTING");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).isEmpty();
        assertThat(olivia.open("/tasks").asNormalizedText()).as("the notice is shown once").doesNotContain("Task completed");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedOnTheFormAndChangesNothing() {
        String id = submit(uniqueName("pages-noreason"));
        Portal olivia = signedIn("olivia");
        String task = taskId("olivia", id, "SIG_TRIAGE");

        HtmlPage refused = TaskForm.complete(olivia, olivia.open("/tasks/" + task), "REJECT", "   ");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(refused.getUrl().getPath()).isEqualTo("/tasks/" + task + "/completion");
        assertThat(TaskForm.errorSummary(refused)).containsExactly("Say why: \u201cReject\u201d needs a comment.");
        assertThat(refused.getAnchorByHref("#comment")).isNotNull();
        assertThat(refused.getElementById("comment").getAttribute("aria-describedby")).isEqualTo("comment-hint comment-error");
        assertThat(refused.getElementById("comment-error").asNormalizedText()).contains("needs a comment");
        assertThat(TaskForm.checkedOutcome(refused)).as("the choice is kept").isEqualTo("REJECT");
        assertThat(status(id)).isEqualTo("TRIAGE");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).isPresent();
    }

    @Test
    void noOutcomeChosenIsRefusedKeepingTheTypedComment() {
        String id = submit(uniqueName("pages-nooutcome"));
        Portal olivia = signedIn("olivia");
        String task = taskId("olivia", id, "SIG_TRIAGE");

        HtmlPage refused = TaskForm.complete(olivia, olivia.open("/tasks/" + task), null, "Looks fine to me");

        assertThat(TaskForm.errorSummary(refused)).containsExactly("Choose one of the outcomes.");
        assertThat(refused.getAnchorByHref("#outcome")).isNotNull();
        assertThat(refused.getElementById("outcome").getAttribute("aria-describedby")).isEqualTo("outcome-error");
        assertThat(TaskForm.comment(refused)).isEqualTo("Looks fine to me");
        assertThat(TaskForm.checkedOutcome(refused)).isNull();
        assertThat(status(id)).isEqualTo("TRIAGE");
    }

    @Test
    void anOverlongCommentOrAControlCharacterIsRefusedKeepingWhatWasTyped() {
        String id = submit(uniqueName("pages-longcomment"));
        Portal olivia = signedIn("olivia");
        String task = taskId("olivia", id, "SIG_TRIAGE");
        String tooLong = "Please narrow the scope. " + "x".repeat(2000);

        HtmlPage longRefused = TaskForm.complete(olivia, olivia.open("/tasks/" + task), "REQUEST_CHANGES", tooLong);

        assertThat(TaskForm.errorSummary(longRefused)).containsExactly("The comment must be at most 2000 characters.");
        assertThat(TaskForm.comment(longRefused)).isEqualTo(tooLong);
        assertThat(TaskForm.checkedOutcome(longRefused)).isEqualTo("REQUEST_CHANGES");

        HtmlPage controlRefused = TaskForm.complete(olivia, longRefused, "REJECT", "Out of scope\u0007 entirely");

        assertThat(TaskForm.errorSummary(controlRefused)).containsExactly("The comment must not contain control characters.");
        assertThat(TaskForm.comment(controlRefused)).startsWith("Out of scope").endsWith("entirely");
        assertThat(TaskForm.checkedOutcome(controlRefused)).isEqualTo("REJECT");
        assertThat(status(id)).isEqualTo("TRIAGE");
        assertThat(findTask("olivia", id, "SIG_TRIAGE")).isPresent();
    }

    @Test
    void aBallotCastInThePortalCountsAndARejectionNeedsAReason() {
        String name = uniqueName("pages-ballot");
        String id = acceptedForVote(name);
        Portal bob = signedIn("bob");
        String task = taskId("bob", id, "COMMITTEE_BALLOT");
        HtmlPage page = bob.open("/tasks/" + task);
        assertThat(TaskForm.outcomes(page)).containsExactly("APPROVE", "REJECT", "ABSTAIN");
        assertThat(TaskForm.labels(page)).containsExactly("Approve", "Reject", "Abstain");
        assertThat(TaskForm.text(page, "//label[@for='comment']")).isEqualTo("Reason");

        HtmlPage refused = TaskForm.complete(bob, page, "REJECT", null);
        assertThat(TaskForm.errorSummary(refused)).containsExactly("Say why: \u201cReject\u201d needs a comment.");
        assertThat(proposalAs("bob", id).json().path("vote").path("ballots")).as("no ballot yet")
                .noneSatisfy(b -> assertThat(b.path("member").asText()).isEqualTo("bob"));

        HtmlPage inbox = TaskForm.complete(bob, refused, "REJECT", "Overlaps an existing SIG");

        assertThat(inbox.getUrl().getPath()).isEqualTo("/tasks");
        assertThat(inbox.asNormalizedText()).contains("Your ballot was recorded.").doesNotContain("Vote on " + name);
        JsonNode vote = proposalAs("carol", id).json().path("vote");
        assertThat(vote.path("rejections").asInt()).isEqualTo(1);
        assertThat(proposalAs("bob", id).json().path("vote").path("ballots")).anySatisfy(b -> {
            assertThat(b.path("member").asText()).isEqualTo("bob");
            assertThat(b.path("vote").asText()).isEqualTo("REJECT");
            assertThat(b.path("reason").asText()).isEqualTo("Overlaps an existing SIG");
        });
        assertThat(bob.open("/tasks/" + task).getWebResponse().getStatusCode()).as("a ballot is final").isEqualTo(404);
    }

    @Test
    void someoneElsesTaskIsAFriendlyForbiddenPageAndAnUnknownOneNotFound() {
        String id = acceptedForVote(uniqueName("pages-forbidden"));
        Portal dave = signedIn("dave");

        HtmlPage carols = dave.open("/tasks/" + taskId("carol", id, "COMMITTEE_BALLOT"));
        assertThat(carols.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(carols.getTitleText()).contains("You may not do that");
        assertThat(carols.asNormalizedText()).contains("This task is not yours to work on");

        String triage = taskId("olivia", submit(uniqueName("pages-forbidden-triage")), "SIG_TRIAGE");
        assertThat(signedIn("paul").open("/tasks/" + triage).getWebResponse().getStatusCode()).isEqualTo(403);

        HtmlPage unknown = dave.open("/tasks/no-such-task");
        assertThat(unknown.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(unknown.getTitleText()).contains("Not found");
    }

    @Test
    void aFormSentAfterSomeoneElseCompletedTheTaskAnswersThatItIsGone() {
        String id = submit(uniqueName("pages-gone"));
        String task = taskId("olivia", id, "SIG_TRIAGE");
        Portal olivia = signedIn("olivia");
        HtmlPage page = olivia.open("/tasks/" + task);
        triage(id, "ACCEPT", null);

        HtmlPage gone = TaskForm.complete(olivia, page, "REJECT", "Duplicate");

        assertThat(gone.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(gone.asNormalizedText()).contains("This task is not open: it was completed, or its case has moved on.");
        assertThat(status(id)).isEqualTo("VOTING");
    }

    @Test
    void provisioningAndTheChairsNoQuorumDecisionOfferTheirOutcomes() {
        String approved = acceptedForVote(uniqueName("pages-provision"));
        approveBy(approved, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(approved, Duration.ofHours(72));
        String silent = acceptedForVote(uniqueName("pages-noquorum"));
        engine.passTime(silent, Duration.ofDays(7));
        engine.passTime(silent, Duration.ofDays(7));

        HtmlPage provisioning = signedIn("olivia").open("/tasks/" + taskId("olivia", approved, "SIG_PROVISIONING"));
        assertThat(TaskForm.outcomes(provisioning)).containsExactly("DONE");
        assertThat(TaskForm.labels(provisioning)).containsExactly("Done");
        assertThat(TaskForm.text(provisioning, "//label[@for='comment']")).isEqualTo("Comment (optional)");

        Portal alice = signedIn("alice");
        HtmlPage decision = alice.open("/tasks/" + taskId("alice", silent, "NO_QUORUM_DECISION"));
        assertThat(TaskForm.outcomes(decision)).containsExactly("RERUN", "CLOSE");
        assertThat(TaskForm.labels(decision)).containsExactly("Re-run the vote", "Close the case");

        HtmlPage closed = TaskForm.complete(alice, decision, "CLOSE", "Nobody voted twice over");
        assertThat(closed.getUrl().getPath()).isEqualTo("/tasks");
        assertThat(status(silent)).isEqualTo("EXPIRED");
    }

    @Test
    void theChairResolvesAVoteThatCannotOpenForTooFewVoters() {
        // Five of seven members would chair or lead the SIG: two voters are too few, so the chair decides.
        Map<String, Object> body = proposal(uniqueName("pages-escalation"), List.of("bob", "carol"));
        body.put("techLeads", List.of("dave", "erin", "frank"));
        String id = submit("paul", body);
        triage(id, "ACCEPT", null);

        HtmlPage page = signedIn("alice").open("/tasks/" + taskId("alice", id, "VOTE_ESCALATION"));

        assertThat(TaskForm.outcomes(page)).containsExactly("RERUN", "CLOSE");
        assertThat(TaskForm.labels(page)).containsExactly("Re-run the vote", "Close the case");
        assertThat(page.getElementById("outcome-RERUN-hint").asNormalizedText()).contains("now that the committee has changed");
        assertThat(page.getElementById("instructions").asNormalizedText()).startsWith("Fewer than three committee members");
    }

    @Test
    void partnerEligibilityAndVerificationOfferTheirOutcomesAndAFailingReportIsRefusedOnTheForm() {
        String company = "Pages Partner " + uniqueName("co").replace("sig-api-", "");
        Map<String, Object> failing = partnerApplication(company, 2);
        Api.Answer created = api.as("quinn").post("/api/partner-applications", failing);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.field("id");
        Portal olivia = signedIn("olivia");

        HtmlPage eligibility = olivia.open("/tasks/" + taskId("olivia", id, "PARTNER_ELIGIBILITY"));
        assertThat(TaskForm.outcomes(eligibility)).containsExactly("ACCEPT", "REQUEST_CHANGES", "REJECT");
        assertThat(eligibility.getAnchorByHref("/partner-applications/" + id).asNormalizedText()).isEqualTo(company);
        assertThat(TaskForm.complete(olivia, eligibility, "ACCEPT", null).getUrl().getPath()).isEqualTo("/tasks");

        String verification = taskId("olivia", id, "TECHNICAL_VERIFICATION");
        HtmlPage verify = olivia.open("/tasks/" + verification);
        assertThat(TaskForm.outcomes(verify)).containsExactly("ACCEPT", "REQUEST_CHANGES", "REJECT");

        HtmlPage refused = TaskForm.complete(olivia, verify, "ACCEPT", "All good");

        assertThat(refused.getWebResponse().getStatusCode()).as("shown on the form, not as a 409 page").isEqualTo(200);
        assertThat(TaskForm.errorSummary(refused)).contains(
                "Technical verification can accept only passing reports on supported releases; request changes or reject instead",
                "Product 1: failed tests must be 0 for technical acceptance.");
        assertThat(TaskForm.comment(refused)).isEqualTo("All good");
        assertThat(api.as("quinn").get("/api/partner-applications/" + id).field("status")).isEqualTo("TECHNICAL_VERIFICATION");
        assertThat(findTask("olivia", id, "TECHNICAL_VERIFICATION")).isPresent();

        assertThat(TaskForm.complete(olivia, refused, "REQUEST_CHANGES", "Two tests fail on aarch64").getUrl().getPath())
                .isEqualTo("/tasks");
        assertThat(api.as("quinn").get("/api/partner-applications/" + id).field("status")).isEqualTo("CHANGES_REQUESTED");
    }

    private static Map<String, Object> partnerApplication(String company, int failedTests) {
        return PartnerApplicationBodies.withFailedTests(company, failedTests);
    }
}
