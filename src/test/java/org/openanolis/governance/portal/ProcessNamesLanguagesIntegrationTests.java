package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The processes' steps in the reader's language: the pictures of "How decisions are made" and of a case page (the
 * BPMN bpmn-js draws) and the case page's text of where it stands. A Chinese reader's BPMN is still BPMN; an
 * English reader's is the model as deployed.
 */
@GovernanceTest
class ProcessNamesLanguagesIntegrationTests extends ApiScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
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
    void theProcessPictureIsNamedInChineseForAChineseReaderAndIsTheModelItselfForAnEnglishOne() throws IOException {
        portal = browser("zh-CN");
        var chinese = portal.get("/processes/sigCreation.bpmn").getWebResponse();
        assertThat(chinese.getStatusCode()).isEqualTo(200);
        assertThat(chinese.getContentType()).isEqualTo("application/xml");
        BpmnModelInstance served = Bpmn.readModelFromStream(chinese.getContentAsStream());
        Bpmn.validateModel(served);
        assertThat(name(served, "UserTask_TriageProposal")).isEqualTo("初审提案");
        assertThat(name(served, "StartEvent_SigProposed")).isEqualTo("SIG 已提议");
        assertThat(name(served, "Gateway_TriageOutcome")).isEqualTo("初审结果？");
        assertThat(served.getModelElementsByType(FlowElement.class)).filteredOn(e -> e.getName() != null)
                .allSatisfy(e -> assertThat(e.getName()).as(e.getId()).containsPattern(HAN));
        portal.close();

        portal = browser("en");
        var english = portal.get("/processes/sigCreation.bpmn").getWebResponse();
        assertThat(english.getContentAsStream().readAllBytes())
                .isEqualTo(Files.readAllBytes(Path.of("bpmn", "sig-creation.bpmn")));
    }

    @Test
    void aCasePageNamesTheStepsInTheReadersLanguageInTheTextAndInThePicture() throws Exception {
        String id = acceptedForVote(uniqueName("step-names"));

        HtmlPage chinese = pageAs(reader("zh"), "zh-CN", "/sig-proposals/" + id);
        assertThat(chinese.getWebResponse().getContentAsString()).doesNotContain("??");
        assertThat(chinese.getElementById("current-steps").asNormalizedText()).contains("委员会投票");
        assertThat(chinese.getElementById("passed-steps").asNormalizedText())
                .contains("SIG 已提议", "初审提案", "接受并交付投票").doesNotContain("Triage", "SIG proposed");
        JsonNode diagram = diagram("/sig-proposals/" + id + "/diagram");
        assertThat(names(diagram.path("current"))).containsExactly("委员会投票");
        assertThat(names(diagram.path("passed"))).containsSubsequence("SIG 已提议", "初审提案", "接受并交付投票");
        BpmnModelInstance drawn = Bpmn.readModelFromStream(
                new ByteArrayInputStream(diagram.path("xml").asText().getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(drawn);
        assertThat(name(drawn, "CallActivity_CommitteeVote")).isEqualTo("委员会投票");
        portal.close();

        HtmlPage english = pageAs(reader("en"), "en", "/sig-proposals/" + id);
        assertThat(english.getElementById("current-steps").asNormalizedText()).contains("Committee vote")
                .doesNotContainPattern(HAN);
        assertThat(english.getElementById("passed-steps").asNormalizedText())
                .contains("SIG proposed", "Triage proposal", "Accept for vote").doesNotContainPattern(HAN);
        JsonNode englishDiagram = diagram("/sig-proposals/" + id + "/diagram");
        assertThat(names(englishDiagram.path("passed"))).containsSubsequence("SIG proposed", "Triage proposal",
                "Accept for vote");
        assertThat(englishDiagram.path("xml").asText())
                .isEqualTo(Files.readString(Path.of("bpmn", "sig-creation.bpmn")));
    }

    private Portal browser(String language) {
        return Portal.reading(port, language);
    }

    /** A fresh browser that asks for this language signs in and opens the page. */
    private HtmlPage pageAs(String user, String language, String path) {
        portal = browser(language);
        portal.signIn(user);
        return portal.open(path);
    }

    private JsonNode diagram(String path) throws IOException {
        var answer = portal.get(path).getWebResponse();
        assertThat(answer.getStatusCode()).isEqualTo(200);
        // JSON is UTF-8 whatever the Content-Type says; HtmlUnit would read it as Latin-1 without a charset.
        return json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode steps) {
        List<String> names = new ArrayList<>();
        steps.forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    private static String name(BpmnModelInstance model, String id) {
        return ((FlowElement) model.getModelElementById(id)).getName();
    }

    /** A reader with no language in their profile, so that only the browser decides. */
    private String reader(String stem) {
        String id = "steps-" + stem + "-" + Long.toString(System.nanoTime(), 36);
        User user = identityService.newUser(id);
        user.setPassword(Api.PASSWORD);
        user.setEmail(id + "@example.org");
        DemoPasswords.save(identityService, user);
        return id;
    }
}
