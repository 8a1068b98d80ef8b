package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.system.UnsignedReaderLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which language a reader gets: the browser's Accept-Language until they choose, then their choice, kept on the
 * browser and, once signed in, in their profile so that it follows them to another browser and to their mails.
 */
@GovernanceTest
class ReaderLanguageIntegrationTests {

    private static final String PASSWORD = "long-enough-secret";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    People people;

    @Test
    void theBrowsersLanguageDecidesUntilTheReaderChooses() {
        try (Portal portal = new Portal(port)) {
            portal.client().addRequestHeader("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
            HtmlPage home = portal.open("/");
            assertThat(home.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(home.getElementById("sigs-heading").asNormalizedText()).isEqualTo("特别兴趣小组");

            HtmlPage english = switchTo(home, "en");
            assertThat(english.getUrl().getPath()).isEqualTo("/");
            assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(english.getElementById("sigs-heading").asNormalizedText()).isEqualTo("Special interest groups");
            assertThat(portal.open("/processes").asNormalizedText()).as("the choice stays for the next page")
                    .contains("How decisions are made");
        }
    }

    @Test
    void anyChineseOfTheBrowserIsSimplifiedChineseAndAnythingElseEnglish() {
        assertThat(UnsignedReaderLanguage.browserLanguage("zh-TW, en;q=0.5").toLanguageTag()).isEqualTo("zh-CN");
        assertThat(UnsignedReaderLanguage.browserLanguage("fr-FR, de;q=0.8")).hasToString("en");
        assertThat(UnsignedReaderLanguage.browserLanguage("de, en-GB;q=0.7, zh;q=0.6")).hasToString("en");
        assertThat(UnsignedReaderLanguage.browserLanguage("not a header;;;")).hasToString("en");
        assertThat(UnsignedReaderLanguage.browserLanguage(null)).hasToString("en");
    }

    @Test
    void aSignedInPersonsChoiceIsKeptInTheirProfileAndFollowsThemToAnotherBrowser() {
        createUser("lang-chooser");
        try (Portal first = new Portal(port)) {
            HtmlPage home = first.signIn("lang-chooser", PASSWORD);
            assertThat(home.getElementById("sigs-heading").asNormalizedText()).isEqualTo("Special interest groups");
            HtmlPage chinese = switchTo(home, "zh-CN");
            assertThat(chinese.getElementById("sigs-heading").asNormalizedText()).isEqualTo("特别兴趣小组");
        }
        assertThat(people.find("lang-chooser").orElseThrow().language()).isEqualTo("zh-CN");

        try (Portal second = new Portal(port)) {
            second.client().addRequestHeader("Accept-Language", "en");
            HtmlPage home = second.signIn("lang-chooser", PASSWORD);
            assertThat(home.getElementById("sigs-heading").asNormalizedText())
                    .as("the profile's choice wins over the browser's").isEqualTo("特别兴趣小组");
            assertThat(home.asNormalizedText()).contains("退出登录");
        }
    }

    @Test
    void theSwitchGoesBackOnlyToAPageOfThisSite() throws Exception {
        try (Portal portal = new Portal(port)) {
            for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "/processes"}) {
                HtmlPage home = portal.open("/");
                HtmlForm form = home.getFirstByXPath("//form[contains(@class,'language-switch')]");
                form.getInputByName("back").setValue(elsewhere);
                portal.client().getOptions().setRedirectEnabled(false);
                try {
                    var answer = ((HtmlButton) form.getFirstByXPath(".//button[@value='zh-CN']")).click();
                    String location = answer.getWebResponse().getResponseHeaderValue("Location");
                    assertThat(location).as(elsewhere).isIn(elsewhere.equals("/processes")
                            ? new String[] {"/processes", "http://localhost:" + port + "/processes"}
                            : new String[] {"/", "http://localhost:" + port + "/"});
                } finally {
                    portal.client().getOptions().setRedirectEnabled(true);
                }
            }
        }
    }

    @Test
    void theApiAnswersProblemsInTheCallersLanguage() throws Exception {
        String body = "{\"name\":\"x\",\"displayName\":\"\",\"mission\":\"m\"}";
        JsonNode chinese = invalidProposal(body, "zh-CN");
        assertThat(chinese.get("title").asText()).isEqualTo("请求有误");
        assertThat(chinese.get("detail").asText()).isEqualTo("请求中有无效的字段");
        assertThat(chinese.get("errors").toString()).contains("为必填项").doesNotContain("is required");

        JsonNode english = invalidProposal(body, "en-US");
        assertThat(english.get("title").asText()).isEqualTo("Bad Request");
        assertThat(english.get("errors").toString()).contains("is required");
    }

    private JsonNode invalidProposal(String body, String language) throws Exception {
        String answer = RestClient.create("http://localhost:" + port).post().uri("/api/sig-proposals")
                .headers(h -> {
                    h.setBasicAuth("paul", "demo");
                    h.set("Accept-Language", language);
                })
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(400);
                    return new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                });
        return new ObjectMapper().readTree(answer);
    }

    private static HtmlPage switchTo(HtmlPage page, String tag) {
        HtmlButton button = page.getFirstByXPath("//form[contains(@class,'language-switch')]//button[@value='" + tag + "']");
        assertThat(button).as("the language switch offers " + tag).isNotNull();
        try {
            return button.click();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void createUser(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Lang");
            user.setLastName("Chooser");
            user.setEmail(id + "@example.org");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
        }
    }
}
