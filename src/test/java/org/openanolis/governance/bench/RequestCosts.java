package org.openanolis.governance.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openanolis.governance.bench.Report.Target;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.SigProposalBodies;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 21, figure 8: what each kind of request costs the node, as its answer's {@code Server-Timing} header tells
 * (the request thread's CPU, statements and transactions; {@code governance.database.count-statements}), compared
 * with an inbox read measured in the same cases. One client, one request at a time, so that nothing else runs on the
 * node's request threads; each case goes its whole way: proposed, read, triaged, five ballots each after the
 * member's inbox read, provisioned.
 */
final class RequestCosts {

    static final String INBOX = "inbox read (GET /api/tasks)";
    static final String PROPOSE = "propose (POST /api/sig-proposals)";
    static final String CASE = "case (GET /api/sig-proposals/{id})";
    static final String TRIAGE = "triage completion (POST /api/tasks/{id}/completion)";
    static final String BALLOT = "ballot (POST /api/sig-proposals/{id}/ballots)";
    /** The five ballots apart: four leave the vote open, the fifth decides it and moves the case on. */
    static final String OPEN_BALLOT = "ballot that leaves the vote open";
    static final String DECIDING_BALLOT = "ballot that decides the vote";
    static final String PROVISIONING = "provisioning completion (POST /api/tasks/{id}/completion)";

    private static final Pattern TIMING = Pattern.compile(
            "cpu;dur=([0-9.]+);.*sql;desc=\"(\\d+) statements\".*tx;desc=\"(\\d+) transactions\"");

    private final Api api;
    private final String tag;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    RequestCosts(Api api, String tag) {
        this.api = api;
        this.tag = tag;
        for (String kind : List.of(INBOX, PROPOSE, CASE, TRIAGE, BALLOT, OPEN_BALLOT, DECIDING_BALLOT, PROVISIONING)) {
            kinds.put(kind, new Kind());
        }
    }

    /** Takes cases {@code first} to {@code first + count - 1} through their lives; only the last {@code measured} count. */
    void run(int first, int count, int measured) {
        for (int i = first; i < first + count; i++) {
            boolean counted = i >= first + count - measured;
            lifecycle(i, counted);
        }
    }

    private void lifecycle(int index, boolean counted) {
        Api.Answer created = expect(api.as("paul").post("/api/sig-proposals",
                SigProposalBodies.valid("sig-cost-" + tag + "-" + index)), 201);
        record(PROPOSE, created, counted);
        String id = created.field("id");
        record(CASE, expect(api.as("paul").get("/api/sig-proposals/" + id), 200), counted);
        record(TRIAGE, expect(api.as("olivia").post("/api/tasks/" + task(id, "SIG_TRIAGE") + "/completion",
                Map.of("outcome", "ACCEPT")), 204), counted);
        for (String member : SigLifecycle.VOTERS) {
            record(INBOX, expect(api.as(member).get("/api/tasks"), 200), counted);
            Api.Answer ballot = expect(api.as(member).post("/api/sig-proposals/" + id + "/ballots",
                    Map.of("vote", "APPROVE")), 201);
            record(BALLOT, ballot, counted);
            boolean decides = member.equals(SigLifecycle.VOTERS[SigLifecycle.VOTERS.length - 1]);
            record(decides ? DECIDING_BALLOT : OPEN_BALLOT, ballot, counted);
        }
        record(PROVISIONING, expect(api.as("olivia").post("/api/tasks/" + task(id, "SIG_PROVISIONING") + "/completion",
                Map.of("outcome", "DONE")), 204), counted);
    }

    private String task(String caseId, String kind) {
        List<JsonNode> tasks = api.as("olivia").getAll("/api/tasks");
        return tasks.stream()
                .filter(t -> caseId.equals(t.path("caseId").asText()) && kind.equals(t.path("kind").asText()))
                .map(t -> t.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " task for " + caseId));
    }

    private void record(String kind, Api.Answer answer, boolean counted) {
        String header = answer.headers().getFirst("Server-Timing");
        Matcher timing = header == null ? null : TIMING.matcher(header);
        if (timing == null || !timing.find()) {
            throw new AssertionError(kind + ": no Server-Timing in " + answer.headers());
        }
        if (counted) {
            kinds.get(kind).add(Double.parseDouble(timing.group(1)), Long.parseLong(timing.group(2)),
                    Long.parseLong(timing.group(3)));
        }
    }

    private static Api.Answer expect(Api.Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("Expected " + status + ", got " + answer);
        }
        return answer;
    }

    double cpuMillis(String kind) {
        return kinds.get(kind).cpuMillis / kinds.get(kind).requests;
    }

    /** The figure's rows: each kind's CPU against the inbox read's, then what each kind asked of the database. */
    void report() {
        double inbox = cpuMillis(INBOX);
        Map<String, Target> targets = Map.of(BALLOT, Target.atMost(4), PROPOSE, Target.atMost(8));
        for (String kind : kinds.keySet()) {
            if (kind.equals(INBOX)) {
                continue;
            }
            String figure = "CPU of a " + kind + " ÷ of an inbox read";
            String name = kind.substring(0, kind.indexOf(' '));
            if (targets.containsKey(kind)) {
                Report.ratio(figure, name, cpuMillis(kind), "inbox read", inbox, "ms", targets.get(kind));
            } else {
                Report.note(figure, String.format(Locale.ROOT, "%.2f (%s %.2f ms ÷ inbox read %.2f ms)",
                        cpuMillis(kind) / inbox, name, cpuMillis(kind), inbox));
            }
        }
        kinds.forEach((kind, k) -> Report.note("Each " + kind, describe(k)));
    }

    private static String describe(Kind k) {
        return String.format(Locale.ROOT, "%d requests, %.2f ms CPU, %.1f statements, %.1f transactions each",
                k.requests, k.cpuMillis / k.requests, (double) k.statements / k.requests,
                (double) k.transactions / k.requests);
    }

    /** One kind's requests added up. */
    private static final class Kind {
        int requests;
        double cpuMillis;
        long statements;
        long transactions;

        void add(double cpu, long sql, long tx) {
            requests++;
            cpuMillis += cpu;
            statements += sql;
            transactions += tx;
        }
    }
}
