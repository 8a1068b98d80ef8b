package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.sig.ReportFacts;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.task.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The pages and forms of SIGs, projects and the committee in the reader's language: every one of them, opened by
 * someone allowed to, reads in Chinese for a browser that asks for zh-CN, with no message missing, and stays in
 * English for one that asks for en.
 */
@GovernanceTest
class SigProjectCommitteePagesLanguageIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** A year no daily check reaches, so the report made here is the only one of that year. */
    private static final int REPORT_YEAR = 2099;

    /** The SIG, projects and cases the pages show, made once for both languages. */
    private static volatile Fixture fixture;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ObjectMapper json;

    private record Fixture(String sig, String sigProposal, String project, String stageChange) {
    }

    /** A page, who opens it, and words of its main part in each language. */
    private record Visit(String user, String path, String english, String chinese) {
    }

    /** What a page showed: the text of its main part, spaces collapsed, and its HTML. */
    private record Seen(String main, String html) {
    }

    @BeforeEach
    void makeWhatThePagesShowOnce() {
        if (fixture == null) {
            String sig = activeSig("sig-lang-" + System.nanoTime() % 100_000, List.of("quinn", "rita"));
            assertThat(new Api(port).as("quinn").post("/api/sigs/" + sig + "/check-ins", Map.of()).status())
                    .isEqualTo(201);
            openReport(sig);
            String sigProposal = sigProposals.submit(new SigProposalForm("sig-lang-rev-" + System.nanoTime() % 100_000,
                    "Languages", "Pages in two languages.", "Translations", null, List.of("quinn", "rita"), List.of(),
                    "quinn", "MONTHLY", null, List.of()), "paul").getId();
            complete("olivia", sigProposal, TaskKind.SIG_TRIAGE, "REQUEST_CHANGES", "Name the repositories");
            String project = accepted(uniqueName("lang")).getDetails().name();
            String revised = accepted(uniqueName("lang-rev")).getDetails().name();
            String stageChange = stageChangeEndorsed(revised, "sara");
            complete("olivia", stageChange, TaskKind.STAGE_DUE_DILIGENCE, "REQUEST_CHANGES", "Name real adopters");
            fixture = new Fixture(sig, sigProposal, project, stageChange);
        }
    }

    @Test
    void aChineseReaderReadsEveryPageAndFormInChinese() {
        for (Visit visit : visits()) {
            Seen page = open(visit, "zh-CN");
            assertThat(CHINESE.matcher(page.main()).find()).as("Chinese on %s: %s", visit.path(), page.main()).isTrue();
            assertThat(page.main()).as(visit.path()).contains(visit.chinese());
            assertThat(page.html()).as("a missing message on %s", visit.path()).doesNotContain("??");
        }
    }

    @Test
    void anEnglishReaderReadsEveryPageAndFormInEnglish() {
        for (Visit visit : visits()) {
            Seen page = open(visit, "en");
            assertThat(CHINESE.matcher(page.main()).find()).as("Chinese on %s: %s", visit.path(), page.main()).isFalse();
            assertThat(page.main()).as(visit.path()).contains(visit.english());
            assertThat(page.html()).as(visit.path()).doesNotContain("??");
        }
    }

    private List<Visit> visits() {
        String sig = fixture.sig();
        String project = fixture.project();
        return List.of(
                new Visit("paul", "/sig-proposals/new", "Every week", "每周一次"),
                new Visit("paul", "/sig-proposals/" + fixture.sigProposal() + "/revision", "Resubmit the proposal",
                        "重新提交提案"),
                new Visit("quinn", "/sigs/" + sig, "Checked in by Quinn Zhou (quinn)", "Quinn Zhou (quinn) 已签到"),
                new Visit("quinn", "/sigs/" + sig + "/leadership-changes/new",
                        "today its chairs are Quinn Zhou (quinn), Rita Xu (rita) and its tech leads none",
                        "目前其主席为 Quinn Zhou (quinn), Rita Xu (rita)"),
                new Visit("quinn", "/sigs/" + sig + "/retirements/new", "No successor", "无继任 SIG"),
                new Visit("quinn", "/sigs/" + sig + "/step-down", "Step down from " + sig + "?", "确定卸任"),
                new Visit("quinn", "/sigs/" + sig + "/reports/" + REPORT_YEAR, "Write the report", "撰写报告"),
                new Visit("paul", "/sigs/" + sig + "/reports/" + REPORT_YEAR, "1 entries in the SIG's history",
                        "SIG 历史记录中有 1 条"),
                new Visit("paul", "/project-proposals/new", "Choose the SIG that sponsors the project",
                        "请选择发起该项目的 SIG"),
                new Visit("sara", "/projects/" + project, "by its onboarding", "经入驻提案"),
                new Visit("sara", "/projects/" + project + "/archivings/new", "Propose to archive " + project,
                        "提议归档 " + project),
                new Visit("sara", "/projects/" + project + "/stage-changes/new", "Propose " + project + " for INCUBATING",
                        "提议 " + project + " 进入 INCUBATING 阶段"),
                new Visit("sara", "/project-stage-changes/" + fixture.stageChange() + "/revision", "Revise the evidence of",
                        "证明材料"),
                new Visit("alice", "/committee", "Alice Chen (alice), chair", "Alice Chen (alice)，主席"),
                new Visit("alice", "/committee-removals/new", "Propose to remove a committee member", "提议罢免委员会委员"),
                new Visit("alice", "/committee-appointments/new", "Propose an appointment to the committee",
                        "提议任命委员会委员"));
    }

    /** The page as a browser asking for this language shows it to the visitor, signed in. */
    private Seen open(Visit visit, String language) {
        try (Portal portal = Portal.reading(port, language)) {
            portal.signIn(visit.user());
            HtmlPage page = portal.open(visit.path());
            assertThat(page.getWebResponse().getStatusCode()).as(visit.path()).isEqualTo(200);
            // Every option of a list counts, not only the chosen one a browser shows.
            String main = page.querySelector("main").getTextContent().replaceAll("\\s+", " ").strip();
            return new Seen(main, page.getWebResponse().getContentAsString());
        }
    }

    /**
     * An open annual report with facts of every kind, written the way the daily check writes it; no process behind
     * it, which the page does not need.
     */
    private void openReport(String sig) {
        Instant now = Instant.now();
        ReportFacts facts = new ReportFacts(now.minus(Duration.ofDays(365)), now, List.of("quinn", "rita"), List.of(),
                List.of(sig + "/runtime"), List.of(new ReportFacts.LeadFact("tom", "CHAIR", now)), List.of(),
                List.of(new ReportFacts.ProjectFact("runtime", "INCUBATING",
                        List.of(new ReportFacts.StageFact("INCUBATING", now)))),
                List.of(new ReportFacts.CaseFact("SIG_RETIREMENT", "r-1", sig + " retirement", "WITHDRAWN", now)),
                List.of(new ReportFacts.ActivityFact(now, "CHECKED_IN", "quinn", null)));
        try {
            jdbc.sql("""
                            insert into sig_report (sig_name, report_year, status, opened_at, due_at, facts)
                            values (:sig, :year, 'OPEN', :openedAt, :dueAt, :facts)""")
                    .param("sig", sig).param("year", REPORT_YEAR).param("openedAt", Timestamp.from(now))
                    .param("dueAt", Timestamp.from(now.plus(Duration.ofDays(42))))
                    .param("facts", json.writeValueAsString(facts)).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
