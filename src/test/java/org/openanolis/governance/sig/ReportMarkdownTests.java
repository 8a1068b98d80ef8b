package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.Languages;

/** The annual report's Markdown names people as the pages do, and leaves what they typed as they typed it. */
class ReportMarkdownTests {

    private static final Instant AT = Instant.parse("2031-01-15T04:00:00Z");
    private static final Map<String, String> NAMES = Map.of("quinn", "Quinn Zhou (quinn)", "rita", "Rita Xu (rita)",
            "paul", "Paul Wu (paul)");

    @Test
    void everyPersonIsNamedWithTheirIdAndTheWordsAreTheReadersOwn() {
        AnnualReport report = submittedReport();

        String md = ReportMarkdown.of(report, id -> NAMES.getOrDefault(id, id), Languages.ENGLISH);

        assertThat(md).startsWith("# sig-rt: annual report 2031\n\nStatus: SUBMITTED, submitted by Rita Xu (rita) on ")
                .contains("- Chairs: Quinn Zhou (quinn), Rita Xu (rita)\n", "- Tech leads: Paul Wu (paul)\n",
                        "### Leads added\n\n- Paul Wu (paul) (tech lead, ", "### Leads who left\n\n- Rita Xu (rita) (chair, ",
                        " Checked in by Quinn Zhou (quinn)\n", " Marked inactive by system: No activity since 2030\n",
                        "## Achievements\n\nShipped *it*");

        String chinese = ReportMarkdown.of(report, id -> NAMES.getOrDefault(id, id), Languages.CHINESE);
        assertThat(chinese).startsWith("# sig-rt：2031 年度报告\n\n状态：已提交，由 Rita Xu (rita) 于 ")
                .contains("- 主席：Quinn Zhou (quinn), Rita Xu (rita)\n", "- Paul Wu (paul)（技术负责人，",
                        " Quinn Zhou (quinn)：已确认活跃\n", " system：被标记为不活跃（No activity since 2030）\n",
                        "## 成果\n\nShipped *it*")
                .doesNotContain("Status", "Chairs", "CHECKED_IN", "Achievements");
    }

    @Test
    void whatTheRecordHoldsIsNeverReadAsAPattern() {
        AnnualReport report = submittedReport();
        AnnualReport hostile = new AnnualReport("sig-rt", 2031, ReportStatus.SUBMITTED, AT, AT,
                report.facts(), "{0} ${x} '", null, null, AT, "{1}");
        assertThat(ReportMarkdown.of(hostile, id -> id, Languages.CHINESE)).contains("由 {1} 于", "{0} ${x} '");
    }

    private static AnnualReport submittedReport() {
        ReportFacts facts = new ReportFacts(AT.minusSeconds(86_400 * 365), AT, List.of("quinn", "rita"), List.of("paul"),
                List.of("anolis/runtime"), List.of(new ReportFacts.LeadFact("paul", "TECH_LEAD", AT)),
                List.of(new ReportFacts.LeadFact("rita", "CHAIR", AT)), List.of(), List.of(),
                List.of(new ReportFacts.ActivityFact(AT, "CHECKED_IN", "quinn", null),
                        new ReportFacts.ActivityFact(AT, "MARKED_INACTIVE", "system", "No activity since 2030")));
        return new AnnualReport("sig-rt", 2031, ReportStatus.SUBMITTED, AT, AT, facts, "Shipped *it*",
                "More", null, AT, "rita");
    }

    @Test
    void noLeadsReadNone() {
        ReportFacts facts = new ReportFacts(AT, AT, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        String md = ReportMarkdown.of(new AnnualReport("sig-rt", 2031, ReportStatus.OPEN, AT, AT, facts, null, null, null,
                null, null), id -> id, Languages.ENGLISH);
        assertThat(md).contains("- Chairs: none\n", "- Tech leads: none\n", "### Activity\n\nNone.");
    }
}
