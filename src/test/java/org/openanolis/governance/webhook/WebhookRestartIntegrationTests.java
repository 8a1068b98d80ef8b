package org.openanolis.governance.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Readiness;
import org.openanolis.governance.support.SigProposalBodies;
import org.openanolis.governance.system.ClusterNode;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing is lost across a restart while the receiver is down: the built jar runs as a process on an H2 file, a
 * submission writes its delivery, every attempt fails (nothing listens on the receiver's port), and the node is stopped
 * with the delivery still pending. A new node on the same file, with the receiver up, sends it: once, with the id and
 * signature it had.
 */
class WebhookRestartIntegrationTests {

    private static final List<String> QUICK_START = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Duration STARTUP = Duration.ofMinutes(4);

    @TempDir
    Path workDir;

    private ClusterNode first;
    private ClusterNode second;
    private Receiver receiver;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (ClusterNode node : new ClusterNode[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aDeliveryPendingWhenTheNodeStopsIsSentByTheNextNodeOnTheSameDatabase() throws Exception {
        receiver = Receiver.notListening();
        first = started("webhook-first");
        Api.Caller admin = first.api.as("admin");
        String secret = "restart-secret-" + UUID.randomUUID();
        Api.Answer created = admin.post("/api/admin/webhooks",
                Map.of("url", receiver.url(), "secret", secret, "events", List.of("CASE_SUBMITTED")));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String webhook = created.field("id");

        Api.Answer submitted = first.api.as("paul").post("/api/sig-proposals",
                SigProposalBodies.valid("sig-restart-" + (System.nanoTime() % 100_000), List.of("quinn", "rita")));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
        String caseId = submitted.field("id");

        // Tried and refused (nothing listens), still waiting for its next attempt.
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(first, webhook).path("attempts").asInt() >= 2);
        JsonNode pending = delivery(first, webhook);
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.path("lastError").asText()).isNotBlank();
        assertThat(receiver.received()).isEmpty();

        first.close();
        assertThat(first.alive()).as("the first node stopped").isFalse();
        receiver.start();
        second = started("webhook-second");

        await().atMost(Duration.ofMinutes(1)).until(() -> !receiver.about("caseId", caseId).isEmpty());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> receiver.about("caseId", caseId).size() == 1);
        Receiver.Received got = receiver.about("caseId", caseId).get(0);
        assertThat(got.deliveryHeader()).isEqualTo(pending.path("id").asText());
        assertThat(got.json().path("id").asText()).isEqualTo(pending.path("id").asText());
        assertThat(got.json().path("event").asText()).isEqualTo("CASE_SUBMITTED");
        assertThat(got.signedWith(secret)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(delivery(second, webhook).path("status")
                .asText()));
    }

    /** A node on the work directory's H2 file, as production runs on its own; answers once it is ready. */
    private ClusterNode started(String name) throws Exception {
        ClusterNode node = ClusterNode.start(name, QUICK_START, List.of(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("governance").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                // The receiver is on this machine; the outage outlasts no retry budget.
                "--governance.webhooks.allow-private=true",
                "--governance.webhooks.poll-interval=PT0.5S",
                "--governance.webhooks.claim-lease=PT10S",
                "--governance.webhooks.connect-timeout=PT2S",
                "--governance.webhooks.retry.initial-interval=PT0.5S",
                "--governance.webhooks.retry.max-interval=PT1S",
                "--governance.webhooks.retry.max-attempts=1000"));
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).failFast(() -> !node.alive())
                    .until(() -> Readiness.ready(node.port));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("The node did not start:\n" + node.logTail(), e);
        }
        return node;
    }

    private static JsonNode delivery(ClusterNode node, String webhook) {
        List<JsonNode> all = node.api.as("admin").getAll("/api/admin/webhooks/deliveries?webhook=" + webhook);
        assertThat(all).as("the submission's one delivery").hasSize(1);
        return all.get(0);
    }
}
