package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Portal;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A refusal is said in the reader's language: a problem detail's {@code detail} and a field's problem in the API,
 * the reason on the portal's error page. Chinese for {@code Accept-Language: zh-CN}, the English clients know
 * otherwise; the data in it (ids, names) as typed.
 */
@GovernanceTest
class RefusalLanguagesIntegrationTests extends ApiScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    record Refusal(int status, JsonNode body) {

        String detail() {
            return body.path("detail").asText();
        }
    }

    @Test
    void theApiSaysWhyInTheCallersLanguage() {
        String id = submit(uniqueName("refusal-words"));
        String withdrawal = "/api/sig-proposals/" + id + "/withdrawal";

        Refusal notYours = call("rita", "zh-CN", HttpMethod.POST, withdrawal, Map.of());
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.detail()).isEqualTo("只有提议人可以撤回该提案");
        assertThat(call("rita", "en", HttpMethod.POST, withdrawal, Map.of()).detail())
                .isEqualTo("Only the proposer may withdraw a proposal");

        assertThat(api.as("paul").post(withdrawal, Map.of()).status()).isEqualTo(200);
        Refusal again = call("paul", "zh-CN", HttpMethod.POST, withdrawal, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).isEqualTo("该提案当前为“已撤回”，已不能撤回");
        assertThat(call("paul", "en-US", HttpMethod.POST, withdrawal, Map.of()).detail())
                .isEqualTo("A WITHDRAWN proposal can no longer be withdrawn");

        Refusal unknown = call("paul", "zh-CN", HttpMethod.GET, "/api/sig-proposals/no-such-case", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("找不到SIG 提案 no-such-case");
        assertThat(call("paul", null, HttpMethod.GET, "/api/sig-proposals/no-such-case", null).detail())
                .as("no Accept-Language: English").isEqualTo("No SIG proposal no-such-case");
        assertThat(call("paul", "zh-CN", HttpMethod.GET, "/api/sigs/sig-none-such", null).detail())
                .isEqualTo("找不到 SIG sig-none-such");
    }

    @Test
    void theSecurityFiltersRefuseInTheCallersLanguage() {
        String wrongPassword = "Basic " + Base64.getEncoder().encodeToString(
                (uniqueName("stranger") + ":not-the-password").getBytes(StandardCharsets.UTF_8));
        Refusal unknown = anonymous("zh-CN", HttpMethod.GET, "/api/sigs", wrongPassword);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().path("title").asText()).isEqualTo("未登录");
        assertThat(unknown.detail()).contains("登录").doesNotContain("Sign");
        Refusal throttled = anonymous("zh-CN", HttpMethod.GET, "/api/sigs", wrongPassword);
        assertThat(throttled.status()).as("a second try at once must wait").isEqualTo(429);
        assertThat(throttled.body().path("title").asText()).isEqualTo("请求过于频繁");
        assertThat(throttled.detail()).doesNotContainPattern("[A-Za-z]{4,}");

        Refusal english = anonymous("en", HttpMethod.GET, "/api/my/tasks", null);
        assertThat(english.status()).isEqualTo(401);
        assertThat(english.body().path("title").asText()).isEqualTo("Unauthorized");

        Refusal notAnAdministrator = call("paul", "zh-CN", HttpMethod.GET, "/api/admin/notifications", null);
        assertThat(notAnAdministrator.status()).isEqualTo(403);
        assertThat(notAnAdministrator.body().path("title").asText()).isEqualTo("无权操作");

        Refusal tooLarge = call("paul", "zh-CN", HttpMethod.POST, "/api/sig-proposals",
                Map.of("name", "x".repeat(300 * 1024)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().path("title").asText()).isEqualTo("请求内容过大");
        assertThat(tooLarge.detail()).doesNotContainPattern("[A-Za-z]{4,}");
    }

    @Test
    void aMissingCommentIsNamedInTheCallersLanguage() {
        String id = submit(uniqueName("refusal-comment"));
        String task = "/api/tasks/" + taskId("olivia", id, "SIG_TRIAGE") + "/completion";

        Refusal chinese = call("olivia", "zh-CN", HttpMethod.POST, task, Map.of("outcome", "REJECT"));
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.body().path("errors").get(0).path("field").asText()).isEqualTo("comment");
        assertThat(chinese.body().path("errors").get(0).path("message").asText()).isEqualTo("选择 REJECT 时必须填写");

        Refusal english = call("olivia", "en", HttpMethod.POST, task, Map.of("outcome", "REJECT"));
        assertThat(english.body().path("errors").get(0).path("message").asText()).isEqualTo("is required for REJECT");
    }

    @Test
    void thePortalsErrorPagesSayWhyInTheReadersLanguage() {
        String id = submit(uniqueName("refusal-page"));
        assertThat(api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal", Map.of()).status()).isEqualTo(200);

        try (Portal chinese = signedIn("paul", "zh-CN"); Portal english = signedIn("paul", "en")) {
            HtmlPage missing = chinese.open("/sigs/sig-none-such");
            assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(missing.asNormalizedText()).contains("找不到活跃的 SIG sig-none-such").doesNotContain("??");
            assertThat(english.open("/sigs/sig-none-such").asNormalizedText()).contains("No ACTIVE SIG sig-none-such");

            HtmlPage closed = chinese.open("/sig-proposals/" + id + "/withdrawal");
            assertThat(closed.getWebResponse().getStatusCode()).isEqualTo(409);
            assertThat(closed.asNormalizedText()).contains("该提案当前为“已撤回”，已不能撤回").doesNotContain("??");
            assertThat(english.open("/sig-proposals/" + id + "/withdrawal").asNormalizedText())
                    .contains("A WITHDRAWN proposal can no longer be withdrawn");
        }
    }

    private Portal signedIn(String user, String acceptLanguage) {
        Portal portal = Portal.reading(port, acceptLanguage);
        portal.signIn(user);
        return portal;
    }

    /** A call with no user, or with these credentials, in this language. */
    private Refusal anonymous(String language, HttpMethod method, String path, String authorization) {
        return RestClient.create("http://localhost:" + port).method(method).uri(path).headers(h -> {
            h.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            h.set("Accept-Language", language);
            if (authorization != null) {
                h.set("Authorization", authorization);
            }
        }).exchange((req, res) -> new Refusal(res.getStatusCode().value(),
                JSON.readTree(StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8))));
    }

    /** A call as this person in this language (none: no Accept-Language), its answer read whatever its status. */
    private Refusal call(String user, String language, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> {
                    h.setBasicAuth(user, Api.PASSWORD, StandardCharsets.UTF_8);
                    h.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                    if (language != null) {
                        h.set("Accept-Language", language);
                    }
                });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> new Refusal(res.getStatusCode().value(),
                JSON.readTree(StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8))));
    }
}
