package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openanolis.governance.support.ApplicationCaseTypes;
import org.openanolis.governance.system.Languages;
import org.springframework.context.MessageSource;

/**
 * The mails about a case's events, from rejected-in-triage to withdrawn, reach a reader of Chinese in Chinese and
 * a reader of English exactly as before; every notice's subject has its words in both languages.
 */
class NoticeLanguagesTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The notices whose own words live in the notices bundle. */
    private static final Set<NoticeType> NOTICES = EnumSet.of(NoticeType.REJECTED_IN_TRIAGE, NoticeType.RESUBMITTED,
            NoticeType.REVISION_REMINDER, NoticeType.SANDBOX_REVIEW_OVERDUE, NoticeType.SIG_ANNOUNCED,
            NoticeType.SIG_INACTIVE, NoticeType.SIG_LEAD_STEPPED_DOWN, NoticeType.SIG_LEADERSHIP_CHANGED,
            NoticeType.SIG_REPORT_DUE, NoticeType.SIG_REPORT_OVERDUE, NoticeType.SIG_RETIRED,
            NoticeType.STAGE_CHANGE_RECEIPT, NoticeType.STAGE_CHANGE_REJECTED, NoticeType.SUBMITTED_RECEIPT,
            NoticeType.TASK_ASSIGNED, NoticeType.TRIAGE_REQUESTED, NoticeType.VOTE_CANCELLED, NoticeType.VOTE_EXTENDED,
            NoticeType.VOTE_NO_QUORUM, NoticeType.VOTE_OPENED_RECUSED, NoticeType.VOTE_OPENED, NoticeType.VOTE_REMINDER,
            NoticeType.VOTE_RESULT, NoticeType.WITHDRAWN);

    private final MessageSource messages = Languages.messageSource();
    private final NotificationRenderer renderer = new NotificationRenderer("https://governance.example.org",
            ApplicationCaseTypes.all(), messages, Languages.ENGLISH);
    private final Recipient liLei = new Recipient("Li Lei", "li@example.org", "zh-CN");
    private final Recipient alice = new Recipient("Alice Chen", "alice@example.org", "en");

    static Set<NoticeType> notices() {
        return NOTICES;
    }

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void everySubjectHasItsWordsInBothLanguages(NoticeType type) {
        String key = "mail.subject." + type.template();

        assertThat(messages.getMessage(key, null, null, Languages.ENGLISH)).isEqualTo(type.phrase());
        // A key missing in Chinese would fall back to the English file: the Chinese must be Chinese.
        assertThat(messages.getMessage(key, null, null, Languages.CHINESE)).as(key).isNotNull().containsPattern(HAN);
    }

    @ParameterizedTest
    @MethodSource("notices")
    void aReaderOfChineseGetsTheMailInChinese(NoticeType type) {
        for (Map<String, Object> model : List.of(fullModel(), Map.<String, Object>of())) {
            RenderedMail mail = renderer.render(notice(type, model), liLei);

            assertThat(mail.subject()).startsWith("[sig-confidential-ai] ").containsPattern(HAN).doesNotContain("??");
            assertThat(mail.text()).containsPattern(HAN).contains("sig-confidential-ai")
                    .doesNotContain("??", "null", "[#", "[(", "${");
            assertThat(mail.html()).containsPattern(HAN).contains("sig-confidential-ai")
                    .doesNotContain("??", "null", "th:", "${");
        }
    }

    @ParameterizedTest
    @MethodSource("notices")
    void aReaderOfEnglishGetsTheMailInEnglish(NoticeType type) {
        for (Map<String, Object> model : List.of(fullModel(), Map.<String, Object>of())) {
            RenderedMail mail = renderer.render(notice(type, model), alice);

            assertThat(mail.subject()).startsWith("[sig-confidential-ai] " + type.phrase()).doesNotContainPattern(HAN);
            assertThat(mail.text()).doesNotContainPattern(HAN).doesNotContain("??");
            assertThat(mail.html()).doesNotContainPattern(HAN).doesNotContain("??");
        }
    }

    @Test
    void englishSentencesReadAsBefore() {
        RenderedMail result = renderer.render(notice(NoticeType.VOTE_RESULT, fullModel()), alice);
        RenderedMail retired = renderer.render(notice(NoticeType.SIG_RETIRED, Map.of("sig", "sig-old")), alice);
        RenderedMail due = renderer.render(notice(NoticeType.SIG_REPORT_DUE, Map.of("year", 2027)), alice);
        RenderedMail rejected = renderer.render(notice(NoticeType.STAGE_CHANGE_REJECTED,
                Map.of("step", "ENDORSEMENT_DECLINED", "project", "kernel-tools")), alice);

        assertThat(result.text()).contains("The committee vote on \"sig-confidential-ai\" has closed: APPROVED.");
        assertThat(result.html()).contains("The committee vote on <strong>sig-confidential-ai</strong> has closed<span>: "
                + "<strong>APPROVED</strong></span>.");
        assertThat(retired.text()).contains("The committee approved \"sig-confidential-ai\": sig-old is RETIRED. It "
                + "stays in the directory with its reason, and its name stays taken. Its repositories are released; "
                + "each sponsored project's maintainers are told that it needs a new sponsor.");
        assertThat(due.text()).contains("The 2027 annual report of \"sig-confidential-ai\" is due");
        assertThat(due.html()).contains("The 2027 annual report of <strong>sig-confidential-ai</strong> is due");
        assertThat(rejected.text()).contains("The stage change \"sig-confidential-ai\" was rejected at the sponsoring "
                + "SIG's endorsement; kernel-tools stays where it is.");
    }

    @Test
    void codesAreShownInTheReadersWords() {
        RenderedMail result = renderer.render(notice(NoticeType.VOTE_RESULT, fullModel()), liLei);
        RenderedMail rejected = renderer.render(notice(NoticeType.STAGE_CHANGE_REJECTED,
                Map.of("step", "REJECTED_IN_DUE_DILIGENCE")), liLei);

        assertThat(result.text()).contains("委员会对“sig-confidential-ai”的投票已结束，结果：通过。").doesNotContain("APPROVED");
        assertThat(result.html()).contains("<strong>通过</strong>");
        assertThat(rejected.text()).contains("在 尽职调查 环节被否决");
        assertThat(renderer.subject(notice(NoticeType.VOTE_RESULT, fullModel()), Languages.CHINESE))
                .isEqualTo("[sig-confidential-ai] 投票结果：通过");
    }

    private static Notice notice(NoticeType type, Map<String, Object> model) {
        return new Notice(type, "SIG_PROPOSAL", "sp-1", "sig-confidential-ai", List.of(), model);
    }

    /** Everything any of these mails shows, so that every conditional sentence is rendered. */
    private static Map<String, Object> fullModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("taskId", "task-42");
        model.put("taskTitle", "Cast your ballot");
        model.put("comment", "Please narrow the scope.");
        model.put("threshold", "TWO_THIRDS");
        model.put("electorate", 7);
        model.put("quorum", 5);
        model.put("approvals", 5);
        model.put("rejections", 1);
        model.put("abstentions", 0);
        model.put("outcome", "APPROVED");
        model.put("opensAt", Instant.parse("2025-03-01T09:00:00Z"));
        model.put("closesAt", Instant.parse("2025-03-08T12:00:00Z"));
        model.put("recused", List.of("dave", "erin"));
        model.put("proposer", "alice");
        model.put("lastActivityAt", Instant.parse("2025-01-01T00:00:00Z"));
        model.put("retireAfterDays", 365L);
        model.put("lead", "bob");
        model.put("addChairs", List.of("carol"));
        model.put("removeChairs", List.of("dave"));
        model.put("addTechLeads", List.of("erin"));
        model.put("removeTechLeads", List.of("frank"));
        model.put("year", 2027);
        model.put("sig", "sig-old");
        model.put("successorSig", "sig-new");
        model.put("step", "ENDORSEMENT_DECLINED");
        model.put("project", "kernel-tools");
        return model;
    }
}
