package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A SIG's annual report (DOMAIN.md "Life after entry", SIGs), its daily timer fired as the engine would on the day
 * reports open (the default 01-15): prefilled with the twelve months before, written and submitted by a chair in the
 * portal, public as JSON and Markdown; unwritten, the chairs reminded at the due date and 14 days after, the
 * committee chair told 30 days after, and missed when the next year's opens. Its own context, so that its clock's
 * years do not reach the other tests' SIGs; each test its own years.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SigAnnualReportIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private ManagementService management;
    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void prefilledWithTheYearWrittenAndSubmittedInThePortalAndPublicAsMarkdown() throws IOException {
        setClock(LocalDate.of(2030, 6, 1), 10);
        String sig = activeSig("sig-report-" + System.nanoTime() % 100_000, List.of("quinn", "rita"));
        String change = api.as("quinn").post("/api/sig-leadership-changes", Map.of("sig", sig,
                "addTechLeads", List.of("tom"), "reason", "Tom leads the runtime")).field("id");
        for (String member : List.of("bob", "carol", "dave", "erin", "frank")) {
            ballots.cast(SigCaseType.LEADERSHIP_CHANGE.key(), change, member, BallotChoice.APPROVE, null);
        }
        engine.passTime(change, Duration.ofHours(72));
        assertThat(api.as("tom").post("/api/sigs/" + sig + "/leads/tom/step-down", Map.of()).status()).isEqualTo(200);

        setClock(LocalDate.of(2031, 1, 15), 4);
        runDailyReportCheck();
        runDailyReportCheck();

        List<JsonNode> reports = api.as("paul").get("/api/sigs/" + sig + "/reports").list();
        assertThat(reports).as("opened once, however often the check runs").hasSize(1);
        JsonNode report = reports.get(0);
        assertThat(report.path("year").asInt()).isEqualTo(2031);
        assertThat(report.path("status").asText()).isEqualTo("OPEN");
        assertThat(Duration.between(Instant.parse(report.path("openedAt").asText()),
                Instant.parse(report.path("dueAt").asText()))).isEqualTo(Duration.ofDays(42));
        JsonNode facts = report.path("facts");
        assertThat(facts.path("chairs").toString()).isEqualTo("[\"quinn\",\"rita\"]");
        assertThat(facts.path("leadsAdded").findValuesAsText("person")).containsExactly("tom");
        assertThat(facts.path("leadsRemoved").findValuesAsText("person")).containsExactly("tom");
        assertThat(facts.path("cases").findValuesAsText("id")).containsExactly(change);
        assertThat(facts.path("activity").findValuesAsText("event")).contains("STEPPED_DOWN");
        assertThat(hasTask("rita", sig, TaskKind.ANNUAL_REPORT)).isTrue();
        assertThat(Mailbox.awaitRecipients(greenMail, sig, "Write the annual report", 2))
                .containsOnlyKeys("quinn@example.org", "rita@example.org");

        assertThat(api.as("paul").put("/api/sigs/" + sig + "/reports/2031", text("Mine")).status()).isEqualTo(403);
        Api.Answer empty = api.as("quinn").put("/api/sigs/" + sig + "/reports/2031", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("achievements", "plans");
        String task = task("quinn", sig, TaskKind.ANNUAL_REPORT).id();
        Api.Answer unwritten = api.as("quinn").post("/api/tasks/" + task + "/completion", Map.of("outcome", "SUBMIT"));
        assertThat(unwritten.status()).as("nothing written yet: %s", unwritten).isEqualTo(409);

        String achievements = "- Shipped **1.0** of the runtime\n- <script>alert(1)</script> stays text";
        try (Portal portal = new Portal(port)) {
            portal.signIn("rita");
            HtmlPage page = portal.open("/sigs/" + sig);
            HtmlPage form = page.getAnchorByHref("/sigs/" + sig + "/reports/2031").click();
            PortalForms.fill(form, "achievements", achievements);
            HtmlPage refused = portal.submit(PortalForms.form(form, "/sigs/" + sig + "/reports/2031"), "Submit the report");
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(PortalForms.errorOf(refused, "plans")).contains("Plans: is required");
            PortalForms.fill(refused, "plans", "Graduate the runtime");
            HtmlPage submitted = portal.submit(PortalForms.form(refused, "/sigs/" + sig + "/reports/2031"),
                    "Submit the report");
            assertThat(submitted.querySelector(".report-status").asNormalizedText()).isEqualTo("SUBMITTED");
            assertThat(submitted.querySelector(".achievements").getTextContent()).isEqualTo(achievements);
        }
        try (Portal chinese = Portal.reading(port, "zh-CN")) {
            chinese.signIn("paul");
            HtmlPage inChinese = chinese.open("/sigs/" + sig + "/reports/2031");
            assertThat(inChinese.querySelector(".report-status").asNormalizedText()).isEqualTo("已提交");
            assertThat(inChinese.asNormalizedText()).doesNotContain("SUBMITTED", "??");
        }

        JsonNode published = api.as("paul").get("/api/sigs/" + sig + "/reports/2031").json();
        assertThat(published.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(published.path("submittedBy").asText()).isEqualTo("rita");
        assertThat(published.path("achievements").asText()).isEqualTo(achievements);
        Api.Answer markdown = api.as("paul").get("/api/sigs/" + sig + "/reports/2031", MediaType.valueOf("text/markdown"));
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.headers().getContentType().isCompatibleWith(MediaType.valueOf("text/markdown"))).isTrue();
        assertThat(markdown.text()).startsWith("# " + sig + ": annual report 2031")
                .contains("- Chairs: Quinn Zhou (quinn), Rita Xu (rita)", ", submitted by Rita Xu (rita) on", "## Achievements\n\n" + achievements, "## Plans\n\nGraduate the runtime");
        assertThat(api.as("paul").reading("zh-CN").get("/api/sigs/" + sig + "/reports/2031",
                MediaType.valueOf("text/markdown")).text()).startsWith("# " + sig + "：2031 年度报告")
                .contains("状态：已提交，由 Rita Xu (rita) 于", "- 主席：Quinn Zhou (quinn), Rita Xu (rita)",
                        "## 成果\n\n" + achievements);
        assertThat(hasTask("quinn", sig, TaskKind.ANNUAL_REPORT)).isFalse();
        assertThat(Instant.parse(api.as("paul").get("/api/sigs/" + sig).json().path("lastActivityAt").asText()))
                .as("a submitted report is the SIG's activity").isAfterOrEqualTo(Instant.parse("2031-01-15T04:00:00Z"));
    }

    @Test
    void unwrittenTheChairsAreRemindedTheCommitteeChairToldAndNextYearItIsMissed() {
        setClock(LocalDate.of(2032, 3, 1), 10);
        String sig = activeSig("sig-silent-" + System.nanoTime() % 100_000, List.of("quinn", "rita"));
        setClock(LocalDate.of(2033, 1, 15), 4);
        runDailyReportCheck();
        assertThat(hasTask("quinn", sig, TaskKind.ANNUAL_REPORT)).isTrue();

        engine.passTime(sig, Duration.ofDays(42));
        assertThat(Mailbox.awaitRecipients(greenMail, sig, "Annual report due", 2))
                .containsOnlyKeys("quinn@example.org", "rita@example.org");
        engine.passTime(sig, Duration.ofDays(14));
        assertThat(Mailbox.awaitRecipients(greenMail, sig, "Annual report due", 4))
                .containsEntry("quinn@example.org", 2L).containsEntry("rita@example.org", 2L);
        engine.passTime(sig, Duration.ofDays(16));
        assertThat(Mailbox.awaitRecipients(greenMail, sig, "Annual report overdue", 1))
                .containsOnlyKeys("alice@example.org");
        assertThat(hasTask("quinn", sig, TaskKind.ANNUAL_REPORT)).as("the task stays open").isTrue();

        setClock(LocalDate.of(2034, 1, 15), 4);
        runDailyReportCheck();
        List<JsonNode> reports = api.as("quinn").get("/api/sigs/" + sig + "/reports").list();
        assertThat(reports).extracting(r -> r.path("year").asInt() + " " + r.path("status").asText())
                .containsExactly("2034 OPEN", "2033 MISSED");
        assertThat(taskService().createTaskQuery().processInstanceBusinessKey(sig).list()).hasSize(1);
        assertThat(Mailbox.recipients(greenMail, sig, "Annual report overdue")).hasSize(1);
    }

    /** Fires the daily timer of sig-annual-reports.bpmn as the engine would, now. */
    private void runDailyReportCheck() {
        Job timer = management.createJobQuery().processDefinitionKey("sigAnnualReports").timers().singleResult();
        management.executeJob(timer.getId());
    }

    private TaskService taskService() {
        return processEngine.getTaskService();
    }

    private static void setClock(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0, 1).toInstant(ZoneOffset.UTC)));
    }

    private static Map<String, Object> text(String achievements) {
        return Map.of("achievements", achievements, "plans", "More of it");
    }
}
