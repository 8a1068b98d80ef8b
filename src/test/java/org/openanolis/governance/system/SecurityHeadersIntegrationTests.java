package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * Security headers on every response of ours (issue 4, part 2): answers, refusals and pages alike; Camunda's
 * webapps keep their own Content-Security-Policy, and Cockpit still loads under it.
 */
@GovernanceTest
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        Api.Answer answer = api.as("paul").get("/api/sigs");

        assertThat(answer.status()).isEqualTo(200);
        assertOurHeaders(answer.headers());
    }

    @Test
    void refusalsCarryTheSecurityHeaders() {
        assertOurHeaders(api.anonymous().get("/api/sigs").headers());
        assertOurHeaders(api.as("paul").get("/engine-rest/engine").headers());
    }

    @Test
    void pagesOutsideTheApiCarryTheSecurityHeaders() {
        assertOurHeaders(get("/"));
        assertOurHeaders(get("/no-such-page"));
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() {
        // HSTS is only meaningful (and only honoured by browsers) over HTTPS; see ProductionWebSettingsIntegrationTests.
        assertThat(api.as("paul").get("/api/sigs").headers().getFirst("Strict-Transport-Security")).isNull();
    }

    @Test
    void cockpitLoadsUnderCamundasOwnContentSecurityPolicy() {
        RestClient client = RestClient.create("http://localhost:" + port);
        int status = client.get().uri("/camunda/app/cockpit/default/").exchange((request, response) -> {
            HttpHeaders headers = response.getHeaders();
            assertThat(headers.get("Content-Security-Policy")).as("Camunda's policy alone")
                    .hasSize(1).doesNotContain(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            return response.getStatusCode().value();
        });

        assertThat(status).isEqualTo(200);
    }

    private HttpHeaders get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((request, response) -> response.getHeaders());
    }

    private static void assertOurHeaders(HttpHeaders headers) {
        assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(headers.getFirst("Content-Security-Policy")).startsWith("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    }
}
