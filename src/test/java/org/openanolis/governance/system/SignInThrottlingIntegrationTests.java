package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.htmlunit.html.HtmlPage;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.LoopbackClient;
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
 * Repeated failed sign-ins slow down the client that fails, never the account (issue 15, part 2): user ids are
 * public, so a lock-out anyone can set would keep any member out. The failing client waits, with 429 and Retry-After,
 * per account it tried and, past ten free failures, for every account; the account signs in at once from any other
 * client, in our API, the portal and Camunda's webapps alike. Delays here are 2 s, 4 s, 8 s; the clock (the engine's,
 * which the throttle reads) is moved rather than waited for. Each test signs in as users of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "governance.sign-in.delay-base=PT2S", "governance.sign-in.max-delay=PT8S"})
@ActiveProfiles({"demo", "test"})
class SignInThrottlingIntegrationTests {

    private static final String PASSWORD = "the-right-password";
    /** A second client on this machine: the application sees it at its own address. */
    private static final String ELSEWHERE = "127.0.0.2";

    @Autowired
    IdentityService identityService;

    @LocalServerPort
    int port;

    private Api api;

    @BeforeEach
    void connect() {
        ClockUtil.reset();
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aHundredWrongPasswordsFromOneClientNeverKeepTheOwnerOutFromAnother() {
        createUser("throttle-owner");
        LoopbackClient attacker = new LoopbackClient(ELSEWHERE, port);

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(attacker.get("/api/sigs", "throttle-owner", "guess-" + i).status());
        }

        assertThat(answers).as("every guess refused, most of them unchecked").containsOnly(401, 429).contains(429);
        assertThat(attacker.get("/api/sigs", "throttle-owner", PASSWORD).status())
                .as("the right password from the attacker's client while it waits").isEqualTo(429);
        assertThat(api.as("throttle-owner", PASSWORD).get("/api/sigs").status()).as("the owner, elsewhere, at once")
                .isEqualTo(200);
        assertThat(new Webapp().login("throttle-owner", PASSWORD)).as("the owner in Tasklist").isEqualTo(200);
        try (Portal portal = new Portal(port)) {
            assertThat(portal.signIn("throttle-owner", PASSWORD).asNormalizedText())
                    .contains("Signed in as").contains("throttle-owner");
        }
        UserEntity owner = (UserEntity) identityService.createUserQuery().userId("throttle-owner").singleResult();
        assertThat(owner.getLockExpirationTime() == null || !owner.getLockExpirationTime().after(ClockUtil.getCurrentTime()))
                .as("the account is not locked").isTrue();
    }

    @Test
    void theFailingClientWaitsWithRetryAfterAndTheDelayGrows() {
        createUser("throttle-api");

        assertThat(api.as("throttle-api", "a-wrong-guess").get("/api/sigs").status()).isEqualTo(401);
        Api.Answer waiting = api.as("throttle-api", PASSWORD).get("/api/sigs");
        assertThat(waiting.status()).as("the right password during the delay, unchecked").isEqualTo(429);
        assertThat(waiting.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(waiting.json().path("type").asText()).endsWith("sign-in-throttled");

        later(Duration.ofSeconds(2));
        assertThat(api.as("throttle-api", "a-second-guess").get("/api/sigs").status()).isEqualTo(401);
        assertThat(api.as("throttle-api", PASSWORD).get("/api/sigs").headers().getFirst(HttpHeaders.RETRY_AFTER))
                .as("after the second failure in a row").isEqualTo("4");

        later(Duration.ofSeconds(4));
        assertThat(api.as("throttle-api", PASSWORD).get("/api/sigs").status()).isEqualTo(200);
        assertThat(api.as("throttle-api", "a-third-guess").get("/api/sigs").status()).isEqualTo(401);
        assertThat(api.as("throttle-api", PASSWORD).get("/api/sigs").headers().getFirst(HttpHeaders.RETRY_AFTER))
                .as("a success started the count again").isEqualTo("2");
    }

    @Test
    void aClientSprayingGuessesOverManyAccountsWaitsForEveryAccountAfterTenFailures() {
        LoopbackClient sprayer = new LoopbackClient("127.0.0.3", port);
        for (int i = 0; i < 10; i++) {
            createUser("throttle-spray-" + i);
            assertThat(sprayer.get("/api/sigs", "throttle-spray-" + i, "a-guess").status()).isEqualTo(401);
        }
        createUser("throttle-spray-next");

        assertThat(sprayer.get("/api/sigs", "throttle-spray-next", "a-guess").status())
                .as("the eleventh failure is still checked").isEqualTo(401);
        LoopbackClient.Answer waiting = sprayer.get("/api/sigs", "throttle-spray-next", PASSWORD);
        assertThat(waiting.status()).as("then the client waits for any account").isEqualTo(429);
        assertThat(waiting.headers().get("retry-after")).isEqualTo("2");
        assertThat(api.as("throttle-spray-next", PASSWORD).get("/api/sigs").status()).as("from elsewhere")
                .isEqualTo(200);
    }

    @Test
    void webappLoginMakesTheFailingClientWait() {
        createUser("throttle-webapp");
        Webapp tasklist = new Webapp();

        assertThat(tasklist.login("throttle-webapp", "a-wrong-guess")).isEqualTo(401);
        assertThat(tasklist.login("throttle-webapp", PASSWORD)).as("the right password during the delay").isEqualTo(429);

        later(Duration.ofSeconds(2));
        assertThat(tasklist.login("throttle-webapp", PASSWORD)).isEqualTo(200);
    }

    @Test
    void portalSignInMakesTheFailingClientWait() {
        createUser("throttle-portal");
        try (Portal portal = new Portal(port)) {
            assertThat(portal.signIn("throttle-portal", "a-wrong-guess").getUrl().getQuery()).isEqualTo("failed");
            HtmlPage duringDelay = portal.signIn("throttle-portal", PASSWORD);
            assertThat(duringDelay.getWebResponse().getStatusCode()).isEqualTo(429);
            assertThat(duringDelay.asNormalizedText()).contains("Too many attempts").contains("not locked");

            later(Duration.ofSeconds(2));
            assertThat(portal.signIn("throttle-portal", PASSWORD).asNormalizedText())
                    .contains("Signed in as").contains("throttle-portal");
        }
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
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
