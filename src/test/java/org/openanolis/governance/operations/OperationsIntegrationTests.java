package org.openanolis.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * What operations sees (README "Operations"): the health probes a load balancer asks without credentials, their
 * details for administrators only, and the Prometheus scrape for administrators and the metrics-readers group,
 * counting the cases, votes and ballots as a SIG proposal moves.
 */
@GovernanceTest
class OperationsIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    /** A scraper's own account: in the metrics-readers group and nothing else. */
    private static final String SCRAPER = "prometheus-scraper";

    @Autowired
    IdentityService identityService;

    @LocalServerPort
    int port;

    @BeforeEach
    void scraperAccount() {
        if (identityService.createUserQuery().userId(SCRAPER).count() == 0) {
            User user = identityService.newUser(SCRAPER);
            user.setPassword(Api.PASSWORD);
            user.setEmail(SCRAPER + "@example.org");
            DemoPasswords.save(identityService, user);
        }
        if (identityService.createGroupQuery().groupId("metrics-readers").count() == 0) {
            identityService.saveGroup(identityService.newGroup("metrics-readers"));
        }
        if (identityService.createUserQuery().userId(SCRAPER).memberOfGroup("metrics-readers").count() == 0) {
            identityService.createMembership(SCRAPER, "metrics-readers");
        }
    }

    // ---- health ----

    @Test
    void loadBalancerProbesLivenessAndReadinessWithoutCredentialsAndSeesNoDetails() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            Api.Answer answer = api.anonymous().get(probe);

            assertThat(answer.status()).as("%s: %s", probe, answer).isEqualTo(200);
            assertThat(answer.field("status")).as("%s: %s", probe, answer).isEqualTo("UP");
            assertThat(answer.json().has("components")).as("%s: %s", probe, answer).isFalse();
        }
        Api.Answer health = api.anonymous().get("/actuator/health");
        assertThat(health.json().has("status")).as("%s", health).isTrue();
        assertThat(health.json().has("components")).as("%s", health).isFalse();
    }

    @Test
    void memberSeesTheStatusButNotTheDetails() {
        Api.Answer readiness = api.as("bob").get("/actuator/health/readiness");

        assertThat(readiness.status()).as("%s", readiness).isEqualTo(200);
        assertThat(readiness.field("status")).isEqualTo("UP");
        assertThat(readiness.json().has("components")).as("%s", readiness).isFalse();
    }

    @Test
    void administratorSeesThatReadinessRestsOnTheDatabase() {
        Api.Answer readiness = api.as("admin").get("/actuator/health/readiness");

        assertThat(readiness.status()).as("%s", readiness).isEqualTo(200);
        JsonNode components = readiness.json().path("components");
        assertThat(components.path("db").path("status").asText()).as("%s", readiness).isEqualTo("UP");
        assertThat(components.path("db").path("details").path("database").asText()).isEqualTo("H2");
        assertThat(components.path("readinessState").path("status").asText()).isEqualTo("UP");

        Api.Answer liveness = api.as("admin").get("/actuator/health/liveness");
        // A database away must not get a node restarted: liveness asks only whether the process itself works.
        assertThat(liveness.json().path("components").has("db")).as("%s", liveness).isFalse();
        assertThat(liveness.field("status")).as("%s", liveness).isEqualTo("UP");
    }

    @Test
    void aMailServerAwayDoesNotMakeTheNodeUnhealthy() {
        Api.Answer health = api.as("admin").get("/actuator/health");

        assertThat(health.json().path("components").has("mail")).as("%s", health).isFalse();
    }

    // ---- who may scrape ----

    @Test
    void anonymousScrapeIsAskedForCredentialsWithAProblemNotTheSignInPage() {
        Scrape scrape = scrape(null);

        assertThat(scrape.status()).as("%s", scrape).isEqualTo(401);
        assertThat(scrape.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(scrape.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(scrape.headers().getLocation()).isNull();
    }

    @Test
    void memberMayNotScrape() {
        Scrape scrape = scrape("bob");

        assertThat(scrape.status()).as("%s", scrape).isEqualTo(403);
        assertThat(scrape.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void administratorAndTheScraperAccountMayScrape() {
        for (String user : List.of("admin", SCRAPER)) {
            Scrape scrape = scrape(user);

            assertThat(scrape.status()).as("%s: %s", user, scrape).isEqualTo(200);
            assertThat(scrape.text()).contains("governance_cases_open{", "governance_votes_open", "governance_ballots_cast_total",
                    "governance_ballots_retries_total",
                    "governance_notifications{", "governance_tasks_open", "governance_jobs_failed",
                    "jvm_memory_used_bytes", "hikaricp_connections_active");
        }
    }

    @Test
    void requestsAreTimedWithoutAnObservationForEachSecurityFilter() {
        api.as("admin").get("/api/tasks");

        String metrics = scrape("admin").text();

        assertThat(metrics).contains("http_server_requests_seconds_count{").doesNotContain("spring_security_");
    }

    @Test
    void theScraperAccountMayOnlyScrape() {
        assertThat(api.as(SCRAPER).get("/api/admin/notifications").status()).isEqualTo(403);
        assertThat(api.as(SCRAPER).get("/engine-rest/task").status()).isEqualTo(403);
        assertThat(api.as(SCRAPER).get("/actuator/health").json().has("components")).isFalse();
    }

    @Test
    void unexposedEndpointsStayClosedWithoutTheSignInPage() {
        Api.Answer env = api.anonymous().get("/actuator/env");
        assertThat(env.status()).as("%s", env).isEqualTo(401);
        assertThat(env.headers().getLocation()).isNull();
        assertThat(api.as("bob").get("/actuator/env").status()).isEqualTo(403);
        assertThat(api.as("admin").get("/actuator/env").status()).isEqualTo(404);
        assertThat(api.as("admin").get("/actuator/beans").status()).isEqualTo(404);
    }

    // ---- the governance's own metrics ----

    @Test
    void metricsFollowAProposalFromTriageThroughItsFirstBallot() {
        Map<String, String> triage = Map.of("type", "SIG_PROPOSAL", "status", "TRIAGE");
        Map<String, String> voting = Map.of("type", "SIG_PROPOSAL", "status", "VOTING");
        double inTriage = metric("governance_cases_open", triage);
        double inVote = metric("governance_cases_open", voting);
        double openVotes = metric("governance_votes_open", Map.of());
        double openTasks = metric("governance_tasks_open", Map.of());
        double ballots = metric("governance_ballots_cast_total", Map.of());

        String id = submit(uniqueName("metrics"));
        awaitMetric("governance_cases_open", triage, v -> v == inTriage + 1);
        awaitMetric("governance_tasks_open", Map.of(), v -> v == openTasks + 1);

        triage(id, "ACCEPT", null);
        awaitMetric("governance_cases_open", triage, v -> v == inTriage);
        awaitMetric("governance_cases_open", voting, v -> v == inVote + 1);
        awaitMetric("governance_votes_open", Map.of(), v -> v == openVotes + 1);

        approveBy(id, "bob");
        awaitMetric("governance_ballots_cast_total", Map.of(), v -> v == ballots + 1);
    }

    @Test
    void outboxMetricsCountPendingAndFailedNotifications() {
        double pending = metric("governance_notifications", Map.of("status", "PENDING"));
        double failed = metric("governance_notifications", Map.of("status", "FAILED"));

        assertThat(pending).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(failed).isNotNaN().isGreaterThanOrEqualTo(0);
    }

    // ---- helpers ----

    private void awaitMetric(String name, Map<String, String> tags, DoublePredicate expected) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> expected.test(metric(name, tags)));
    }

    /** The value of the one series with this name and these labels in an administrator's scrape. */
    private double metric(String name, Map<String, String> tags) {
        Scrape scrape = scrape("admin");
        assertThat(scrape.status()).as("%s", scrape).isEqualTo(200);
        List<String> series = scrape.text().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> tags.entrySet().stream().allMatch(t -> line.contains(t.getKey() + "=\"" + t.getValue() + "\"")))
                .toList();
        assertThat(series).as("%s%s in the scrape", name, tags).hasSize(1);
        String line = series.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private Scrape scrape(String user) {
        return RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, Api.PASSWORD, StandardCharsets.UTF_8);
                    }
                    h.setAccept(List.of(MediaType.TEXT_PLAIN));
                })
                .exchange((req, res) -> new Scrape(res.getStatusCode().value(), res.getHeaders(),
                        StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
    }

    private record Scrape(int status, HttpHeaders headers, String text) {
    }
}
