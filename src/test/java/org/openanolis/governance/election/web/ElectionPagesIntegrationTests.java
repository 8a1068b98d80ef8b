package org.openanolis.governance.election.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.form;
import static org.openanolis.governance.support.PortalForms.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.election.tally.TieBreakOrder;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.ElectionDriver;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Elections in the portal without scripts (HtmlUnit), each role in turn: an officer opens one through the form
 * (every problem next to its field, what was typed kept) and nobody else may; voters nominate and endorse,
 * candidates accept, a person off the roll asks for an exception and the officer finds the task in the inbox; a
 * voter ranks the candidates, gets the receipt once, and needs it to vote again; the officers see the count before
 * it is certified, everyone after, and a voter finds their ballot with the receipt.
 */
@GovernanceTest
class ElectionPagesIntegrationTests extends ApiScenario {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    ElectionDriver elections;

    /**
     * Someone surely off the voter roll: a person of the tests' own, since the tests share one database and any
     * demo person may have become a SIG's lead or a project's maintainer in an earlier test.
     */
    private String outsider() {
        return DemoPasswords.person(identityService, uniqueName("outsider"));
    }
    @Autowired
    EngineDriver engine;
    @Autowired
    People people;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void restoreTheCommittee() {
        for (String member : COMMITTEE) {
            people.join(member, Groups.STEERING_COMMITTEE);
        }
        people.join("alice", Groups.COMMITTEE_CHAIR);
        for (String elected : List.of("paul", "quinn")) {
            people.leave(elected, Groups.STEERING_COMMITTEE);
        }
    }

    @Test
    void onlyOfficersOpenAnElectionAndTheFormKeepsWhatWasTypedNextToEachProblem() throws IOException {
        try (Portal anonymous = new Portal(port); Portal paul = new Portal(port); Portal olivia = new Portal(port)) {
            HtmlPage list = anonymous.open("/elections");
            assertThat(list.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(list.getAnchorByText("Elections").getHrefAttribute()).isEqualTo("/elections");
            assertThat(list.getAnchors()).noneMatch(a -> a.getHrefAttribute().equals("/elections/new"));
            assertThat(anonymous.open("/elections/new").getUrl().getPath()).as("sign in first").isEqualTo("/sign-in");

            paul.signIn("paul");
            assertThat(paul.open("/elections").getAnchors())
                    .noneMatch(a -> a.getHrefAttribute().equals("/elections/new"));
            assertThat(paul.open("/elections/new").getWebResponse().getStatusCode()).isEqualTo(403);

            olivia.signIn("olivia");
            HtmlPage form = olivia.open("/elections").getAnchorByText("Open an election").click();
            assertThat(form.asNormalizedText()).contains("All dates and times on this form are in UTC.");
            assertThat(form.getElementById("nominationOpens").getAttribute("type")).isEqualTo("datetime-local");
            Instant now = ClockUtil.getCurrentTime().toInstant();
            fill(form, "title", " ");
            fill(form, "seats", "three");
            fill(form, "nominationOpens", LOCAL.format(now.minus(Duration.ofDays(2))));
            fill(form, "votingOpens", LOCAL.format(now.minus(Duration.ofDays(3))));
            fill(form, "votingCloses", "");
            fill(form, "termStarts", LOCAL.format(now.plus(Duration.ofDays(9))));
            HtmlPage refused = olivia.submit(form(form, "/elections"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "title")).contains("Title");
            assertThat(errorOf(refused, "seats")).contains("Seats", "whole number");
            assertThat(errorOf(refused, "nominationOpens")).contains("Nomination opens");
            assertThat(errorOf(refused, "votingOpens")).contains("Voting opens");
            assertThat(errorOf(refused, "votingCloses")).contains("Voting closes");
            assertThat(value(refused, "seats")).isEqualTo("three");
            assertThat(value(refused, "votingOpens")).isEqualTo(LOCAL.format(now.minus(Duration.ofDays(3))));

            String title = uniqueName("Portal election");
            fill(refused, "title", title);
            fill(refused, "seats", "2");
            fill(refused, "nominationOpens", LOCAL.format(now.plus(Duration.ofMinutes(1))));
            fill(refused, "votingOpens", LOCAL.format(now.plus(Duration.ofDays(1))));
            fill(refused, "votingCloses", LOCAL.format(now.plus(Duration.ofDays(3))));
            fill(refused, "termStarts", LOCAL.format(now.plus(Duration.ofDays(4))));
            HtmlPage opened = olivia.submit(form(refused, "/elections"));
            assertThat(opened.getUrl().getPath()).startsWith("/elections/");
            assertThat(opened.asNormalizedText()).contains(title, "SCHEDULED", "Seats", "2");
            assertThat(opened.getElementById("facts-heading")).isNotNull();
            DateTimeFormatter shown = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);
            assertThat(opened.asNormalizedText()).as("read as UTC")
                    .contains(shown.format(now.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES)));
            String id = opened.getUrl().getPath().substring("/elections/".length());
            api.as("olivia").post("/api/elections/" + id + "/cancellation", Map.of("reason", "A test of the form"));
            assertThat(anonymous.open("/elections").asNormalizedText()).contains(title);
        }
    }

    @Test
    void theOfficerWhoOpenedAnElectionCancelsItOnItsPageAndNobodyElseMay() {
        String title = uniqueName("Cancelled in the portal");
        String id = elections.nominating(title, 1);
        String page = "/elections/" + id;
        try (Portal bob = new Portal(port); Portal olivia = new Portal(port)) {
            bob.signIn("bob");
            HtmlPage voterPage = bob.open(page);
            assertThat(voterPage.getElementById("cancel")).as("only for the officer who opened it").isNull();
            HtmlPage forged = post(bob, voterPage, page + "/cancellation", "reason", "Not mine to cancel");
            assertThat(forged.getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(bob.open(page).asNormalizedText()).contains("NOMINATING");

            olivia.signIn("olivia");
            HtmlPage noReason = olivia.submit(form(olivia.open(page), page + "/cancellation"));
            assertThat(noReason.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(noReason, "reason")).contains("Why it is cancelled");
            assertThat(noReason.asNormalizedText()).contains("NOMINATING");
            fill(noReason, "reason", "The call named the wrong term.");
            HtmlPage cancelled = olivia.submit(form(noReason, page + "/cancellation"));
            assertThat(cancelled.getUrl().getPath()).isEqualTo(page);
            assertThat(cancelled.asNormalizedText()).contains("CANCELLED", "The call named the wrong term.");
            assertThat(cancelled.getElementById("cancel")).as("cancelled once").isNull();
        }
    }

    @Test
    void votersNominateAndEndorseCandidatesAcceptAndOthersAskForAnException() {
        String title = uniqueName("Nominations in the portal");
        String id = elections.nominating(title, 1);
        String page = "/elections/" + id;
        try (Portal anonymous = new Portal(port); Portal bob = new Portal(port); Portal paul = new Portal(port);
             Portal carol = new Portal(port); Portal tom = new Portal(port); Portal olivia = new Portal(port)) {
            HtmlPage open = anonymous.open(page);
            assertThat(open.getWebResponse().getStatusCode()).as("public").isEqualTo(200);
            assertThat(open.asNormalizedText()).contains(title, "NOMINATING", "Sign in to nominate, endorse or vote.")
                    .doesNotContain("Timeline");
            assertThat(open.getForms()).noneMatch(f -> f.getActionAttribute().startsWith(page));

            bob.signIn("bob");
            HtmlPage nominating = bob.open(page);
            assertThat(nominating.asNormalizedText()).contains("You are on the voter roll.", "Timeline");
            HtmlPage refused = bob.submit(form(nominating, page + "/nominations"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "candidate")).contains("Candidate");
            assertThat(errorOf(refused, "statement")).contains("Statement");
            fill(refused, "candidate", "paul");
            fill(refused, "statement", "x".repeat(5001));
            HtmlPage tooLong = bob.submit(form(refused, page + "/nominations"));
            assertThat(errorOf(tooLong, "statement")).contains("Statement");
            assertThat(value(tooLong, "candidate")).isEqualTo("paul");
            fill(tooLong, "statement", "Ten years on the kernel.\n<b>${7*7}</b> [[${7*7}]]");
            HtmlPage nominated = bob.submit(form(tooLong, page + "/nominations"));
            HtmlElement candidacy = nominated.getHtmlElementById("candidacy-paul");
            assertThat(candidacy.asNormalizedText()).contains("Nominated by", "(bob)", "Accepted", "no",
                    "<b>${7*7}</b> [[${7*7}]]").doesNotContain("49");
            assertThat(candidacy.getByXPath(".//button[normalize-space(.)='Endorse']")).as("the nominator may endorse")
                    .hasSize(1);

            paul.signIn("paul");
            HtmlPage candidate = paul.open(page);
            assertThat(candidate.getHtmlElementById("candidacy-paul").getByXPath(".//button")).as("not one's own")
                    .isEmpty();
            HtmlPage accepted = paul.submit(form(candidate, page + "/nominations/paul/acceptance"));
            HtmlElement acceptedCandidacy = accepted.getHtmlElementById("candidacy-paul");
            assertThat(((HtmlElement) acceptedCandidacy.getFirstByXPath(".//dd[@class='accepted']")).asNormalizedText())
                    .isEqualTo("yes");
            assertThat(accepted.getElementById("acceptance")).isNull();

            carol.signIn("carol");
            HtmlPage endorsed = carol.submit(form(carol.open(page), page + "/nominations/paul/endorsements"));
            HtmlElement endorsedCandidacy = endorsed.getHtmlElementById("candidacy-paul");
            assertThat(endorsedCandidacy.asNormalizedText()).contains(people.displayName("carol"));
            assertThat(endorsedCandidacy.getByXPath(".//button")).as("endorsed once").isEmpty();

            tom.signIn(outsider());
            HtmlPage offRoll = tom.open(page);
            assertThat(offRoll.asNormalizedText()).contains("You are not on the voter roll.");
            assertThat(offRoll.getElementById("nominate")).isNull();
            HtmlPage noReason = tom.submit(form(offRoll, page + "/exceptions"));
            assertThat(noReason.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(noReason, "reason")).contains("Why you should vote");
            fill(noReason, "reason", "I run the CI of the kernel SIG.");
            HtmlPage asked = tom.submit(form(noReason, page + "/exceptions"));
            assertThat(asked.asNormalizedText()).contains("Your request to vote is waiting for an election officer.");
            assertThat(asked.getForms()).noneMatch(f -> f.getActionAttribute().equals(page + "/exceptions"));

            olivia.signIn("olivia");
            String task = taskId("olivia", id, "ELECTION_EXCEPTION");
            HtmlPage officerPage = olivia.open(page);
            assertThat(officerPage.getAnchorByHref("/tasks/" + task).asNormalizedText()).contains(title);
            HtmlPage taskPage = olivia.open("/tasks/" + task);
            assertThat(taskPage.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(taskPage.asNormalizedText()).contains("decide a request from a person not on the voter roll");
            assertThat(taskPage.getAnchorByHref(page).asNormalizedText()).contains(title);
            complete("olivia", task, "GRANT", null);
            assertThat(tom.open(page).asNormalizedText()).contains("You are on the voter roll.",
                    "Your request to vote was granted");
        }
    }

    @Test
    void aVoterRanksTheCandidatesKeepsTheReceiptOnceAndFindsTheBallotInTheCertifiedResult() {
        String title = uniqueName("Ballots in the portal");
        String id = elections.nominating(title, 1);
        elections.candidate(id, "paul", List.of("bob", "carol", "dave"));
        elections.candidate(id, "quinn", List.of("carol", "dave", "erin"));
        elections.openVoting(id);
        String page = "/elections/" + id;
        try (Portal erin = new Portal(port); Portal tom = new Portal(port); Portal olivia = new Portal(port);
             Portal anonymous = new Portal(port)) {
            erin.signIn("erin");
            HtmlPage ballot = erin.open(page);
            List<String> order = java.util.stream.Stream.of("paul", "quinn")
                    .sorted(java.util.Comparator.comparing(c -> TieBreakOrder.digest(id, c))).toList();
            List<HtmlSelect> selects = ballot.getHtmlElementById("ballot").getByXPath(".//select");
            assertThat(selects).extracting(HtmlSelect::getId).as("in the published order")
                    .containsExactly("ranks-" + order.get(0), "ranks-" + order.get(1));
            for (HtmlSelect select : selects) {
                assertThat(ballot.getByXPath("//label[@for='" + select.getId() + "']")).hasSize(1);
                assertThat(select.getOptions()).extracting(HtmlOption::getText).containsExactly("Not ranked", "1", "2");
            }
            assertThat(ballot.getElementById("receipt")).as("no receipt asked on the first ballot").isNull();
            assertThat(ballot.getHtmlElementById("tie-break-order").asNormalizedText())
                    .contains(TieBreakOrder.digest(id, "paul"));

            fill(ballot, "ranks-paul", "1");
            HtmlSelect quinn = (HtmlSelect) ballot.getElementById("ranks-quinn");
            quinn.getOptionByValue("2").setValueAttribute("7");
            quinn.setSelectedAttribute("7", true);
            HtmlPage badRank = erin.submit(form(ballot, page + "/ballots"));
            assertThat(badRank.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(badRank, "ranks-quinn")).contains("(quinn)");
            assertThat(value(badRank, "ranks-paul")).as("the choice kept").isEqualTo("1");

            fill(badRank, "ranks-quinn", "2");
            HtmlPage cast = erin.submit(form(badRank, page + "/ballots"));
            assertThat(cast.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(cast.getUrl().getPath()).isEqualTo(page + "/ballots");
            assertThat(cast.getWebResponse().getResponseHeaderValue("Cache-Control")).contains("no-store");
            String first = cast.getHtmlElementById("receipt").asNormalizedText();
            assertThat(first).matches("([A-Z2-7]{4}-){6}[A-Z2-7]{2}");
            assertThat(cast.getHtmlElementById("receipt-hash").asNormalizedText()).matches("[0-9a-f]{64}");
            assertThat(cast.asNormalizedText()).contains("it is shown only this once");
            assertThat(((org.htmlunit.html.HtmlInput) cast.getFirstByXPath("//input[@name='back']")).getValue())
                    .as("the language switch leads to the election").isEqualTo(page);

            HtmlPage voted = erin.open(page);
            assertThat(voted.asNormalizedText()).contains("You have voted.").doesNotContain(first);
            fill(voted, "ranks-quinn", "1");
            fill(voted, "ranks-paul", "");
            HtmlPage noReceipt = erin.submit(form(voted, page + "/ballots"));
            assertThat(noReceipt.getWebResponse().getStatusCode()).isEqualTo(409);
            assertThat(errorOf(noReceipt, "receipt")).contains("Receipt of your previous ballot", "is needed");
            assertThat(value(noReceipt, "ranks-quinn")).isEqualTo("1");
            assertThat(value(noReceipt, "ranks-paul")).isEqualTo("");
            fill(noReceipt, "receipt", first.toLowerCase());
            HtmlPage again = erin.submit(form(noReceipt, page + "/ballots"));
            String second = again.getHtmlElementById("receipt").asNormalizedText();
            assertThat(second).isNotEqualTo(first).matches("([A-Z2-7]{4}-){6}[A-Z2-7]{2}");

            tom.signIn(outsider());
            HtmlPage offRoll = tom.open(page);
            assertThat(offRoll.getElementById("ballot")).isNull();
            assertThat(post(tom, offRoll, page + "/ballots", "ranks[paul]", "1").getWebResponse().getStatusCode())
                    .as("not on the roll").isEqualTo(403);

            elections.closeVoting(id);
            olivia.signIn("olivia");
            HtmlPage counted = olivia.open(page);
            assertThat(counted.getHtmlElementById("result").asNormalizedText())
                    .contains("Counted and not certified yet", "Elected", people.displayName("quinn"));
            String task = taskId("olivia", id, "ELECTION_CERTIFICATION");
            assertThat(counted.getAnchorByHref("/tasks/" + task)).isNotNull();
            HtmlPage taskPage = olivia.open("/tasks/" + task);
            assertThat(taskPage.asNormalizedText()).contains("check the count");
            assertThat(taskPage.getAnchorByHref(page)).isNotNull();
            assertThat(anonymous.open(page).getElementById("result")).as("nothing before certification").isNull();
            assertThat(post(anonymous, anonymous.open(page), page + "/ballot-lookup", "receipt", second)
                    .getWebResponse().getStatusCode()).isEqualTo(409);

            assertThat(complete("olivia", task, "CERTIFY", null).status()).isIn(200, 204);
            HtmlPage result = anonymous.open(page);
            HtmlElement shown = result.getHtmlElementById("result");
            assertThat(result.asNormalizedText()).contains("CERTIFIED");
            assertThat(shown.asNormalizedText()).contains("Elected", people.displayName("quinn"), "Receipt key")
                    .containsPattern("1 of \\d+ voters on the roll").doesNotContain("not certified");
            assertThat(shown.getByXPath(".//table[@class='pairwise']//th[@scope='col']")).hasSize(2);
            assertThat(shown.getByXPath(".//table[@class='pairwise']//th[@scope='row']")).hasSize(2);
            assertThat(((HtmlAnchor) shown.getFirstByXPath(".//a[contains(@href, '/result')]")).getHrefAttribute())
                    .isEqualTo("/api/public/elections/" + id + "/result");
            assertThat(result.getAnchorByHref("/api/public/elections/" + id + "/ballots.csv")).isNotNull();

            fill(result, "receipt", "not a receipt");
            HtmlPage notAReceipt = anonymous.submit(form(result, page + "/ballot-lookup"));
            assertThat(notAReceipt.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(notAReceipt, "receipt")).contains("Your receipt", "is no receipt");
            assertThat(value(notAReceipt, "receipt")).isEqualTo("not a receipt");
            fill(notAReceipt, "receipt", first);
            assertThat(anonymous.submit(form(notAReceipt, page + "/ballot-lookup")).getHtmlElementById("lookup-answer")
                    .asNormalizedText()).as("the replaced ballot is not counted").contains("No counted ballot");
            HtmlPage lookup = anonymous.open(page);
            fill(lookup, "receipt", second.replace("-", " "));
            HtmlElement found = anonymous.submit(form(lookup, page + "/ballot-lookup"))
                    .getHtmlElementById("lookup-answer");
            assertThat(found.asNormalizedText()).contains("Your ballot is among the counted ballots",
                    people.displayName("quinn")).doesNotContain("(paul)");

            try (Portal chinese = Portal.reading(port, "zh-CN")) {
                HtmlPage zh = chinese.open(page);
                assertThat(zh.asNormalizedText())
                        .contains("结果", "当选", "两两比较", "查找我的选票", "公开的平局裁决顺序")
                        .doesNotContain("Find my ballot");
            }
            engine.passTime(id, Duration.ofDays(1));
        }
    }

    /** Posts these fields with the CSRF token of the page, as a hand-made form would. */
    private static HtmlPage post(Portal portal, HtmlPage from, String path, String field, String value) {
        String token = ((org.htmlunit.html.HtmlInput) from.getFirstByXPath("//input[@name='_csrf']")).getValue();
        try {
            WebRequest request = new WebRequest(new URL(from.getUrl(), path), HttpMethod.POST);
            request.setRequestParameters(List.of(new NameValuePair("_csrf", token), new NameValuePair(field, value)));
            return portal.client().getPage(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
