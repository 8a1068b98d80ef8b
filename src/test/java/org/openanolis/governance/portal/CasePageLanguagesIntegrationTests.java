package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A case page in the language the reader's browser asks for: Chinese words for its headings, its status, the vote,
 * the ballots and the timeline, with no missing message; and in English the words the page always had. The readers
 * are people of their own with no language in their profile, so only the browser decides.
 */
@GovernanceTest
class CasePageLanguagesIntegrationTests extends ApiScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    EngineDriver engine;
    @Autowired
    IdentityService identityService;

    private Portal portal;

    @AfterEach
    void closePortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aDecidedCaseReadsInChineseWhenTheBrowserAsksForChineseAndInEnglishOtherwise() {
        String id = decidedWithABallotAgainst();
        String reader = DemoPasswords.person(identityService, "case-lang-" + id.substring(0, 8));

        HtmlPage chinese = pageAs(reader, "zh-CN", "/sig-proposals/" + id);
        assertThat(chinese.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(chinese.getWebResponse().getContentAsString()).doesNotContain("??");
        assertThat(chinese.getTitleText()).contains("SIG 提案");
        DomNode main = chinese.querySelector("main");
        assertThat(main.asNormalizedText()).contains("提案内容", "委员会投票", "第 1 轮", "简单多数", "时间线", "已提交",
                "初审通过，交付投票", "赞成", "反对");
        assertThat(chinese.querySelector(".badge.status").asNormalizedText()).isEqualTo("开通中");
        assertThat(chinese.querySelector(".vote-closed h3 .badge").asNormalizedText()).isEqualTo("已通过");
        assertThat(chinese.querySelector(".quorum").asNormalizedText()).contains("张选票");
        assertThat(chinese.querySelector("table.timeline").asNormalizedText())
                .as("the system's own comments, such as the vote's opening, in the reader's language")
                .contains("第 1 轮，", "有投票权成员", "人赞成")
                .containsPattern("第 1 轮，(简单多数|特别多数|绝对多数)，").containsPattern("通过：\\d+ 人中")
                .doesNotContain("Round 1", "electorate", " approve, ", "SIMPLE", "APPROVED");
        portal.close();

        HtmlPage english = pageAs(reader, "en", "/sig-proposals/" + id);
        assertThat(english.getTitleText()).contains("SIG proposal");
        DomNode englishMain = english.querySelector("main");
        assertThat(englishMain.asNormalizedText()).doesNotContainPattern(HAN)
                .contains("The proposal", "Committee vote", "Round 1", "SIMPLE", "Timeline", "Submitted",
                        "Accepted for vote", "APPROVE", "REJECT", "proposed by Paul Wu (paul) on");
        assertThat(english.querySelector("table.timeline").asNormalizedText())
                .containsPattern("Round 1, (SIMPLE|SUPER|ABSOLUTE), electorate \\d+, quorum \\d+")
                .containsPattern("APPROVED: \\d+ approve, 1 reject, 0 abstain of \\d+ \\(quorum \\d+\\)");
        assertThat(english.querySelector(".badge.status").asNormalizedText()).isEqualTo("PROVISIONING");
        assertThat(english.querySelector(".vote-closed h3 .badge").asNormalizedText()).isEqualTo("APPROVED");
    }

    @Test
    void theWithdrawalConfirmationReadsInTheBrowsersLanguage() {
        String proposer = DemoPasswords.person(identityService, "case-lang-w-" + Long.toString(System.nanoTime(), 36));
        String id = submit(proposer, proposal(uniqueName("lang-withdraw")));

        HtmlPage chinese = pageAs(proposer, "zh-CN", "/sig-proposals/" + id + "/withdrawal");
        assertThat(chinese.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(chinese.getWebResponse().getContentAsString()).doesNotContain("??");
        assertThat(chinese.querySelector("main").asNormalizedText()).contains("你即将撤回", "初审中", "理由（可选）", "保留并返回");
        portal.close();

        HtmlPage english = pageAs(proposer, "en", "/sig-proposals/" + id + "/withdrawal");
        assertThat(english.querySelector("main").asNormalizedText()).doesNotContainPattern(HAN)
                .contains("You are about to withdraw the", ", now TRIAGE. It ends the case for good", "Keep it and go back");
    }

    /** A SIG proposal the committee approved, with Frank against: its page shows the tally, ballots and timeline. */
    private String decidedWithABallotAgainst() {
        String id = acceptedForVote(uniqueName("lang"));
        approveBy(id, "alice", "bob", "carol", "dave", "erin");
        assertThat(ballot("frank", id, "REJECT", "Overlaps sig-ai").status()).isEqualTo(201);
        engine.passTime(id, Duration.ofHours(72));
        assertThat(status(id)).isEqualTo("PROVISIONING");
        return id;
    }

    /** A fresh browser that asks for this language signs in and opens the page. */
    private HtmlPage pageAs(String user, String language, String path) {
        portal = Portal.reading(port, language);
        portal.signIn(user);
        return portal.open(path);
    }
}
