package org.openanolis.governance.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A removal's name, which the system makes of the member's name ("Removal of Dave Zhang (dave)"), in the reader's
 * language: Chinese on the case page, in "My cases", in the inbox and in the subject of a zh-CN recipient's mails,
 * whether the mail is the case's own or its vote's; for an English reader and recipient exactly the stable name.
 */
@GovernanceTest
class RemovalNameLanguagesIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    People people;

    private final List<Portal> portals = new ArrayList<>();

    @AfterEach
    void closePortals() {
        portals.forEach(Portal::close);
        portals.clear();
    }

    @Test
    void aRemovalIsNamedInChineseForAChineseReaderAndRecipientAndAsBeforeInEnglish() {
        String previous = people.find("bob").map(Person::language).orElse(null);
        people.chooseLanguage("bob", "zh-CN");
        String id = null;
        try {
            Api.Answer proposed = api.as("alice").post("/api/committee-removals",
                    Map.of("member", "dave", "reason", "Named in both languages"));
            assertThat(proposed.status()).as("%s", proposed).isEqualTo(201);
            id = proposed.field("id");
            assertThat(proposed.field("caseName")).as("the API's name stays the stable one")
                    .isIn("Removal of Dave Zhang (dave)", null);

            HtmlPage chinese = signedIn("carol", "zh-CN").open("/committee-removals/" + id);
            assertThat(chinese.getElementsByTagName("h1").get(0).asNormalizedText()).isEqualTo("罢免 Dave Zhang (dave)");
            assertThat(chinese.getTitleText()).isEqualTo("罢免 Dave Zhang (dave) · 委员会罢免 · SIG Governance");
            assertThat(chinese.asNormalizedText()).doesNotContain("Removal of Dave Zhang (dave)").doesNotContain("??");

            HtmlPage inbox = signedIn("erin", "zh-CN").open("/tasks");
            assertThat(inbox.asNormalizedText()).contains("罢免 Dave Zhang (dave)").doesNotContain("Removal of Dave Zhang (dave)");

            HtmlPage mine = signedIn("alice", "zh-CN").open("/my/cases");
            assertThat(mine.asNormalizedText()).contains("罢免 Dave Zhang (dave)").doesNotContain("Removal of Dave Zhang (dave)");

            HtmlPage english = signedIn("frank", "en").open("/committee-removals/" + id);
            assertThat(english.getElementsByTagName("h1").get(0).asNormalizedText()).isEqualTo("Removal of Dave Zhang (dave)");
            assertThat(english.getTitleText()).startsWith("Removal of Dave Zhang (dave) · ");
            assertThat(signedIn("grace", "en").open("/tasks").asNormalizedText()).contains("Removal of Dave Zhang (dave)");

            // The vote's mail knows the case by its stored name only; the case's own withdrawal mail by its record.
            assertThat(Mailbox.awaitRecipients(greenMail, "罢免 Dave Zhang (dave)", "投票已开始", 1))
                    .containsOnlyKeys("bob@example.org");
            assertThat(Mailbox.awaitRecipients(greenMail, "Removal of Dave Zhang (dave)", "Vote opened", 4))
                    .containsKeys("carol@example.org", "erin@example.org").doesNotContainKey("bob@example.org");

            withdraw(id);
            id = null;
            assertThat(Mailbox.awaitRecipients(greenMail, "罢免 Dave Zhang (dave)", "已撤回", 1)).containsOnlyKeys("bob@example.org");
            assertThat(Mailbox.awaitRecipients(greenMail, "Removal of Dave Zhang (dave)", "Withdrawn", 2))
                    .containsKey("alice@example.org").doesNotContainKey("bob@example.org");
        } finally {
            people.chooseLanguage("bob", previous == null ? "" : previous);
            if (id != null) {
                withdraw(id);
            }
        }
    }

    /** A browser of its own asking for pages in this language, signed in as this person. */
    private Portal signedIn(String user, String acceptLanguage) {
        Portal portal = Portal.reading(port, acceptLanguage);
        portals.add(portal);
        portal.signIn(user);
        return portal;
    }

    private void withdraw(String id) {
        Api.Answer withdrawn = api.as("alice").post("/api/committee-removals/" + id + "/withdrawal",
                Map.of("reason", "Only a test"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
    }
}
