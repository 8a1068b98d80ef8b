package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openanolis.governance.support.ApplicationCaseTypes;
import org.openanolis.governance.system.Languages;

class NotificationRenderingTests {

    private static final String BASE_URL = "https://governance.example.org";

    private final NotificationRenderer renderer = new NotificationRenderer(BASE_URL + "/", ApplicationCaseTypes.all(),
            Languages.messageSource(), Languages.ENGLISH);
    private final Recipient alice = new Recipient("Alice Chen", "alice@example.org");

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void everyTypeRendersWithoutAnyModel(NoticeType type) {
        RenderedMail mail = renderer.render(notice(type, "sig-confidential-ai", Map.of()), new Recipient(null, "x@example.org"));

        assertThat(mail.subject()).startsWith("[sig-confidential-ai] ");
        assertThat(mail.text()).contains("Hello,", "sig-confidential-ai", BASE_URL + "/sig-proposals/sp-1")
                .doesNotContain("[#", "[(", "${", "null");
        assertThat(mail.html()).contains("<html", "href=\"" + BASE_URL + "/sig-proposals/sp-1\"")
                .doesNotContain("th:", "${", "null");
    }

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void everyTypeRendersWithTheFullModel(NoticeType type) {
        RenderedMail mail = renderer.render(notice(type, "sig-confidential-ai", fullModel()), alice);

        assertThat(mail.text()).contains("Hello Alice Chen,", BASE_URL + "/tasks/task-42")
                .doesNotContain("[#", "[(", "${", "null");
        assertThat(mail.html()).contains("Alice Chen", "href=\"" + BASE_URL + "/tasks/task-42\"")
                .doesNotContain("th:", "${", "null");
    }

    @Test
    void valuesThatAreNotPlainJsonReachTheTemplateAsTheirText() {
        // Kept as JSON until the dispatcher renders the mail: a date or a code is shown as it always was, as text.
        Map<String, Object> model = Map.of("expiresAt", LocalDate.of(2027, 1, 31), "daysLeft", 30L);

        RenderedMail mail = renderer.render(notice(NoticeType.PARTNER_CERTIFICATE_EXPIRING, "Acme", model), alice);
        MailDraft draft = renderer.draft(notice(NoticeType.PARTNER_CERTIFICATE_EXPIRING, "Acme", model), alice);

        assertThat(mail.text()).contains("2027-01-31", "30");
        assertThat(draft.variables()).containsEntry("expiresAt", "2027-01-31").containsEntry("daysLeft", 30L);
        assertThat(MailVariables.read(MailVariables.write(draft.variables()))).containsEntry("expiresAt", "2027-01-31");
    }

    @Test
    void subjectsNameTheCaseAndTheEvent() {
        assertThat(renderer.subject(notice(NoticeType.VOTE_OPENED, "sig-confidential-ai", Map.of()), Locale.ENGLISH))
                .isEqualTo("[sig-confidential-ai] Vote opened");
        assertThat(renderer.subject(notice(NoticeType.TASK_ASSIGNED, "p", Map.of("taskTitle", "Legal review")), Locale.ENGLISH))
                .isEqualTo("[p] New task: Legal review");
        assertThat(renderer.subject(notice(NoticeType.VOTE_RESULT, "p", Map.of("outcome", "APPROVED")), Locale.ENGLISH))
                .isEqualTo("[p] Vote result: APPROVED");
    }

    @Test
    void voteResultShowsFiguresAndBallots() {
        RenderedMail mail = renderer.render(notice(NoticeType.VOTE_RESULT, "sig-confidential-ai", fullModel()), alice);

        assertThat(mail.text()).contains("Approvals:   5", "Recused:     dave, erin",
                "- bob: APPROVE (\"Good scope\"), 2025-03-01 10:15 UTC", "- carol: REJECT", "Closes:      2025-03-08 12:00 UTC");
        assertThat(mail.html()).contains("<td>bob</td>", "<td>Good scope</td>", "dave, erin");
    }

    @Test
    void htmlEscapesWhatUsersTypedAndTextKeepsIt() {
        String script = "<script>alert('x')</script>";
        Map<String, Object> model = new HashMap<>(fullModel());
        model.put("comment", script);
        model.put("ballots", List.of(Map.of("member", "mallory", "vote", "REJECT", "reason", script)));
        RenderedMail mail = renderer.render(notice(NoticeType.VOTE_RESULT, "a" + script, model), alice);
        RenderedMail withdrawn = renderer.render(notice(NoticeType.WITHDRAWN, script, model), alice);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(withdrawn.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(mail.text()).contains("a" + script, "(\"" + script + "\")");
        assertThat(withdrawn.text()).contains("Comment:\n" + script);
    }

    @Test
    void expressionsInUserTextStayText() {
        Map<String, Object> model = Map.of("comment", "${7*7} #{mail.secret} [(${7*7})] __${7*7}__ *{x} @{/a}");
        RenderedMail mail = renderer.render(notice(NoticeType.CHANGES_REQUESTED, "[[${7*7}]]", model), alice);

        assertThat(mail.text()).contains("${7*7} #{mail.secret} [(${7*7})] __${7*7}__ *{x} @{/a}", "[[${7*7}]]")
                .doesNotContain("49");
        assertThat(mail.html()).contains("${7*7} #{mail.secret} [(${7*7})] __${7*7}__ *{x} @{/a}")
                .doesNotContain("49");
    }

    @Test
    void noLineBreakReachesTheSubject() {
        String subject = renderer.subject(notice(NoticeType.VOTE_OPENED, "evil\r\nBcc: x@y\u0085\u2028\t", Map.of()), Locale.ENGLISH);

        assertThat(subject).doesNotContain("\r", "\n", "\u0085", "\u2028", "\t").startsWith("[evil  Bcc: x@y")
                .endsWith("Vote opened");
        assertThat(renderer.subject(notice(NoticeType.TASK_ASSIGNED, "p", Map.of("taskTitle", "a\nBcc: y@z")), Locale.ENGLISH))
                .isEqualTo("[p] New task: a Bcc: y@z");
    }

    @Test
    void linksStartWithTheBaseUrl() {
        assertThat(renderer.caseUrl("PROJECT_PROPOSAL", "p 1")).isEqualTo(BASE_URL + "/project-proposals/p%201");
        assertThat(renderer.caseUrl("PARTNER_APPLICATION", "a1")).isEqualTo(BASE_URL + "/partner-applications/a1");
        assertThat(renderer.caseUrl("PARTNER", "x/../y")).isEqualTo(BASE_URL + "/partners/x%2F..%2Fy");
        assertThat(renderer.host()).isEqualTo("governance.example.org");
        assertThatThrownBy(() -> renderer.caseUrl("SIG", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Notice notice(NoticeType type, String caseName, Map<String, Object> model) {
        return new Notice(type, "SIG_PROPOSAL", "sp-1", caseName, List.of(), model);
    }

    private static Map<String, Object> fullModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("taskId", "task-42");
        model.put("taskTitle", "Cast your ballot");
        model.put("comment", "Please narrow the scope.\nSecond line.");
        model.put("threshold", "TWO_THIRDS");
        model.put("electorate", 7);
        model.put("quorum", 5);
        model.put("approvals", 5);
        model.put("rejections", 1);
        model.put("abstentions", 0);
        model.put("outcome", "APPROVED");
        model.put("opensAt", Instant.parse("2025-03-01T09:00:00Z"));
        model.put("closesAt", Instant.parse("2025-03-08T12:00:00Z"));
        model.put("ballots", List.of(
                Map.of("member", "bob", "vote", "APPROVE", "reason", "Good scope", "castAt", Instant.parse("2025-03-01T10:15:00Z")),
                Map.of("member", "carol", "vote", "REJECT", "castAt", Instant.parse("2025-03-02T08:00:00Z"))));
        model.put("recused", List.of("dave", "erin"));
        model.put("proposer", "alice");
        return model;
    }
}
