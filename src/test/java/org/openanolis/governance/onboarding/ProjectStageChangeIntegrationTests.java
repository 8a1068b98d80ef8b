package org.openanolis.governance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.openanolis.governance.task.TaskKind;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A project's stage changes (DOMAIN.md "Life after entry", Projects), over HTTP with the demo people: a maintainer
 * proposes the next stage with its evidence, the sponsoring SIG (Quinn and Rita chair it) endorses, community
 * operations check the evidence and may ask for changes, the public comments for the default 14 days, and the
 * committee votes, SIMPLE for INCUBATING and SUPER for GRADUATED, with the maintainers' and the origin's
 * organizations recused. The maturity log records every move.
 */
@GovernanceTest
class ProjectStageChangeIntegrationTests extends ProjectScenario {

    private static final String PATH = "/api/project-stage-changes";

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /**
     * Sara, Tom and Paul maintain the project, from three organizations; Paul's Acme Cloud recuses Alice and Frank,
     * so the five other members decide.
     */
    @Test
    void fromSandboxToGraduatedThenArchivedEveryStepInTheMaturityLogAndMailedOnce() {
        String name = uniqueName("graduates");
        accepted(name, List.of("sara", "tom", "paul"));

        Api.Answer proposed = api.as("sara").post(PATH, body(evidence(name, ProjectStage.INCUBATING)));
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
        String incubating = proposed.field("id");
        assertThat(proposed.field("status")).isEqualTo("SIG_ENDORSEMENT");
        assertThat(Mailbox.awaitRecipients(greenMail, name + " to INCUBATING", "Stage change proposed", 1))
                .containsOnlyKeys("sara@example.org");

        complete("quinn", incubating, TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        assertThat(change(incubating).path("status").asText()).isEqualTo("DUE_DILIGENCE");
        complete("olivia", incubating, TaskKind.STAGE_DUE_DILIGENCE, "REQUEST_CHANGES", "Link the 1.0 release itself");
        assertThat(change(incubating).path("status").asText()).isEqualTo("CHANGES_REQUESTED");
        assertThat(Mailbox.awaitRecipients(greenMail, name + " to INCUBATING", "Changes requested", 1))
                .containsOnlyKeys("sara@example.org");

        Map<String, Object> revised = body(evidence(name, ProjectStage.INCUBATING));
        revised.put("releaseUrl", "https://git.example.org/" + name + "/releases/tag/v1.0.0");
        assertThat(api.as("paul").put(PATH + "/" + incubating, revised).status())
                .as("another maintainer is not the proposer").isEqualTo(403);
        Api.Answer revision = api.as("sara").put(PATH + "/" + incubating, revised);
        assertThat(revision.status()).as("%s", revision).isEqualTo(200);
        assertThat(revision.field("status")).isEqualTo("DUE_DILIGENCE");
        assertThat(revision.field("releaseUrl")).endsWith("/releases/tag/v1.0.0");

        complete("olivia", incubating, TaskKind.STAGE_DUE_DILIGENCE, "ACCEPT", null);
        assertThat(change(incubating).path("status").asText()).isEqualTo("COMMENT_PERIOD");
        assertThat(api.as("rita").post(PATH + "/" + incubating + "/comments", Map.of("text", "We run it too.")).status())
                .isEqualTo(201);
        engine.passTime(incubating, Duration.ofDays(14));

        JsonNode vote = change(incubating).path("vote");
        assertThat(vote.path("threshold").asText()).isEqualTo("SIMPLE");
        assertThat(vote.path("electorate").asInt()).isEqualTo(5);
        assertThat(texts(vote.path("recused"))).as("Paul's Acme Cloud").contains("alice", "frank");
        approveByTheFive(incubating);

        assertThat(change(incubating).path("status").asText()).isEqualTo("APPROVED");
        JsonNode project = project(name);
        assertThat(project.path("status").asText()).isEqualTo("INCUBATING");
        assertThat(project.path("maturityLog").findValuesAsText("stage")).containsExactly("SANDBOX", "INCUBATING");
        assertThat(project.path("maturityLog").get(1).path("caseId").asText()).isEqualTo(incubating);
        assertThat(Mailbox.awaitRecipients(greenMail, name + " to INCUBATING", "Project stage changed", 6))
                .containsOnlyKeys("sara@example.org", "tom@example.org", "paul@example.org", "quinn@example.org",
                        "rita@example.org", "community@lists.example.org")
                .allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));

        String graduated = api.as("tom").post(PATH, body(evidence(name, ProjectStage.GRADUATED))).field("id");
        complete("rita", graduated, TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        complete("olivia", graduated, TaskKind.STAGE_DUE_DILIGENCE, "ACCEPT", null);
        engine.passTime(graduated, Duration.ofDays(14));
        assertThat(change(graduated).path("vote").path("threshold").asText()).isEqualTo("SUPER");
        approveByTheFive(graduated);
        assertThat(project(name).path("maturityLog").findValuesAsText("stage"))
                .containsExactly("SANDBOX", "INCUBATING", "GRADUATED");
        assertThat(api.as("sara").post(PATH, body(evidence(name, ProjectStage.GRADUATED))).errorFields())
                .as("GRADUATED is the last stage").contains("targetStage");

        String archiving = api.as("sara").post("/api/project-archivings", Map.of("project", name,
                "reason", "Feature-complete; the community moved to its successor")).field("id");
        engine.passTime(archiving, Duration.ofDays(14));
        approveByTheFive(archiving, "/api/project-archivings/");
        JsonNode archived = project(name);
        assertThat(archived.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.path("maturityLog").findValuesAsText("caseId"))
                .endsWith(incubating, graduated, archiving);
    }

    @Test
    void everyProblemOfTheEvidenceIsListedAndOnlyAMaintainerProposes() {
        String name = uniqueName("evidence");
        accepted(name);

        assertProblem(api.as("paul").post(PATH, body(evidence(name, ProjectStage.INCUBATING))), 403);
        Api.Answer skipping = api.as("sara").post(PATH, Map.of("project", name, "targetStage", "GRADUATED",
                "adopters", List.of("Globex"), "securityPolicyUrl", "http://example.org/security",
                "releaseUrl", "ftp://example.org/release"));
        assertProblem(skipping, 400);
        assertThat(skipping.errorFields())
                .containsExactlyInAnyOrder("targetStage", "adopters", "securityPolicyUrl", "releaseUrl");
        Api.Answer thin = api.as("sara").post(PATH, Map.of("project", name, "targetStage", "INCUBATING",
                "adopters", List.of("Globex", " globex ")));
        assertProblem(thin, 400);
        assertThat(thin.errorFields())
                .containsExactlyInAnyOrder("adopters[1]", "adopters", "securityPolicyUrl", "releaseUrl");

        String id = api.as("sara").post(PATH, body(evidence(name, ProjectStage.INCUBATING))).field("id");
        assertProblem(api.as("tom").post(PATH, body(evidence(name, ProjectStage.INCUBATING))), 409);
        assertThat(api.as("sara").post(PATH + "/" + id + "/withdrawal", Map.of()).status()).isEqualTo(200);

        // Two maintainers' organizations are enough for INCUBATING, not to graduate.
        directory.moveTo(name, ProjectStage.INCUBATING, Instant.now(), id);
        Api.Answer graduating = api.as("sara").post(PATH, body(evidence(name, ProjectStage.GRADUATED)));
        assertProblem(graduating, 400);
        assertThat(graduating.errorFields()).containsExactly("project");
        assertThat(graduating.json().path("errors").get(0).path("message").asText())
                .contains("maintainers come from 2 organizations");
    }

    @Test
    void theChairDecidesForASilentSigAndDueDiligenceRejectsOrTheUnrevisedExpire() {
        String declined = uniqueName("declined");
        accepted(declined);
        String id = stageChanges.submit(evidence(declined, ProjectStage.INCUBATING), "sara").getId();
        engine.passTime(id, Duration.ofDays(14));
        assertThat(hasTask("quinn", id, TaskKind.SIG_ENDORSEMENT)).isFalse();
        complete("alice", id, TaskKind.ENDORSEMENT_ESCALATION, "DECLINE", "No adopter outside the founders");
        assertThat(kindStatus(id)).isEqualTo(StageChangeStatus.REJECTED);
        assertThat(Mailbox.awaitRecipients(greenMail, declined + " to INCUBATING", "Stage change rejected", 1))
                .containsOnlyKeys("sara@example.org");
        assertThat(Mailbox.about(greenMail, declined + " to INCUBATING").stream()
                .filter(m -> Mailbox.subject(m).contains("Stage change rejected")).findFirst().orElseThrow())
                .satisfies(m -> assertThat(Mailbox.part(m, "text/plain")).contains("No adopter outside the founders",
                        "the sponsoring SIG's endorsement"));

        String rejected = stageChangeEndorsed(accepted(uniqueName("rejected")).getDetails().name(), "tom");
        complete("olivia", rejected, TaskKind.STAGE_DUE_DILIGENCE, "REJECT", "The adopters are the maintainers' employers");
        assertThat(kindStatus(rejected)).isEqualTo(StageChangeStatus.REJECTED);

        String unrevisedProject = accepted(uniqueName("unrevised")).getDetails().name();
        String unrevised = stageChangeEndorsed(unrevisedProject, "sara");
        complete("olivia", unrevised, TaskKind.STAGE_DUE_DILIGENCE, "REQUEST_CHANGES", "Name real adopters");
        engine.passTime(unrevised, Duration.ofDays(14));
        assertThat(Mailbox.awaitRecipients(greenMail, unrevisedProject + " to INCUBATING", "Reminder: changes requested", 1))
                .containsOnlyKeys("sara@example.org");
        engine.passTime(unrevised, Duration.ofDays(16));
        assertThat(kindStatus(unrevised)).isEqualTo(StageChangeStatus.EXPIRED);
        assertThat(directory.find(unrevisedProject).orElseThrow().status()).isEqualTo(ProjectStage.SANDBOX);
    }

    @Test
    void theProjectPageOffersTheNextStageToItsMaintainersAndTheFormShowsEveryProblem() throws IOException {
        String name = uniqueName("page");
        accepted(name);
        try (Portal portal = new Portal(port)) {
            portal.signIn("paul");
            assertThat(portal.open("/projects/" + name).getAnchors().stream().map(a -> a.getHrefAttribute()).toList())
                    .doesNotContain("/projects/" + name + "/stage-changes/new");
            assertThat(portal.open("/projects/" + name + "/stage-changes/new").getWebResponse().getStatusCode())
                    .as("refused before anything is typed").isEqualTo(403);
        }
        try (Portal portal = new Portal(port)) {
            portal.signIn("sara");
            HtmlPage page = portal.open("/projects/" + name);
            HtmlPage form = page.getAnchorByHref("/projects/" + name + "/stage-changes/new").click();
            assertThat(form.querySelector(".target-stage").asNormalizedText()).isEqualTo("INCUBATING");
            fill(form, "adopters", "Globex");
            fill(form, "securityPolicyUrl", "http://" + name + ".example.org/security");
            HtmlPage refused = portal.submit(PortalForms.form(form, "/project-stage-changes"));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(errorOf(refused, "adopters")).contains("Adopters: must name at least 2 organizations");
            assertThat(errorOf(refused, "securityPolicyUrl")).contains("Security policy: must be an https URL");
            assertThat(errorOf(refused, "releaseUrl")).contains("Release: is required");

            fill(refused, "adopters", "Globex\nInitech");
            fill(refused, "securityPolicyUrl", "https://" + name + ".example.org/security");
            fill(refused, "releaseUrl", "https://git.example.org/" + name + "/releases/1.0");
            HtmlPage proposed = portal.submit(PortalForms.form(refused, "/project-stage-changes"));
            assertThat(proposed.getUrl().getPath()).startsWith("/project-stage-changes/");
            assertThat(proposed.querySelector(".adopters").asNormalizedText()).isEqualTo("Globex, Initech");
            String id = proposed.getUrl().getPath().substring("/project-stage-changes/".length());

            complete("quinn", id, TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
            complete("olivia", id, TaskKind.STAGE_DUE_DILIGENCE, "REQUEST_CHANGES", "A third adopter would help");
            HtmlPage revision = portal.open("/project-stage-changes/" + id).getAnchorByHref(
                    "/project-stage-changes/" + id + "/revision").click();
            assertThat(PortalForms.value(revision, "adopters")).isEqualTo("Globex\nInitech");
            fill(revision, "adopters", "Globex\nInitech\nHooli");
            HtmlPage resubmitted = portal.submit(PortalForms.form(revision, "/project-stage-changes/" + id + "/revision"));
            assertThat(resubmitted.asNormalizedText()).contains("DUE_DILIGENCE", "Globex, Initech, Hooli");
        }
    }

    private void approveByTheFive(String id) {
        approveByTheFive(id, PATH + "/");
    }

    private void approveByTheFive(String id, String collection) {
        for (String member : List.of("bob", "carol", "dave", "erin", "grace")) {
            Api.Answer cast = api.as(member).post(collection + id + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
        }
        engine.passTime(id, Duration.ofDays(7));
    }

    private static Map<String, Object> body(StageChangeForm form) {
        Map<String, Object> body = new HashMap<>();
        body.put("project", form.project());
        body.put("targetStage", form.targetStage());
        body.put("adopters", form.adopters());
        body.put("securityPolicyUrl", form.securityPolicyUrl());
        if (form.releaseUrl() != null) {
            body.put("releaseUrl", form.releaseUrl());
        }
        if (form.securityAuditUrl() != null) {
            body.put("securityAuditUrl", form.securityAuditUrl());
        }
        return body;
    }

    private JsonNode change(String id) {
        Api.Answer answer = api.as("sara").get(PATH + "/" + id);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private JsonNode project(String name) {
        Api.Answer answer = api.as("sara").get("/api/projects/" + name);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private StageChangeStatus kindStatus(String id) {
        return StageChangeStatus.valueOf(change(id).path("status").asText());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
    }
}
