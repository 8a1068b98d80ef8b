package org.openanolis.governance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SIG creation driven the way clients drive it: every step is an HTTP call to the running
 * application. Time is the only thing moved behind the API, through {@link EngineDriver}.
 */
public abstract class ApiScenario {

    private static final AtomicInteger NAMES = new AtomicInteger();
    /** Tells this JVM's names from those of earlier runs against the same database, should there ever be one. */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10000));

    protected static final String[] COMMITTEE = {"alice", "bob", "carol", "dave", "erin", "frank", "grace"};

    @LocalServerPort
    private int port;
    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private EngineDriver timers;

    protected Api api;

    /** Also points Camunda's webapps at this context's engine, for the tests that work in Tasklist (see Webapps). */
    @BeforeEach
    void connect() {
        api = new Api(port);
        EngineDriver.resetClock();
        Webapps.serve(processEngine);
    }

    @AfterEach
    void resetClock() {
        EngineDriver.resetClock();
    }

    /** A fresh, valid SIG name per test, since all tests share one database. */
    protected static String uniqueName(String stem) {
        return "sig-api-" + stem + "-" + RUN + "-" + NAMES.incrementAndGet();
    }

    /** A valid proposal, chaired by Quinn and Rita so that nobody on the committee is recused. */
    protected static Map<String, Object> proposal(String name) {
        return proposal(name, List.of("quinn", "rita"));
    }

    protected static Map<String, Object> proposal(String name, List<String> chairs) {
        return SigProposalBodies.valid(name, chairs);
    }

    /** Paul submits a valid proposal; answers its id. */
    protected String submit(String name) {
        return submit("paul", proposal(name));
    }

    protected String submit(String proposer, Map<String, Object> body) {
        Api.Answer created = api.as(proposer).post("/api/sig-proposals", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.field("id");
    }

    protected Api.Answer proposalAs(String user, String id) {
        Api.Answer answer = api.as(user).get("/api/sig-proposals/" + id);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer;
    }

    protected String status(String id) {
        return proposalAs("paul", id).field("status");
    }

    /** The id of the user's open task of this kind on the case, found through GET /api/tasks. */
    protected String taskId(String user, String caseId, String kind) {
        return findTask(user, caseId, kind)
                .orElseThrow(() -> new AssertionError(user + " has no " + kind + " task on " + caseId)).path("id").asText();
    }

    protected java.util.Optional<JsonNode> findTask(String user, String caseId, String kind) {
        return api.as(user).getAll("/api/tasks").stream()
                .filter(t -> caseId.equals(t.path("caseId").asText()) && kind.equals(t.path("kind").asText()))
                .findFirst();
    }

    protected Api.Answer complete(String user, String taskId, String outcome, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (comment != null) {
            body.put("comment", comment);
        }
        return api.as(user).post("/api/tasks/" + taskId + "/completion", body);
    }

    /** Olivia (community-ops) completes the case's triage task; the call must succeed. */
    protected void triage(String caseId, String outcome, String comment) {
        Api.Answer done = complete("olivia", taskId("olivia", caseId, "SIG_TRIAGE"), outcome, comment);
        assertThat(done.status()).as("%s", done).isEqualTo(204);
    }

    protected String acceptedForVote(String name) {
        String id = submit(name);
        triage(id, "ACCEPT", null);
        return id;
    }

    protected Api.Answer ballot(String member, String caseId, String vote, String reason) {
        return ballotOn("sig-proposals", member, caseId, vote, reason);
    }

    /** A ballot on a case of any kind the committee decides, by its collection. */
    protected Api.Answer ballotOn(String collection, String member, String caseId, String vote, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vote", vote);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.as(member).post("/api/" + collection + "/" + caseId + "/ballots", body);
    }

    protected void approveBy(String caseId, String... members) {
        for (String m : members) {
            Api.Answer cast = ballot(m, caseId, "APPROVE", null);
            assertThat(cast.status()).as("%s's ballot: %s", m, cast).isEqualTo(201);
        }
    }

    /**
     * An ACTIVE SIG of a fresh name with these leads, created over HTTP as people create one: Paul proposes it,
     * Olivia accepts it in triage, five members approve, the vote closes and Olivia confirms provisioning.
     */
    protected String activeSig(String stem, List<String> chairs, List<String> techLeads) {
        String name = uniqueName(stem);
        Map<String, Object> body = new LinkedHashMap<>(proposal(name, chairs));
        body.put("techLeads", techLeads);
        String id = submit("paul", body);
        triage(id, "ACCEPT", null);
        approveBy(id, Arrays.stream(COMMITTEE).filter(m -> !chairs.contains(m) && !techLeads.contains(m)).limit(5)
                .toArray(String[]::new));
        timers.passTime(id, Duration.ofHours(72));
        Api.Answer provisioned = complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null);
        assertThat(provisioned.status()).as("%s", provisioned).isEqualTo(204);
        return name;
    }

    /** Sends the calls at the same moment, one thread each, and answers in the calls' order. */
    protected static List<Api.Answer> concurrently(List<Callable<Api.Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> futures = new ArrayList<>();
            for (Callable<Api.Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    protected static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }

    /** A refusal as API.md has it: problem+json carrying the status, its type and a title. */
    protected static void assertProblem(Api.Answer answer, int status, String typeSlug) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("%s", answer).isNotNull();
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", answer).isTrue();
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.field("type")).endsWith("/problems/" + typeSlug);
        assertThat(answer.field("title")).isNotBlank();
    }
}
