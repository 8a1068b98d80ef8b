package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openanolis.governance.support.ApplicationCaseTypes;
import org.openanolis.governance.system.Languages;

/**
 * The step a case was turned down at travels as a code (the timeline's event, or the status a partner application
 * was in) and each recipient reads it in their own language; English reads as it always did. A date travels as an
 * Instant and reads the same way in every mail.
 */
class RejectionStepMailTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final NotificationRenderer renderer = new NotificationRenderer("https://governance.example.org",
            ApplicationCaseTypes.all(), Languages.messageSource(), Languages.ENGLISH);
    private final Recipient liLei = new Recipient("Li Lei", "li@example.org", "zh-CN");
    private final Recipient alice = new Recipient("Alice Chen", "alice@example.org", "en");
    private final Recipient noLanguage = new Recipient("Bob", "bob@example.org");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "REJECTED_IN_LEGAL_REVIEW            | legal review                     | 在法务审查环节被否决",
            "ENDORSEMENT_DECLINED                | the sponsoring SIG's endorsement | 在发起 SIG 背书环节被否决",
            "REJECTED_IN_TECHNICAL_DUE_DILIGENCE | technical due diligence          | 在技术尽职调查环节被否决",
            "REJECTED_IN_LEGAL_DUE_DILIGENCE     | legal due diligence              | 在法务尽职调查环节被否决"})
    void aRejectedProjectProposalNamesTheStepInTheRecipientsLanguage(String step, String english, String chinese) {
        Notice notice = notice(NoticeType.PROJECT_REJECTED, "PROJECT_PROPOSAL", "kernel-tools", Map.of("step", step));

        RenderedMail zh = renderer.render(notice, liLei);
        assertThat(zh.text()).contains(chinese).containsPattern(HAN).doesNotContain("??", step);
        assertThat(zh.html()).contains(chinese).doesNotContain("??", step);
        for (Recipient reader : List.of(alice, noLanguage)) {
            RenderedMail en = renderer.render(notice, reader);
            assertThat(en.text()).contains("The project proposal \"kernel-tools\" was rejected at " + english
                    + " and will not be onboarded.").doesNotContainPattern(HAN).doesNotContain("??");
            assertThat(en.html()).contains("<strong>kernel-tools</strong> was rejected at "
                    + english.replace("'", "&#39;") + " and will not be onboarded.").doesNotContain("??");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ENDORSEMENT_DECLINED      | the sponsoring SIG's endorsement | 在 发起 SIG 背书 环节被否决",
            "REJECTED_IN_DUE_DILIGENCE | due diligence                    | 在 尽职调查 环节被否决"})
    void aRejectedStageChangeNamesTheStepInTheRecipientsLanguage(String step, String english, String chinese) {
        Notice notice = notice(NoticeType.STAGE_CHANGE_REJECTED, "SIG_PROPOSAL", "kernel-tools to GRADUATED",
                Map.of("step", step, "project", "kernel-tools"));

        assertThat(renderer.render(notice, liLei).text()).contains(chinese).doesNotContain("??", step);
        assertThat(renderer.render(notice, alice).text()).contains("The stage change \"kernel-tools to GRADUATED\" was"
                + " rejected at " + english + "; kernel-tools stays where it is.").doesNotContainPattern(HAN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ELIGIBILITY            | in the eligibility             | 已被否决（资格审查阶段）",
            "TECHNICAL_VERIFICATION | in the technical verification | 已被否决（技术验证阶段）"})
    void aRejectedPartnerApplicationNamesTheStepInTheRecipientsLanguage(String step, String english, String chinese) {
        Notice notice = notice(NoticeType.PARTNER_REJECTED, "PARTNER_APPLICATION", "Acme", Map.of("outcome", step));

        assertThat(renderer.render(notice, liLei).text()).contains(chinese).doesNotContain("??", step);
        assertThat(renderer.render(notice, alice).text()).contains("The partner application of \"Acme\" was rejected ("
                + english + "). The company is not listed in the partner directory.").doesNotContainPattern(HAN);
    }

    @Test
    void anInactiveSigsLastActivityReadsAsADate() {
        Notice notice = notice(NoticeType.SIG_INACTIVE, "SIG_PROPOSAL", "sig-quiet",
                Map.of("lastActivityAt", Instant.parse("2025-01-01T08:30:00Z"), "retireAfterDays", 365L));

        assertThat(renderer.render(notice, alice).text()).contains("has had no activity since 2025-01-01 08:30 UTC")
                .doesNotContain("2025-01-01T08:30:00Z");
        assertThat(renderer.render(notice, liLei).text()).contains("自 2025-01-01 08:30 UTC 以来没有任何活动");
    }

    private static Notice notice(NoticeType type, String caseType, String caseName, Map<String, Object> model) {
        return new Notice(type, caseType, "c-1", caseName, List.of(), model);
    }
}
