package org.openanolis.governance.bench;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.SigProposalBodies;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lifecycle through the whole product over HTTP, as its users' clients would drive it: Paul proposes, Olivia
 * finds the triage task in her inbox and accepts, five committee members post their ballots, Olivia finds the
 * provisioning task and completes it. Every answer is checked: a refused step fails the benchmark.
 */
public final class ProductSigLifecycle implements SigLifecycle {

    private final Api api;
    private final String tag;

    /** {@code tag} makes the SIG names of this node's cases unique ({@code sig-bench-<tag>-<index>}). */
    public ProductSigLifecycle(Api api, String tag) {
        this.api = api;
        this.tag = tag;
    }

    @Override
    public void run(int index, LongConsumer ballotNanos) throws Exception {
        String name = "sig-bench-" + tag + "-" + index;
        Api.Answer created = api.as("paul").post("/api/sig-proposals", SigProposalBodies.valid(name));
        expect(created, 201);
        String id = created.field("id");

        expect(api.as("olivia").post("/api/tasks/" + task(id, "SIG_TRIAGE") + "/completion", Map.of("outcome", "ACCEPT")), 204);
        for (String member : VOTERS) {
            long start = System.nanoTime();
            Api.Answer ballot = api.as(member).post("/api/sig-proposals/" + id + "/ballots", Map.of("vote", "APPROVE"));
            ballotNanos.accept(System.nanoTime() - start);
            expect(ballot, 201);
        }
        expect(api.as("olivia").post("/api/tasks/" + task(id, "SIG_PROVISIONING") + "/completion", Map.of("outcome", "DONE")), 204);
    }

    /** Olivia's open task of that kind for the case; it is there as soon as the step before it has answered. */
    private String task(String caseId, String kind) {
        List<JsonNode> tasks = api.as("olivia").getAll("/api/tasks");
        return tasks.stream()
                .filter(t -> caseId.equals(t.path("caseId").asText()) && kind.equals(t.path("kind").asText()))
                .map(t -> t.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " task for " + caseId + " in " + tasks));
    }

    private static void expect(Api.Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("Expected " + status + ", got " + answer);
        }
    }
}
