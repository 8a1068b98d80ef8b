package org.openanolis.governance.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.cases.CaseSubmitted;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ElectionDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.task.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Webhooks end to end with the real context, H2 and a real HTTP receiver on this machine: registered by an
 * administrator over the API, fed by the domain's own events as people drive SIG creation and project onboarding,
 * each delivery signed with the webhook's secret and checked here independently, retried with the same id while the
 * receiver is down, FAILED after the last attempt and sent again by an administrator.
 */
@GovernanceTest
class WebhooksIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DeliveryRepository deliveryRepository;
    @Autowired
    WebhookAddresses addresses;
    @Autowired
    WebhookProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    ElectionDriver elections;

    private Api api;
    private Receiver receiver;
    private final List<String> registered = new ArrayList<>();

    @BeforeEach
    void startTheReceiver() throws IOException {
        api = new Api(port);
        receiver = Receiver.started();
    }

    /** The tests share one database: a webhook left behind would hear every later test's events. */
    @AfterEach
    void deleteTheWebhooksAndStopTheReceiver() {
        registered.forEach(id -> api.as("admin").delete("/api/admin/webhooks/" + id));
        receiver.close();
    }

    @Test
    void everyEventReachesTheReceiverOnceSignedWithTheSecret() {
        String secret = "secret-" + UUID.randomUUID();
        String webhook = register(receiver.url(), secret, List.of("CASE_SUBMITTED", "VOTE_OPENED", "VOTE_CLOSED",
                "RESOLUTION", "SIG_STATUS_CHANGED", "PROJECT_STATUS_CHANGED"));

        String sig = activeSig(uniqueName("sig-hooked"), List.of("quinn", "rita"));
        String project = uniqueName("hooked");
        ProjectProposal p = accepted(project);

        Map<String, JsonNode> byEvent = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            byEvent.clear();
            for (Receiver.Received r : receiver.about("caseId", p.getId())) {
                assertThat(byEvent.put(r.json().path("event").asText(), r.json())).as("one of each").isNull();
            }
            assertThat(byEvent).containsOnlyKeys("CASE_SUBMITTED", "VOTE_OPENED", "VOTE_CLOSED", "RESOLUTION",
                    "PROJECT_STATUS_CHANGED");
            assertThat(receiver.about("sig", sig)).hasSize(1);
        });

        for (Receiver.Received r : receiver.received()) {
            JsonNode body = r.json();
            assertThat(r.signedWith(secret)).as("signature of %s", body).isTrue();
            assertThat(r.signedWith("another-secret-of-16")).isFalse();
            assertThat(r.deliveryHeader()).isEqualTo(body.path("id").asText());
            assertThat(r.eventHeader()).isEqualTo(body.path("event").asText());
            assertThat(Instant.parse(body.path("occurredAt").asText())).isNotNull();
            assertThat(fieldNames(body)).containsExactly("id", "event", "occurredAt", "data");
            assertThat(r.answeredWith()).isEqualTo(204);
        }
        // Public data only: names, statuses and outcomes, never a ballot or a count.
        assertThat(data(byEvent.get("CASE_SUBMITTED"))).isEqualTo(Map.of("caseType", ProjectProposal.CASE_TYPE, "caseId", p.getId(),
                "caseName", project));
        assertThat(fieldNames(byEvent.get("VOTE_OPENED").path("data")))
                .containsExactly("caseType", "caseId", "caseName", "voteId");
        JsonNode closed = byEvent.get("VOTE_CLOSED").path("data");
        assertThat(fieldNames(closed)).containsExactly("caseType", "caseId", "caseName", "voteId", "outcome");
        assertThat(closed.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(closed.path("voteId").asText()).isEqualTo(byEvent.get("VOTE_OPENED").path("data").path("voteId")
                .asText());
        JsonNode resolution = byEvent.get("RESOLUTION").path("data");
        assertThat(fieldNames(resolution)).containsExactly("number", "caseType", "caseId", "caseName", "outcome",
                "decidedAt", "url");
        assertThat(resolution.path("number").asText()).matches("\\d{4}-\\d{3}");
        assertThat(resolution.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(api.anonymous().get(resolution.path("url").asText().replaceFirst("^https?://[^/]+", ""))
                .status()).as("the resolution's public link").isEqualTo(200);
        JsonNode listed = byEvent.get("PROJECT_STATUS_CHANGED").path("data");
        assertThat(listed.path("project").asText()).isEqualTo(project);
        assertThat(listed.path("to").asText()).isEqualTo("SANDBOX");
        assertThat(listed.path("from").isNull()).isTrue();
        JsonNode active = receiver.about("sig", sig).get(0).json();
        assertThat(active.path("event").asText()).isEqualTo("SIG_STATUS_CHANGED");
        assertThat(active.path("data").path("to").asText()).isEqualTo("ACTIVE");

        // Recorded as sent once each, as the receiver got them (the last one's record may still be on its way).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<JsonNode> deliveries = api.as("admin").getAll("/api/admin/webhooks/deliveries?webhook=" + webhook);
            assertThat(deliveries).isNotEmpty().allSatisfy(d -> {
                assertThat(d.path("status").asText()).isEqualTo("SENT");
                assertThat(d.path("attempts").asInt()).isEqualTo(1);
            });
            assertThat(deliveries).extracting(d -> d.path("id").asText()).containsExactlyInAnyOrderElementsOf(
                    receiver.received().stream().map(Receiver.Received::deliveryHeader).toList());
        });
    }

    @Test
    void aReceiverThatIsDownGetsTheSameDeliveryAgainUntilItTakesIt() {
        String secret = "secret-" + UUID.randomUUID();
        String webhook = register(receiver.url(), secret, List.of("CASE_SUBMITTED"));
        receiver.downFor(2);

        ProjectProposal p = propose(uniqueName("retried"));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.about("caseId", p.getId()).stream()
                .anyMatch(r -> r.answeredWith() == 204));
        List<Receiver.Received> attempts = receiver.about("caseId", p.getId());
        assertThat(attempts).extracting(Receiver.Received::answeredWith).containsExactly(503, 503, 204);
        assertThat(attempts).extracting(Receiver.Received::deliveryHeader).containsOnly(attempts.get(0).deliveryHeader());
        assertThat(attempts).allSatisfy(r -> {
            assertThat(r.body()).isEqualTo(attempts.get(0).body());
            assertThat(r.signedWith(secret)).isTrue();
        });
        JsonNode delivery = deliveryOf(webhook, attempts.get(0).deliveryHeader());
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(
                deliveryOf(webhook, attempts.get(0).deliveryHeader()).path("status").asText()));
        assertThat(deliveryOf(webhook, attempts.get(0).deliveryHeader()).path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("event").asText()).isEqualTo("CASE_SUBMITTED");
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsFailedUntilAnAdministratorSendsItAgain() {
        String secret = "secret-" + UUID.randomUUID();
        String webhook = register(receiver.url(), secret, List.of("CASE_SUBMITTED"));
        receiver.answering(false);

        ProjectProposal p = propose(uniqueName("failed"));

        await().atMost(Duration.ofSeconds(20)).until(() -> api.as("admin")
                .getAll("/api/admin/webhooks/deliveries?status=FAILED&webhook=" + webhook).size() == 1);
        JsonNode failed = api.as("admin").getAll("/api/admin/webhooks/deliveries?status=FAILED&webhook=" + webhook)
                .get(0);
        String id = failed.path("id").asText();
        assertThat(failed.path("attempts").asInt()).isEqualTo(properties.retry().maxAttempts());
        assertThat(failed.path("lastError").asText()).contains("503");
        assertThat(receiver.about("caseId", p.getId())).hasSize(properties.retry().maxAttempts())
                .allSatisfy(r -> assertThat(r.deliveryHeader()).isEqualTo(id));

        receiver.answering(true);
        assertThat(api.as("paul").post("/api/admin/webhooks/deliveries/" + id + "/retry", Map.of()).status())
                .isEqualTo(403);
        assertThat(api.as("admin").post("/api/admin/webhooks/deliveries/no-such-delivery/retry", Map.of()).status())
                .isEqualTo(404);
        Api.Answer resent = api.as("admin").post("/api/admin/webhooks/deliveries/" + id + "/retry", Map.of());
        assertThat(resent.status()).as("%s", resent).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(deliveryOf(webhook, id).path("status")
                .asText()));
        List<Receiver.Received> all = receiver.about("caseId", p.getId());
        assertThat(all).hasSize(properties.retry().maxAttempts() + 1)
                .allSatisfy(r -> assertThat(r.deliveryHeader()).isEqualTo(id));
        assertThat(all.get(all.size() - 1).answeredWith()).isEqualTo(204);
        assertThat(all.get(all.size() - 1).signedWith(secret)).isTrue();
        Api.Answer again = api.as("admin").post("/api/admin/webhooks/deliveries/" + id + "/retry", Map.of());
        assertThat(again.status()).as("only a FAILED delivery is sent again: %s", again).isEqualTo(409);
    }

    @Test
    void registrationChecksEveryFieldAtOnceAndNeverShowsTheSecret() {
        Api.Answer nothing = api.as("admin").post("/api/admin/webhooks", Map.of());
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.errorFields()).containsExactly("events", "secret", "url");

        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("url", "ftp://hooks.example.org/x");
        bad.put("secret", "short");
        bad.put("events", List.of("VOTE_OPENED", "ELECTION_RESULTS", "vote_closed"));
        Api.Answer refused = api.as("admin").post("/api/admin/webhooks", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("events[1]", "events[2]", "secret", "url");
        Api.Answer chinese = api.as("admin").reading("zh-CN").post("/api/admin/webhooks", bad);
        assertThat(chinese.text()).contains("必须");

        String secret = "do-not-show-" + UUID.randomUUID();
        Api.Answer created = api.as("admin").post("/api/admin/webhooks",
                Map.of("url", receiver.url(), "secret", secret, "events", List.of("VOTE_OPENED", "VOTE_OPENED")));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.field("id");
        registered.add(id);
        assertThat(created.headers().getFirst(HttpHeaders.LOCATION)).isEqualTo("/api/admin/webhooks/" + id);
        assertThat(created.text()).doesNotContain(secret);
        assertThat(created.json().path("secretSet").asBoolean()).isTrue();
        assertThat(created.json().path("secret").isMissingNode()).isTrue();
        assertThat(created.json().path("events")).hasSize(1);
        assertThat(created.field("createdBy")).isEqualTo("admin");

        Api.Answer list = api.as("admin").get("/api/admin/webhooks?size=200");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(id).doesNotContain(secret);

        assertThat(api.as("admin").delete("/api/admin/webhooks/" + id).status()).isEqualTo(204);
        assertThat(api.as("admin").delete("/api/admin/webhooks/" + id).status()).isEqualTo(404);
        assertThat(api.as("admin").getAll("/api/admin/webhooks")).noneMatch(w -> id.equals(w.path("id").asText()));
    }

    @Test
    void anEventWhoseTransactionRollsBackSendsNothing() {
        String webhook = register(receiver.url(), "secret-" + UUID.randomUUID(), List.of("CASE_SUBMITTED"));
        String caseId = "rolled-back-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new CaseSubmitted("SIG", caseId, "sig-never"));
            assertThat(pendingOf(webhook)).as("written in the event's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(pendingOf(webhook)).isZero();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.about("caseId", caseId).isEmpty());
    }

    @Test
    void nodesRacingForTheOutboxSendEachDeliveryOnce() throws Exception {
        String webhook = register(receiver.url(), "secret-" + UUID.randomUUID(), List.of("CASE_SUBMITTED"));
        String batch = "raced-" + UUID.randomUUID();
        List<WebhookDispatcher> nodes = IntStream.range(0, 3).mapToObj(n -> new WebhookDispatcher(deliveryRepository,
                new WebhookSender(properties, addresses), properties, clock, "racer-" + n)).toList();

        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 40; i++) {
                events.publishEvent(new CaseSubmitted("SIG", batch + "-" + i, "sig-raced"));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Callable<Integer>> passes = nodes.stream().<Callable<Integer>>map(n -> n::dispatchDue).toList();
            for (Future<Integer> pass : pool.invokeAll(passes)) {
                pass.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> api.as("admin")
                .getAll("/api/admin/webhooks/deliveries?status=SENT&webhook=" + webhook).size() == 40);
        List<String> ids = receiver.received().stream()
                .filter(r -> r.json().path("data").path("caseId").asText().startsWith(batch))
                .map(Receiver.Received::deliveryHeader).toList();
        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void anElectionsCertifiedResultIsDeliveredWithItsWinners() {
        register(receiver.url(), "secret-" + UUID.randomUUID(), List.of("ELECTION_RESULT"));
        String id = elections.counted(uniqueName("Hooked election"));
        assertThat(receiver.about("caseId", id)).as("nothing before certification").isEmpty();

        complete(ElectionDriver.OFFICER, id, TaskKind.ELECTION_CERTIFICATION, "CERTIFY", null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(receiver.about("caseId", id)).hasSize(1));
        JsonNode body = receiver.about("caseId", id).get(0).json();
        assertThat(body.path("event").asText()).isEqualTo("ELECTION_RESULT");
        assertThat(body.path("data").path("winners").toString()).isEqualTo("[\"paul\"]");
        assertThat(body.path("data").path("url").asText()).endsWith("/api/public/elections/" + id + "/result");
    }

    private String register(String url, String secret, List<String> eventNames) {
        Api.Answer created = api.as("admin").post("/api/admin/webhooks",
                Map.of("url", url, "secret", secret, "events", eventNames));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        registered.add(created.field("id"));
        return created.field("id");
    }

    private JsonNode deliveryOf(String webhook, String id) {
        return api.as("admin").getAll("/api/admin/webhooks/deliveries?webhook=" + webhook).stream()
                .filter(d -> id.equals(d.path("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery " + id));
    }

    private int pendingOf(String webhook) {
        return jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?").param(webhook)
                .query(Integer.class).single();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> data(JsonNode body) {
        Map<String, String> data = new LinkedHashMap<>();
        body.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }
}
