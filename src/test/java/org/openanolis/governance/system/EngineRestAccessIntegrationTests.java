package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.GovernanceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Who gets in (API.md, Conventions and The engine): HTTP Basic on the API, the engine's REST API
 * and the outbox for administrators only, every refusal a problem detail.
 */
@GovernanceTest
class EngineRestAccessIntegrationTests {

    @Autowired
    IdentityService identityService;

    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void apiWithoutCredentialsIsUnauthorized() {
        Api.Answer answer = api.anonymous().get("/api/sig-proposals");

        assertProblem(answer, 401, "unauthenticated");
        assertThat(answer.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void apiWithAWrongPasswordIsUnauthorized() {
        // A user of this test's own: Camunda delays a user's next sign-in after a failed one, which
        // would refuse that user in every other test sharing the context.
        if (identityService.createUserQuery().userId("wrong-password-probe").count() == 0) {
            User probe = identityService.newUser("wrong-password-probe");
            probe.setPassword("demo");
            DemoPasswords.save(identityService, probe);
        }
        Api.Answer answer = api.as("wrong-password-probe", "not-the-password").get("/api/sig-proposals");

        assertProblem(answer, 401, "unauthenticated");
    }

    @Test
    void apiForAnUnknownUserIsUnauthorized() {
        assertProblem(api.as("mallory", "demo").post("/api/sig-proposals", "{}"), 401, "unauthenticated");
    }

    @Test
    void engineRestWithoutCredentialsIsUnauthorized() {
        assertProblem(api.anonymous().get("/engine-rest/engine"), 401, "unauthenticated");
    }

    @Test
    void engineRestIsForbiddenToPlainUsers() {
        assertProblem(api.as("paul").get("/engine-rest/engine"), 403, "forbidden");
    }

    @Test
    void engineRestIsForbiddenToTheCommitteeChair() {
        assertProblem(api.as("alice").get("/engine-rest/engine"), 403, "forbidden");
        assertProblem(api.as("alice").get("/engine-rest/process-definition"), 403, "forbidden");
    }

    @Test
    void engineRestServesAdministrators() {
        Api.Answer answer = api.as("admin").get("/engine-rest/engine");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().isArray()).isTrue();
        assertThat(answer.json().findValuesAsText("name")).contains("default");
    }

    @Test
    void notificationOutboxIsForbiddenToPlainUsersAndCommunityOps() {
        assertProblem(api.as("paul").get("/api/admin/notifications"), 403, "forbidden");
        assertProblem(api.as("olivia").get("/api/admin/notifications"), 403, "forbidden");
        assertProblem(api.anonymous().get("/api/admin/notifications"), 401, "unauthenticated");
    }

    @Test
    void notificationOutboxServesAdministrators() {
        Api.Answer answer = api.as("admin").get("/api/admin/notifications");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().isArray()).isTrue();
    }

    @Test
    void outboxRefusalsAreProblemDetailsOfTheirKind() {
        Api.Answer unknown = api.as("admin").post("/api/admin/notifications/no-such-notification/retry", null);
        assertProblem(unknown, 404, "not-found");
        Api.Answer badStatus = api.as("admin").get("/api/admin/notifications?status=NOPE");
        assertProblem(badStatus, 400, "invalid-input");
        assertThat(badStatus.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
        Api.Answer badSize = api.as("admin").get("/api/admin/notifications?size=0");
        assertProblem(badSize, 400, "invalid-input");
        assertThat(badSize.json().path("errors").get(0).path("field").asText()).isEqualTo("size");
        assertProblem(api.as("paul").post("/api/admin/notifications/no-such-notification/retry", null), 403,
                "forbidden");
    }

    @Test
    void protocolErrorsAreProblemDetails() {
        Api.Answer wrongMethod = api.as("paul").put("/api/sigs", "{}");
        assertThat(wrongMethod.status()).as("%s", wrongMethod).isEqualTo(405);
        assertThat(wrongMethod.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        Api.Answer unknownPath = api.as("paul").get("/api/no-such-resource");
        assertThat(unknownPath.status()).as("%s", unknownPath).isEqualTo(404);
        assertThat(unknownPath.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    private static void assertProblem(Api.Answer answer, int status, String typeSlug) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("%s", answer).isNotNull();
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", answer).isTrue();
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.field("type")).endsWith("/problems/" + typeSlug);
    }
}
