package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.awaitility.Awaitility;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.htmlunit.html.HtmlPage;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Repeated failed sign-ins are throttled (issue 4, part 2) in our API, the portal and Camunda's webapps alike: after a
 * failure the account refuses even the right password for a delay that grows with each failure in a row.
 * Production waits 3 s, 6 s, 12 s, ... (application.yaml); here 2 s, 4 s, 8 s: seconds to wait, yet long
 * enough that a busy machine still asks again within the delay.
 * Each test signs in as a user of its own: a lock would refuse that user everywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generic-properties.properties.login-delay-base=2",
        "camunda.bpm.generic-properties.properties.login-delay-factor=2",
        "camunda.bpm.generic-properties.properties.login-delay-max-time=8"})
@ActiveProfiles({"demo", "test"})
class SignInThrottlingIntegrationTests {

    private static final String PASSWORD = "the-right-password";
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Autowired
    IdentityService identityService;

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void connect() {
        // The lock is measured on the engine's clock; a test elsewhere in this JVM may have moved it.
        ClockUtil.reset();
        api = new Api(port);
    }

    @Test
    void apiRefusesTheRightPasswordAfterAFailureUntilTheDelayHasPassed() {
        createUser("throttle-api");

        assertThat(api.as("throttle-api", "a-wrong-guess").get("/api/sigs").status()).isEqualTo(401);
        assertThat(api.as("throttle-api", PASSWORD).get("/api/sigs").status())
                .as("the right password during the delay").isEqualTo(401);

        Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> api.as("throttle-api", PASSWORD).get("/api/sigs").status() == 200);
    }

    @Test
    void delayGrowsWithEachFailureInARow() {
        createUser("throttle-growth");

        long first = failAndMeasureDelay("throttle-growth");
        Awaitility.await().atMost(WITHIN).until(() -> !locked("throttle-growth"));
        long second = failAndMeasureDelay("throttle-growth");

        // login-delay-base * login-delay-factor^(failures - 1): 2 s, then 4 s.
        assertThat(first).isBetween(1_500L, 2_500L);
        assertThat(second).isGreaterThan(first * 3 / 2);
    }

    @Test
    void webappLoginRefusesTheRightPasswordDuringTheDelay() {
        createUser("throttle-webapp");
        Webapp tasklist = new Webapp();

        assertThat(tasklist.login("throttle-webapp", "a-wrong-guess")).isEqualTo(401);
        assertThat(tasklist.login("throttle-webapp", PASSWORD)).as("the right password during the delay").isEqualTo(401);

        Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .until(() -> tasklist.login("throttle-webapp", PASSWORD) == 200);
    }

    @Test
    void portalSignInRefusesTheRightPasswordDuringTheDelay() {
        createUser("throttle-portal");
        try (Portal portal = new Portal(port)) {
            assertThat(portal.signIn("throttle-portal", "a-wrong-guess").getUrl().getQuery()).isEqualTo("failed");
            HtmlPage duringDelay = portal.signIn("throttle-portal", PASSWORD);
            assertThat(duringDelay.getUrl().getQuery()).as("the right password during the delay").isEqualTo("failed");
            assertThat(duringDelay.asNormalizedText()).contains("too many failed attempts");

            Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                    .until(() -> portal.signIn("throttle-portal", PASSWORD).asNormalizedText()
                            .contains("Signed in as throttle-portal"));
        }
    }

    private long failAndMeasureDelay(String user) {
        long before = ClockUtil.getCurrentTime().getTime();
        assertThat(api.as(user, "a-wrong-guess").get("/api/sigs").status()).isEqualTo(401);
        Date until = ((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getLockExpirationTime();
        return until.getTime() - before;
    }

    private boolean locked(String user) {
        Date until = ((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getLockExpirationTime();
        return until != null && until.after(ClockUtil.getCurrentTime());
    }

    /**
     * In this context's engine (our API) and in the one Camunda's webapps serve: with several test contexts in one
     * JVM, the webapps use the engine registered last under "default", which need not be this context's.
     */
    private void createUser(String id) {
        ProcessEngine served = BpmPlatform.getProcessEngineService().getProcessEngine("default");
        for (IdentityService identity : served == null ? List.of(identityService)
                : List.of(identityService, served.getIdentityService())) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
            }
        }
    }

    /** Camunda's webapps as a browser meets them: a session and an XSRF token from a page, then the login form. */
    private final class Webapp {

        private final RestClient client = RestClient.create("http://localhost:" + port);
        private final List<String> cookies = new ArrayList<>();
        private String xsrfToken;

        Webapp() {
            client.get().uri("/camunda/app/tasklist/default/").exchange((request, response) -> {
                keepCookies(response.getHeaders());
                return null;
            });
            assertThat(xsrfToken).as("XSRF-TOKEN cookie").isNotNull();
        }

        int login(String user, String password) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("username", user);
            form.add("password", password);
            return client.post().uri("/camunda/api/admin/auth/user/default/login/tasklist")
                    .headers(h -> {
                        h.add(HttpHeaders.COOKIE, String.join("; ", cookies));
                        h.add("X-XSRF-TOKEN", xsrfToken);
                    })
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .exchange((request, response) -> {
                        keepCookies(response.getHeaders());
                        return response.getStatusCode().value();
                    });
        }

        private void keepCookies(HttpHeaders headers) {
            for (String header : headers.getOrEmpty(HttpHeaders.SET_COOKIE)) {
                String pair = header.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                cookies.removeIf(c -> c.startsWith(name + "="));
                cookies.add(pair);
                if (name.equals("XSRF-TOKEN")) {
                    xsrfToken = pair.substring(pair.indexOf('=') + 1);
                }
            }
        }
    }
}
