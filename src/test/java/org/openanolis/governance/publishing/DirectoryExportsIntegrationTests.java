package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ArchivingProposal;
import org.openanolis.governance.onboarding.ProjectArchivings;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.sig.RetirementProposal;
import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.sig.SigRetirements;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.vote.BallotChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The directory exports over HTTP, read anonymously as the tools read them: after a SIG is approved and a project
 * accepted, every export follows its format's JSON Schema and the Kubernetes generator's rules accept the SIGs; a
 * retired SIG and an archived project carry their reasons; an unknown SIG or project is a 404 problem; and nothing
 * private (a partner's contact, a project's security contact) is in any export.
 */
@GovernanceTest
class DirectoryExportsIntegrationTests extends ProjectScenario {

    private static final MediaType YAML = MediaType.valueOf("application/yaml");
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    SigRetirements retirements;
    @Autowired
    ProjectArchivings archivings;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void everyExportFollowsItsFormatAfterASigIsApprovedAndAProjectAccepted() {
        String sig = activeSig("sig-exported-" + (System.nanoTime() % 1_000_000), List.of("quinn", "rita"));
        String project = uniqueName("exported");
        ProjectProposal onboarded = accepted(project);

        String sigs = read("/exports/kubernetes/sigs.yaml");
        assertThat(ExportFormats.problems(ExportFormats.KUBERNETES, sigs)).isEmpty();
        assertThat(KubernetesRules.check(ExportFormats.tree(sigs))).isEmpty();
        JsonNode group = find(ExportFormats.tree(sigs).path("sigs"), "dir", sig);
        assertThat(group.at("/leadership/chairs").findValuesAsText("github")).containsExactly("quinn", "rita");
        assertThat(group.at("/leadership/chairs/0/email").asText()).isEqualTo("quinn@example.org");
        assertThat(group.at("/meetings/0/frequency").asText()).isEqualTo("monthly");

        String sigInfo = read("/exports/openeuler/" + sig + "/sig-info.yaml");
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, sigInfo)).isEmpty();
        assertThat(ExportFormats.tree(sigInfo).path("maintainers").findValuesAsText("gitee_id"))
                .containsExactly("quinn", "rita");
        assertThat(ExportFormats.tree(sigInfo).path("status").asText()).isEqualTo("active");

        String landscape = read("/exports/landscape/data.yml");
        assertThat(ExportFormats.problems(ExportFormats.LANDSCAPE, landscape)).isEmpty();
        JsonNode item = find(ExportFormats.tree(landscape).findValues("items"), "name", project);
        assertThat(item.path("project").asText()).isEqualTo("sandbox");
        assertThat(item.path("homepage_url").asText()).isEqualTo("https://" + project + ".example.org");

        String dotProject = read("/exports/projects/" + project + "/project.yaml");
        assertThat(ExportFormats.problems(ExportFormats.DOT_PROJECT, dotProject)).isEmpty();
        assertThat(ExportFormats.tree(dotProject).at("/maturity_log/0/issue").asText())
                .endsWith("/project-proposals/" + onboarded.getId());
    }

    @Test
    void aRetiredSigAndAnArchivedProjectCarryTheirReasons() {
        String sig = activeSig("sig-retiring-" + (System.nanoTime() % 1_000_000), List.of("quinn", "rita"));
        String retirement = retirements.submit(new RetirementProposal(sig, "Its work is done: see the minutes", null),
                "quinn").getId();
        decide(SigCaseType.RETIREMENT.key(), retirement);
        String project = uniqueName("archived");
        accepted(project);
        String archiving = archivings.submit(new ArchivingProposal(project, "Superseded by the upstream runtime"),
                "sara").getId();
        decide(ProjectCaseType.ARCHIVING.key(), archiving);

        String sigs = read("/exports/kubernetes/sigs.yaml");
        assertThat(ExportFormats.tree(sigs).path("sigs").findValuesAsText("dir")).doesNotContain(sig);
        JsonNode sigInfo = ExportFormats.tree(read("/exports/openeuler/" + sig + "/sig-info.yaml"));
        assertThat(ExportFormats.problems(ExportFormats.OPENEULER, sigInfo)).isEmpty();
        assertThat(sigInfo.path("status").asText()).isEqualTo("retired");
        assertThat(sigInfo.at("/retirement/reason").asText()).isEqualTo("Its work is done: see the minutes");
        assertThat(sigInfo.at("/retirement/decision").asText()).endsWith("/sig-retirements/" + retirement);

        String landscape = read("/exports/landscape/data.yml");
        assertThat(ExportFormats.problems(ExportFormats.LANDSCAPE, landscape)).isEmpty();
        JsonNode item = find(ExportFormats.tree(landscape).findValues("items"), "name", project);
        assertThat(item.path("project").asText()).isEqualTo("archived");
        assertThat(item.at("/extra/annotations/archived_reason").asText()).isEqualTo("Superseded by the upstream runtime");
        JsonNode dotProject = ExportFormats.tree(read("/exports/projects/" + project + "/project.yaml"));
        assertThat(ExportFormats.problems(ExportFormats.DOT_PROJECT, dotProject)).isEmpty();
        assertThat(dotProject.path("maturity_log").findValuesAsText("phase")).containsExactly("sandbox", "archived");
        assertThat(dotProject.at("/maturity_log/1/issue").asText()).endsWith("/project-archivings/" + archiving);
    }

    @Test
    void anUnknownSigOrProjectIsANotFoundProblem() {
        for (String path : List.of("/exports/openeuler/sig-nowhere/sig-info.yaml", "/exports/projects/nowhere/project.yaml")) {
            Api.Answer answer = api.anonymous().get(path, YAML);
            assertThat(answer.status()).as("%s", answer).isEqualTo(404);
            assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", answer).isTrue();
            assertThat(answer.json().path("detail").asText()).contains("nowhere");
        }
    }

    @Test
    void nothingPrivateIsInAnyExport() {
        String company = "Exports Partner " + COMPANIES.incrementAndGet() + " " + (System.nanoTime() % 100_000);
        Map<String, Object> application = PartnerApplicationBodies.valid(company);
        Api.Answer applied = api.as("tom").post("/api/partner-applications", application);
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        String project = uniqueName("private");
        accepted(project);

        String all = read("/exports/kubernetes/sigs.yaml") + read("/exports/landscape/data.yml")
                + read("/exports/projects/" + project + "/project.yaml")
                + read("/exports/openeuler/" + sponsor() + "/sig-info.yaml");
        assertThat(all).doesNotContain((String) application.get("contactEmail"), company, "security@example.org");
        assertThat(api.as("tom").post("/api/partner-applications/" + applied.field("id") + "/withdrawal",
                Map.of("reason", "Only proving the exports keep it private")).status()).isEqualTo(200);
    }

    private String read(String path) {
        Api.Answer answer = api.anonymous().get(path, YAML);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.contentType().isCompatibleWith(YAML)).as("%s", answer).isTrue();
        return answer.text();
    }

    /** The comment period passes, five members approve (a SUPER majority of seven), and the vote closes. */
    private void decide(String caseType, String caseId) {
        engine.passTime(caseId, Duration.ofDays(14));
        for (String member : List.of("bob", "carol", "dave", "erin", "frank")) {
            ballots.cast(caseType, caseId, member, BallotChoice.APPROVE, null);
        }
        engine.passTime(caseId, Duration.ofDays(7));
    }

    private static JsonNode find(Iterable<JsonNode> lists, String field, String value) {
        for (JsonNode list : lists) {
            for (JsonNode entry : list.isArray() ? list : List.of(list)) {
                if (value.equals(entry.path(field).asText())) {
                    return entry;
                }
            }
        }
        throw new AssertionError("No entry with " + field + " " + value);
    }
}
