package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The inbox, a task's page and the partner forms in the reader's language: Chinese for a browser that asks for it,
 * English as before for one that asks for English; and the mail of a new task names it in its recipient's language.
 */
@GovernanceTest
class TaskPagesLanguageIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    People people;

    private final List<Portal> portals = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void closePortals() {
        portals.forEach(Portal::close);
        portals.clear();
    }

    /** A browser of its own asking for pages in this language, signed in as this person. */
    private Portal signedIn(String user, String acceptLanguage) {
        Portal portal = Portal.reading(port, acceptLanguage);
        portals.add(portal);
        portal.signIn(user);
        return portal;
    }

    @Test
    void aChineseReaderSeesTheInboxTheTaskAndThePartnerFormsInChinese() {
        String name = uniqueName("zh-triage");
        String id = submit(name);
        String task = taskId("olivia", id, "SIG_TRIAGE");
        Portal olivia = signedIn("olivia", "zh-CN");

        HtmlPage inbox = olivia.open("/tasks");
        assertChinese(inbox);
        assertThat(inbox.getAnchorByHref("/tasks/" + task).asNormalizedText()).isEqualTo("初审 " + name);
        assertThat(inbox.getElementsByTagName("h1").get(0).asNormalizedText()).isEqualTo("我的待办");

        HtmlPage page = olivia.open("/tasks/" + task);
        assertChinese(page);
        assertThat(page.getTitleText()).isEqualTo("初审 " + name + " · SIG Governance");
        assertThat(TaskForm.outcomes(page)).as("the submitted values stay the codes")
                .containsExactly("ACCEPT", "REQUEST_CHANGES", "REJECT");
        assertThat(TaskForm.labels(page)).containsExactly("接受", "要求修改", "驳回");
        assertThat(page.getElementById("instructions").asNormalizedText()).startsWith("决定该 SIG 提案是否进入委员会投票");
        assertThat(page.asNormalizedText()).contains("你的决定").contains("选择要求修改、驳回时必填")
                .doesNotContain("Your decision").doesNotContain("Required for");

        HtmlPage refused = TaskForm.complete(olivia, page, "REJECT", "   ");
        assertThat(TaskForm.errorSummary(refused)).containsExactly("请说明理由：“驳回”需要填写评论。");

        HtmlPage done = TaskForm.complete(olivia, refused, "ACCEPT", null);
        assertThat(TaskForm.text(done, "//p[@class='notice']")).isEqualTo("任务已完成：初审 " + name + "。");

        HtmlPage form = signedIn("quinn", "zh-CN").open("/partner-applications/new");
        assertChinese(form);
        assertThat(TaskForm.text(form, "//label[@for='company']")).isEqualTo("公司");
        assertThat(form.asNormalizedText()).contains("我代表公司接受合作伙伴协议").contains("产品 1")
                .doesNotContain("Registration number").doesNotContain("Tests passed");
    }

    @Test
    void anEnglishReaderSeesThemInEnglishAsBefore() {
        String name = uniqueName("en-triage");
        String task = taskId("olivia", submit(name), "SIG_TRIAGE");
        Portal olivia = signedIn("olivia", "en");

        HtmlPage inbox = olivia.open("/tasks");
        assertThat(inbox.getAnchorByHref("/tasks/" + task).asNormalizedText()).isEqualTo("Triage " + name);
        assertThat(inbox.asNormalizedText()).contains("Your inbox").doesNotContain("??");

        HtmlPage page = olivia.open("/tasks/" + task);
        assertThat(page.getTitleText()).isEqualTo("Triage " + name + " · SIG Governance");
        assertThat(TaskForm.labels(page)).containsExactly("Accept", "Request changes", "Reject");
        assertThat(page.getElementById("instructions").asNormalizedText())
                .startsWith("Decide whether the SIG proposal goes to the committee vote");
        assertThat(page.asNormalizedText()).contains("Your decision")
                .contains("Required for Request changes, Reject; optional otherwise. At most 2000 characters.")
                .doesNotContain("??");

        HtmlPage form = signedIn("quinn", "en").open("/partner-applications/new");
        assertThat(form.asNormalizedText()).contains("Registration number")
                .contains("I accept the partner agreement, version").contains("Product 1").contains("Tests passed")
                .doesNotContain("??");
        assertThat(TaskForm.text(form, "//label[@for='company']")).isEqualTo("Company");
    }

    @Test
    void theNewTaskMailNamesTheTaskInItsRecipientsLanguage() {
        String previous = people.find("olivia").map(Person::language).orElse(null);
        String chinese = uniqueName("zh-partner");
        String english = uniqueName("en-partner");
        try {
            people.chooseLanguage("olivia", "zh-CN");
            apply(chinese);
        } finally {
            people.chooseLanguage("olivia", previous == null ? "" : previous);
        }
        apply(english);

        Mailbox.awaitCount(greenMail, chinese, "审核 " + chinese + " 的合作伙伴资格", 1);
        Mailbox.awaitCount(greenMail, english, "Check the partner eligibility of " + english, 1);
    }

    private void apply(String company) {
        assertThat(api.as("quinn").post("/api/partner-applications", PartnerApplicationBodies.valid(company)).status())
                .isEqualTo(201);
    }

    private static void assertChinese(HtmlPage page) {
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(page.asNormalizedText()).containsPattern("\\p{IsHan}").doesNotContain("??");
    }
}
