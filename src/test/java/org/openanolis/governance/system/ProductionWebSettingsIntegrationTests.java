package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * The web settings of application-prod.yaml, on H2: the prod profile itself refuses H2 (ProdProfileTests), so this
 * context imports the file without activating the profile. Session cookies are Secure, HttpOnly and SameSite, sessions
 * expire, and HTTPS requests (as the proxy reports them) get HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Logging is global to the test JVM: prod's JSON console would carry on into every later test's output.
        // Production creates Camunda's tables with Liquibase on PostgreSQL (schema-update off); this context is H2.
        properties = {"spring.config.import=classpath:application-prod.yaml", "logging.structured.format.console=",
                "camunda.bpm.database.schema-update=true"})
// The demo people too, as in every other test context: Camunda's webapps may serve any of them (the engine
// registered last), and without an administrator they redirect to their setup page.
@ActiveProfiles({"demo", "test"})
class ProductionWebSettingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    @Test
    void sessionCookieIsSecureHttpOnlyAndSameSite() {
        List<String> cookies = RestClient.create("http://localhost:" + port).get().uri("/camunda/app/cockpit/default/")
                .exchange((request, response) -> response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));

        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
            assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
        });
    }

    @Test
    void sessionsExpireAfterHalfAnHour() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void httpsRequestsBehindTheProxyGetStrictTransportSecurity() {
        HttpHeaders headers = RestClient.create("http://localhost:" + port).get().uri("/api/sigs")
                .header("X-Forwarded-Proto", "https")
                .exchange((request, response) -> response.getHeaders());

        assertThat(headers.getFirst("Strict-Transport-Security")).contains("max-age=");
    }
}
