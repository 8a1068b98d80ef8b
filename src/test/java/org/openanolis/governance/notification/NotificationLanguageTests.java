package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.ApplicationCaseTypes;
import org.openanolis.governance.system.Languages;

/**
 * A mail speaks its recipient's language: the frame, the shared pieces and each notice's own sentences, with codes
 * (stages, steps, ballots, thresholds) in words. Chinese data is used for the Chinese mails, so that an English word
 * left in one can only come from a template or a message.
 */
class NotificationLanguageTests {

    private static final String BASE_URL = "https://governance.example.org";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A lower-case English word: none may be left once the links are taken out of a Chinese mail. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    private final NotificationRenderer renderer = new NotificationRenderer(BASE_URL, ApplicationCaseTypes.all(),
            Languages.messageSource(), Languages.ENGLISH);
    private final Recipient liLei = new Recipient("Li Lei", "li@example.org", "zh-CN");
    private final Recipient alice = new Recipient("Alice Chen", "alice@example.org", "en");

    @ParameterizedTest
    @EnumSource(value = NoticeType.class, names = {"AGREEMENT_REMINDER", "CHANGES_REQUESTED", "CHECKLIST_OVERDUE",
            "COMMITTEE_MEMBER_APPOINTED", "COMMITTEE_MEMBER_REMOVED", "EXPIRED", "PARTNER_APPLICATION_RECEIVED",
            "PARTNER_CERTIFICATE_EXPIRED", "PARTNER_CERTIFICATE_EXPIRING", "PARTNER_CHANGES_REQUESTED", "PARTNER_LISTED",
            "PARTNER_REJECTED", "PARTNER_REVOKED", "PARTNER_VERIFICATION_OVERDUE", "PROJECT_ACCEPTED", "PROJECT_ARCHIVED",
            "PROJECT_RECEIPT", "PROJECT_REJECTED", "PROJECT_SPONSOR_NEEDED", "PROJECT_STAGE_CHANGED"})
    void aChineseRecipientReadsChineseAndTheSameNoticeStaysEnglishForAnEnglishOne(NoticeType type) {
        for (Map<String, Object> model : List.of(chineseModel(), Map.<String, Object>of())) {
            RenderedMail mail = renderer.render(notice(type, "龙蜥-AI", model), liLei);

            assertChinese(mail.text());
            assertChinese(mail.html().replaceAll("<[^>]*>", " ").replaceAll("&[a-z#0-9]+;", " "));
            assertThat(mail.html()).contains("<html lang=\"zh-CN\"", "<strong>龙蜥-AI</strong>");
            assertThat(mail.text()).startsWith("Li Lei，您好：").contains("“龙蜥-AI”");
        }

        RenderedMail english = renderer.render(notice(type, "sig-confidential-ai", englishModel()), alice);

        assertThat(HAN.matcher(english.text() + english.html()).find()).as(english.text()).isFalse();
        assertThat(english.text()).startsWith("Hello Alice Chen,").contains("\"sig-confidential-ai\"",
                "The case: " + BASE_URL + "/sig-proposals/sp-1", "Sent by SIG Governance at " + BASE_URL + ".");
        assertThat(english.html()).contains("<html lang=\"en\"", "<strong>sig-confidential-ai</strong>",
                "You receive this because of your role in the case.");
    }

    @Test
    void codesAreShownInTheRecipientsWords() {
        Map<String, Object> model = chineseModel();
        String revoked = renderer.render(notice(NoticeType.PARTNER_REVOKED, "龙蜥-AI", model), liLei).text();
        String stage = renderer.render(notice(NoticeType.PROJECT_STAGE_CHANGED, "龙蜥-AI", model), liLei).text();
        model.put("step", "ENDORSEMENT_DECLINED");
        String rejected = renderer.render(notice(NoticeType.PROJECT_REJECTED, "龙蜥-AI", model), liLei).text();
        String partnerRejected = renderer.render(notice(NoticeType.PARTNER_REJECTED, "龙蜥-AI", model), liLei).text();
        RenderedMail result = renderer.render(notice(NoticeType.VOTE_RESULT, "龙蜥-AI", model), liLei);

        assertThat(revoked).contains("通过门槛：特别多数", "赞成票：5", "回避：王芳, 张伟");
        assertThat(stage).contains("内核工具 现已进入毕业阶段");
        assertThat(rejected).contains("在发起 SIG 背书环节被否决");
        assertThat(partnerRejected).contains("已被否决（技术验证阶段）");
        assertThat(result.text()).contains("- 王芳: 赞成 (“范围清楚”), 2025-03-01 10:15 UTC", "- 张伟: 弃权, ");
        assertThat(result.html()).contains("<th align=\"left\">理由</th>", "<td>反对</td>");
    }

    @Test
    void englishSentencesReadAsTheyAlwaysDid() {
        Map<String, Object> model = englishModel();

        assertThat(renderer.render(notice(NoticeType.PARTNER_CERTIFICATE_EXPIRING, "Acme", model), alice).text())
                .contains("The partner certificate of \"Acme\" expires on 2026-03-01 00:00 UTC, in 30 days. To stay"
                        + " listed, apply again under the same company name with current test reports.\n");
        assertThat(renderer.render(notice(NoticeType.PARTNER_LISTED, "Acme", model), alice).html())
                .contains("<strong>Acme</strong> is now listed in the OpenAnolis partner directory. Its certificate is"
                        + " valid until 2026-03-01 00:00 UTC; renew it");
        assertThat(renderer.render(notice(NoticeType.PROJECT_STAGE_CHANGED, "p", model), alice).text())
                .contains("The committee approved \"p\": kernel-tools is now GRADUATED. Its maturity log");
        assertThat(renderer.render(notice(NoticeType.PROJECT_REJECTED, "p", model), alice).text())
                .contains("The project proposal \"p\" was rejected at legal review and will not be onboarded.");
        assertThat(renderer.render(notice(NoticeType.PROJECT_SPONSOR_NEEDED, "p", Map.of()), alice).text())
                .contains("without a successor: your project has no sponsoring SIG any more and shows \"sponsor needed\"");
        assertThat(renderer.render(notice(NoticeType.PARTNER_REVOKED, "p", model), alice).text())
                .contains("Threshold:   SUPER\n", "Recused:     dave, erin\n", "Comment:\nNarrow the scope.\n");
    }

    private static void assertChinese(String body) {
        String withoutLinks = body.replaceAll("https?://\\S+", " ");
        assertThat(HAN.matcher(body).find()).as(body).isTrue();
        assertThat(body).as(body).doesNotContain("??");
        assertThat(ENGLISH_WORD.matcher(withoutLinks).results().map(r -> r.group()).toList()).as(body).isEmpty();
    }

    private static Notice notice(NoticeType type, String caseName, Map<String, Object> model) {
        return new Notice(type, "SIG_PROPOSAL", "sp-1", caseName, List.of(), model);
    }

    /** Everything a notice of these types may carry, with the people's data in Chinese. */
    private static Map<String, Object> chineseModel() {
        Map<String, Object> model = new HashMap<>(englishModel());
        model.put("comment", "请缩小范围。\n第二行。");
        model.put("person", "王芳");
        model.put("member", "张伟");
        model.put("project", "内核工具");
        model.put("sponsorSig", "SIG-内核");
        model.put("outcome", "TECHNICAL_VERIFICATION");
        model.put("recused", List.of("王芳", "张伟"));
        model.put("ballots", List.of(
                Map.of("member", "王芳", "vote", "APPROVE", "reason", "范围清楚", "castAt", Instant.parse("2025-03-01T10:15:00Z")),
                Map.of("member", "李娜", "vote", "REJECT", "castAt", Instant.parse("2025-03-02T08:00:00Z")),
                Map.of("member", "张伟", "vote", "ABSTAIN", "castAt", Instant.parse("2025-03-02T09:00:00Z"))));
        return model;
    }

    private static Map<String, Object> englishModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("taskId", "task-42");
        model.put("comment", "Narrow the scope.");
        model.put("threshold", "SUPER");
        model.put("electorate", 7);
        model.put("quorum", 5);
        model.put("approvals", 5);
        model.put("rejections", 1);
        model.put("abstentions", 0);
        model.put("opensAt", Instant.parse("2025-03-01T09:00:00Z"));
        model.put("closesAt", Instant.parse("2025-03-08T12:00:00Z"));
        model.put("recused", List.of("dave", "erin"));
        model.put("person", "alice");
        model.put("member", "bob");
        model.put("project", "kernel-tools");
        model.put("sponsorSig", "sig-kernel");
        model.put("targetStage", "GRADUATED");
        model.put("expiresAt", Instant.parse("2026-03-01T00:00:00Z"));
        model.put("daysLeft", 30L);
        model.put("step", "REJECTED_IN_LEGAL_REVIEW");
        model.put("outcome", "ELIGIBILITY");
        return model;
    }
}
