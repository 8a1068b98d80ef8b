package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.CamundaSchema;
import org.openanolis.governance.support.Readiness;
import org.openanolis.governance.support.SigProposalBodies;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Issue 6, several nodes on one database: two application nodes (the built jar, each its own process, the job
 * executor on) share one PostgreSQL and one mail server. SIG proposals go through triage, votes and deadlines with
 * every call alternating between the nodes and some ballots sent in the same instant; the database, the engine's
 * job log and the mail server then show every ballot counted once, every timer fired once and every notification
 * delivered once.
 * <p>
 * Then node A is killed in the middle of work, caught twice on purpose, and node B finishes everything once the
 * dead node's job locks and mail claims have expired:
 * <ul>
 * <li>a mail: an SMTP relay hands node A's mail to the server but holds back the server's answer, so node A dies
 * with its claim on a mail already delivered (and on those of the same batch it sent before, recorded only at the
 * batch's end); node B sends those again, with the same Message-ID, after the claim's lease
 * ({@code governance.mail.claim-lease});</li>
 * <li>a job: node A is killed while it runs the half-window reminder of a vote nobody votes on. Node A is the one
 * killed because it is the node the relay holds; to make it the node holding the job's lock, node B is started to
 * take only jobs of the default priority and the test lifts that one job's priority until node A has locked it.
 * The test's own transaction row-locks the timer's execution, so node A's transaction, after writing the reminder
 * and its mails, waits at the engine's flush ({@code pg_stat_activity} shows the node's session waiting). After the
 * kill the job keeps node A's lock owner ({@link JobLockOwnerPlugin} names it) until {@code LOCK_EXP_TIME_}
 * ({@code camunda.bpm.job-execution.lock-time-in-millis}, 15 s here): node B does not run it before, runs it once
 * after, the job log shows one success on node B and no failure, and nothing of the rolled-back transaction is left
 * (no reminder event, no reminder mail until node B's).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTests {

    /**
     * A mail server of the cluster's own, on a free port: the suite's other contexts keep dispatching their own
     * leftover mail to the shared test port, which would be counted here as the cluster's.
     */
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    private static final String[] COMMITTEE = {"alice", "bob", "carol", "dave", "erin", "frank", "grace"};
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10000));

    /** Votes measured in seconds; half the window (the reminder) comes well after a case's ballots are in. */
    private static final Duration WINDOW = Duration.ofSeconds(40);
    private static final Duration MIN_OPEN = Duration.ofSeconds(10);
    private static final Duration EXTENSION = Duration.ofSeconds(15);
    /** How long a dead node's timers stay its own: the job lock (camunda.bpm.job-execution.lock-time-in-millis). */
    private static final Duration JOB_LOCK = Duration.ofSeconds(15);
    /**
     * Longer than driving the second batch and waiting for node A to take a reminder half a window later takes, so
     * the mail caught mid-send is still node A's when A dies.
     */
    private static final Duration CLAIM_LEASE = Duration.ofSeconds(60);

    private EmbeddedPostgres postgres;
    private DataSource dataSource;
    private JdbcClient db;
    private ClusterNode nodeA;
    private ClusterNode nodeB;
    private SmtpRelay relayA;
    private final Set<String> allCases = new ConcurrentSkipListSet<>();

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        db = JdbcClient.create(dataSource);
        CamundaSchema.createOnPostgres(dataSource);
        String url = postgres.getJdbcUrl("postgres", "postgres");
        relayA = new SmtpRelay(SMTP_PORT);
        // Both at once: the domain migrations, the BPMN deployment, the grants and the demo people race.
        nodeA = ClusterNode.start("node-a", settings("node-a", url, relayA.port()));
        List<String> settingsB = new ArrayList<>(settings("node-b", url, SMTP_PORT));
        // Node B takes only jobs of the default priority, which every job has: the same as node A throughout, except
        // for the one job the kill test lifts so that node A, and no other, is the node holding its lock.
        settingsB.add("--camunda.bpm.generic-properties.properties.job-executor-acquire-by-priority=true");
        settingsB.add("--camunda.bpm.generic-properties.properties.job-executor-priority-range-max=0");
        nodeB = ClusterNode.start("node-b", settingsB);
        try {
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .failFast(() -> !nodeA.alive() || !nodeB.alive())
                    .until(() -> ready(nodeA) && ready(nodeB)
                            && db.sql("select count(*) from act_id_membership").query(Integer.class).single() == 12);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("The nodes did not both start:\n" + nodeA.logTail() + "\n\n" + nodeB.logTail(), e);
        }
    }

    @AfterAll
    void stopNodesAndDatabase() throws Exception {
        try {
            if (nodeA != null) {
                nodeA.close();
            }
        } finally {
            try {
                if (nodeB != null) {
                    nodeB.close();
                }
            } finally {
                if (postgres != null) {
                    postgres.close();
                }
                if (relayA != null) {
                    relayA.close();
                }
            }
        }
    }

    @Test
    @Order(1)
    void fiftyProposalsOnTwoNodesCountEveryBallotFireEveryTimerAndSendEveryMailOnce() throws Exception {
        List<Case> cases = drive(50, i -> i % 2 == 0 ? nodeA : nodeB);

        awaitAllDecided(cases, Duration.ofMinutes(3));
        awaitOutboxDrained();
        assertThat(nodeA.alive() && nodeB.alive()).as("both nodes still run\n%s\n%s", nodeA.logTail(), nodeB.logTail())
                .isTrue();

        assertEveryBallotCountedOnce(cases);
        assertEveryTimerFiredOnce();
        assertEveryVoteClosedOnce(cases);
        Map<String, Long> received = receivedByMessageId();
        assertThat(received).as("each notification reaches the mail server exactly once")
                .allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
        assertThat(received.keySet()).isEqualTo(notificationMessageIds());
        assertOneMailPerMemberPerEvent(cases);

        // The reminder at half the window reached exactly the members who had not voted by then.
        for (Case c : cases) {
            Set<String> reminded = recipients(c, "VOTE_REMINDER");
            switch (c.plan()) {
                case EVERYONE -> assertThat(reminded).as(c.name()).isEmpty();
                case SILENT -> assertThat(reminded).as(c.name()).containsExactlyInAnyOrderElementsOf(emails(COMMITTEE));
                case QUORUM -> assertThat(reminded).as(c.name()).isSubsetOf(emails("frank", "grace"));
            }
        }
        // The timers ran on both nodes: neither node is idle while the other works.
        assertThat(db.sql("""
                        select distinct hostname_ from act_hi_job_log
                        where job_state_ = 2 and job_def_type_ like 'timer%'""").query(String.class).set())
                .containsExactlyInAnyOrder("node-a", "node-b");
    }

    @Test
    @Order(2)
    void whenOneNodeIsKilledMidWorkTheOtherFinishesItAfterTheLocksExpire() throws Exception {
        // Node A's next mail reaches the server, but the server's acceptance never reaches node A: it waits, holding
        // its claim on that row, as a node does when it dies between handing a mail over and recording it.
        relayA.swallowNextAcceptance();
        // Node A takes the submissions, the triage and half the ballots, so its dispatcher is woken by their mails
        // and its job executor shares the votes' timers when it dies.
        List<Case> cases = drive(10, i -> nodeA);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(relayA::swallowed);

        // Node A is also caught in the middle of a timer: the half-window reminder of a vote nobody votes on. Node B
        // takes only jobs of the default priority (see startTwoNodesOnOneDatabase), so lifting this one job's
        // priority leaves it to node A; the test's own transaction holds the row lock of the timer's execution, so
        // node A's transaction, once it has written the reminder and its mails, waits at the engine's flush.
        String ownerA = jobLockOwner(nodeA);
        TimerJob reminder = cases.stream().filter(c -> c.plan() == Plan.SILENT)
                .flatMap(c -> timerOf(c, "TimerEvent_HalfWindow").stream())
                .filter(t -> t.dueDate().isAfter(Instant.now().plusSeconds(3))).findFirst()
                .orElseThrow(() -> new AssertionError("driving took so long that every reminder is already due"));
        db.sql("update act_ru_job set priority_ = 1 where id_ = ?").param(reminder.id()).update();
        Instant lockExpires;
        Set<String> heldByA;
        try (RowLock execution = RowLock.on(dataSource, "select id_ from act_ru_execution where id_ = ? for update",
                reminder.executionId())) {
            Awaitility.await().atMost(Duration.between(Instant.now(), reminder.dueDate()).plusSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> ownerA.equals(lockOf(reminder).owner()) && transactionWaitsFor(nodeA, execution));
            lockExpires = lockOf(reminder).expires();
            assertThat(lockExpires).as("node A's lock on the reminder").isAfter(Instant.now().plusSeconds(5));
            assertThat(tablesWrittenByWaitingTransaction(nodeA)).as("node A has written the reminder and its mails")
                    .contains("case_event", "notification");

            String dispatcherA = dispatcherId(nodeA);
            // Node A claims its mail a batch at a time and records what the server took at the end of the batch: the
            // one caught mid-send, and those sent before it in the same batch, the mail server already has; the rest of
            // the batch waits under node A's claim, never handed to the mail server.
            Set<String> claimedByA = db.sql("select message_id from notification where status = 'PENDING' and claimed_by = ?")
                    .param(dispatcherA).query(String.class).set();
            heldByA = claimedByA.stream().filter(receivedByMessageId()::containsKey).collect(Collectors.toSet());
            assertThat(heldByA).as("the mails node A has sent but not recorded, among the %d it holds", claimedByA.size())
                    .isNotEmpty();

            nodeA.kill();
            System.out.printf("Node A killed with %d open votes, %d unsent notifications, %d locked jobs (%s)%n",
                    db.sql("select count(*) from vote where status = 'OPEN'").query(Integer.class).single(),
                    db.sql("select count(*) from notification where status = 'PENDING'").query(Integer.class).single(),
                    db.sql("select count(*) from act_ru_job where lock_exp_time_ is not null").query(Integer.class).single(),
                    db.sql("select lock_owner_ from act_ru_job where lock_owner_ is not null").query(String.class).list());
        }
        // The row lock is gone; the dead node's transaction cannot commit, so the database rolls it back as soon as
        // it notices the connection is closed.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> db.sql(
                "select count(*) from pg_stat_activity where application_name = 'node-a'").query(Integer.class).single() == 0);
        int openVotes = db.sql("select count(*) from vote where status = 'OPEN'").query(Integer.class).single();
        assertThat(openVotes).as("the kill falls in the middle of the votes").isPositive();
        assertThat(events(reminder.caseId(), "VOTE_REMINDER")).as("the dead node's reminder left no event").isZero();
        assertThat(notices(reminder.caseId(), "VOTE_REMINDER")).as("nor mails in the outbox").isZero();
        assertThat(db.sql("select count(*) from act_ru_execution where id_ = ?").param(reminder.executionId())
                .query(Integer.class).single()).as("and the timer still waits where it was").isEqualTo(1);

        // From here only the lock keeps node B away: the job is back at the priority both nodes take.
        db.sql("update act_ru_job set priority_ = 0 where id_ = ?").param(reminder.id()).update();
        while (Instant.now().isBefore(lockExpires.minusMillis(300))) {
            assertThat(lockOf(reminder).owner()).as("the reminder, until %s", lockExpires).isEqualTo(ownerA);
            assertThat(events(reminder.caseId(), "VOTE_REMINDER")).as("reminders before %s", lockExpires).isZero();
            Thread.sleep(250);
        }
        Awaitility.await().atMost(JOB_LOCK).pollInterval(Duration.ofMillis(200))
                .until(() -> db.sql("select count(*) from act_ru_job where id_ = ?").param(reminder.id())
                        .query(Integer.class).single() == 0);

        awaitAllDecided(cases, Duration.ofMinutes(3));
        awaitOutboxDrained();
        assertThat(nodeB.alive()).as(nodeB.logTail()).isTrue();

        assertEveryBallotCountedOnce(cases);
        assertEveryTimerFiredOnce();
        assertEveryVoteClosedOnce(cases);
        assertOneMailPerMemberPerEvent(cases);
        Map<String, Long> received = receivedByMessageId();
        assertThat(received.keySet()).as("every notification delivered, nothing else")
                .isEqualTo(notificationMessageIds());
        // Only the mails node A had sent but not yet recorded went out again, each once, with the same Message-ID;
        // node B sent them after the claim of the dead node had lapsed.
        Map<String, Long> twice = received.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(twice).isEqualTo(heldByA.stream().collect(Collectors.toMap(id -> id, id -> 2L)));

        // The reminder node A died running: node B ran it once, after node A's lock expired, and it reminded the
        // whole committee once, each member by one mail the server received once (checked above).
        List<Map<String, Object>> runs = db.sql("""
                        select job_state_, hostname_, timestamp_ from act_hi_job_log
                        where job_id_ = ? and job_state_ in (1, 2)""").param(reminder.id()).query().listOfRows();
        assertThat(runs).as("the reminder's job log: one success, no failure").hasSize(1);
        System.out.printf("The reminder: node A's lock until %s, run by node B at %s%n", lockExpires, runs.get(0).get("timestamp_"));
        assertThat(runs.get(0)).containsEntry("job_state_", 2).containsEntry("hostname_", "node-b");
        assertThat(((Timestamp) runs.get(0).get("timestamp_")).toInstant()).isAfterOrEqualTo(lockExpires);
        assertThat(events(reminder.caseId(), "VOTE_REMINDER")).isEqualTo(1);
        assertThat(notices(reminder.caseId(), "VOTE_REMINDER")).isEqualTo(COMMITTEE.length);
        assertThat(db.sql("select recipient_email from notification where case_id = ? and notice_type = 'VOTE_REMINDER'")
                .param(reminder.caseId()).query(String.class).set()).containsExactlyInAnyOrderElementsOf(emails(COMMITTEE));
    }

    // --- driving the cases over HTTP ---

    /** How the committee votes on a case. */
    enum Plan { EVERYONE, QUORUM, SILENT }

    record Case(int index, String id, String name, Plan plan, Instant opensAt) {
    }

    /**
     * Submits {@code count} proposals and takes each through triage and its ballots at once, five cases at a time,
     * each call on the node {@code nodeOf} picks for the case or the other one.
     */
    private List<Case> drive(int count, Function<Integer, ClusterNode> nodeOf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Case>> futures = new ArrayList<>();
            int offset = allCases.size();
            for (int i = 0; i < count; i++) {
                int index = offset + i;
                futures.add(pool.submit(() -> driveOne(index, nodeOf.apply(index), other(nodeOf.apply(index)))));
            }
            List<Case> cases = new ArrayList<>();
            for (Future<Case> future : futures) {
                cases.add(future.get(3, TimeUnit.MINUTES));
            }
            return cases;
        } finally {
            pool.shutdownNow();
        }
    }

    private ClusterNode other(ClusterNode node) {
        // After the kill every call goes to the node that is left.
        ClusterNode other = node == nodeA ? nodeB : nodeA;
        return other.alive() ? other : node;
    }

    private Case driveOne(int index, ClusterNode first, ClusterNode second) throws Exception {
        Plan plan = switch (index % 5) {
            case 0, 1 -> Plan.EVERYONE;
            case 2, 3 -> Plan.QUORUM;
            default -> Plan.SILENT;
        };
        String name = "sig-nodes-" + RUN + "-" + index;
        Api.Answer created = first.api.as("paul").post("/api/sig-proposals", SigProposalBodies.valid(name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.field("id");
        allCases.add(id);

        String triageTask = awaitTask(second, "olivia", id, "SIG_TRIAGE");
        Api.Answer triaged = first.api.as("olivia").post("/api/tasks/" + triageTask + "/completion", Map.of("outcome", "ACCEPT"));
        assertThat(triaged.status()).as("%s", triaged).isEqualTo(204);

        JsonNode vote = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> second.api.as("paul").get("/api/sig-proposals/" + id).json().path("vote"), v -> v.isObject());
        Instant opensAt = Instant.parse(vote.path("opensAt").asText());

        switch (plan) {
            case EVERYONE -> {
                if (index % 5 == 0) {
                    // All seven in the same instant, on both nodes, and Alice twice: one of hers must be refused.
                    List<Callable<Api.Answer>> calls = new ArrayList<>();
                    for (int m = 0; m < COMMITTEE.length; m++) {
                        ClusterNode node = m % 2 == 0 ? first : second;
                        String member = COMMITTEE[m];
                        calls.add(() -> ballot(node, member, id, "APPROVE"));
                    }
                    calls.add(() -> ballot(second, "alice", id, "APPROVE"));
                    List<Integer> statuses = concurrently(calls).stream().map(Api.Answer::status).toList();
                    assertThat(statuses).as("%s: %s", name, statuses).containsOnly(201, 409)
                            .filteredOn(s -> s == 201).hasSize(COMMITTEE.length);
                } else {
                    for (int m = 0; m < COMMITTEE.length; m++) {
                        expectCast(ballot(m % 2 == 0 ? first : second, COMMITTEE[m], id, "APPROVE"));
                    }
                }
            }
            case QUORUM -> {
                // Five of seven: quorum, with Frank and Grace silent (the reminder is for them, if the vote is still open).
                List<Callable<Api.Answer>> calls = List.of(
                        () -> ballot(first, "alice", id, "APPROVE"),
                        () -> ballot(second, "bob", id, "APPROVE"),
                        () -> ballot(first, "carol", id, "APPROVE"),
                        () -> ballot(second, "dave", id, "ABSTAIN"),
                        () -> ballot(first, "erin", id, "REJECT"));
                for (Api.Answer answer : index % 5 == 2 ? concurrently(calls) : sequentially(calls)) {
                    expectCast(answer);
                }
            }
            case SILENT -> {
                // Nobody votes: the reminder, the extension and the end without quorum all come from timers.
            }
        }
        return new Case(index, id, name, plan, opensAt);
    }

    private static String awaitTask(ClusterNode node, String user, String caseId, String kind) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Answer tasks = node.api.as(user).get("/api/tasks");
            assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
            return tasks.list().stream()
                    .filter(t -> caseId.equals(t.path("caseId").asText()) && kind.equals(t.path("kind").asText()))
                    .map(t -> t.path("id").asText()).findFirst().orElse(null);
        }, id -> id != null);
    }

    private static Api.Answer ballot(ClusterNode node, String member, String caseId, String choice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vote", choice);
        if (choice.equals("REJECT")) {
            body.put("reason", "Overlaps with an existing SIG.");
        }
        return node.api.as(member).post("/api/sig-proposals/" + caseId + "/ballots", body);
    }

    private static void expectCast(Api.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    }

    private static List<Api.Answer> sequentially(List<Callable<Api.Answer>> calls) throws Exception {
        List<Api.Answer> answers = new ArrayList<>();
        for (Callable<Api.Answer> call : calls) {
            answers.add(call.call());
        }
        return answers;
    }

    /** Sends the calls at the same moment, one thread each, and answers in the calls' order. */
    private static List<Api.Answer> concurrently(List<Callable<Api.Answer>> calls) throws Exception {
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

    // --- waiting ---

    private void awaitAllDecided(List<Case> cases, Duration atMost) {
        Set<String> ids = cases.stream().map(Case::id).collect(Collectors.toSet());
        try {
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() ->
                    db.sql("select case_id from vote where status <> 'OPEN'").query(String.class).set().containsAll(ids));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("Votes still open:\n" + nodeA.logTail() + "\n\n" + nodeB.logTail(), e);
        }
    }

    private void awaitOutboxDrained() {
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                db.sql("select count(*) from notification where status <> 'SENT'").query(Integer.class).single() == 0
                        && receivedByMessageId().keySet().containsAll(notificationMessageIds()));
    }

    // --- the proofs ---

    /** The ballot rows, the vote's counter and the API's tally agree, and each member's ballot is there once. */
    private void assertEveryBallotCountedOnce(List<Case> cases) {
        for (Case c : cases) {
            List<Map<String, Object>> votes = db.sql("select id, ballots_cast from vote where case_id = ?")
                    .param(c.id()).query().listOfRows();
            assertThat(votes).as(c.name()).hasSize(1);
            String voteId = (String) votes.get(0).get("id");
            Map<String, Integer> rows = new TreeMap<>();
            db.sql("select choice, count(*) from ballot where vote_id = ? group by choice").param(voteId)
                    .query(rs -> {
                        rows.put(rs.getString(1), rs.getInt(2));
                    });
            int expected = switch (c.plan()) {
                case EVERYONE -> 7;
                case QUORUM -> 5;
                case SILENT -> 0;
            };
            int total = rows.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(total).as("%s ballot rows", c.name()).isEqualTo(expected);
            assertThat(((Number) votes.get(0).get("ballots_cast")).intValue()).as(c.name()).isEqualTo(expected);

            JsonNode view = nodeB.api.as("alice").get("/api/sig-proposals/" + c.id()).json().path("vote");
            assertThat(view.path("approvals").asInt()).as(c.name()).isEqualTo(rows.getOrDefault("APPROVE", 0));
            assertThat(view.path("rejections").asInt()).as(c.name()).isEqualTo(rows.getOrDefault("REJECT", 0));
            assertThat(view.path("abstentions").asInt()).as(c.name()).isEqualTo(rows.getOrDefault("ABSTAIN", 0));
        }
    }

    /** No timer job ran twice (the engine's job log), none is overdue, none failed into an incident. */
    private void assertEveryTimerFiredOnce() {
        assertThat(db.sql("""
                        select job_id_ from act_hi_job_log where job_state_ = 2
                        group by job_id_ having count(*) > 1""").query(String.class).list())
                .as("jobs that succeeded twice").isEmpty();
        assertThat(db.sql("select count(*) from act_ru_job where duedate_ < ?")
                .param(Timestamp.from(Instant.now().minus(JOB_LOCK).minusSeconds(5)))
                .query(Integer.class).single()).as("overdue jobs").isZero();
        assertThat(db.sql("select count(*) from act_ru_incident").query(Integer.class).single()).as("incidents").isZero();
    }

    /** Each vote closed once, reminded and extended at most once, as its timeline tells. */
    private void assertEveryVoteClosedOnce(List<Case> cases) {
        for (Case c : cases) {
            Map<String, Integer> events = new TreeMap<>();
            db.sql("select event, count(*) from case_event where case_id = ? and event like 'VOTE_%' group by event")
                    .param(c.id()).query(rs -> {
                        events.put(rs.getString(1), rs.getInt(2));
                    });
            int ends = events.getOrDefault("VOTE_CLOSED", 0) + events.getOrDefault("VOTE_NO_QUORUM", 0);
            assertThat(ends).as("%s %s", c.name(), events).isEqualTo(1);
            assertThat(events.getOrDefault("VOTE_REMINDER", 0)).as("%s %s", c.name(), events).isLessThanOrEqualTo(1);
            assertThat(events.getOrDefault("VOTE_EXTENDED", 0)).as("%s %s", c.name(), events)
                    .isEqualTo(c.plan() == Plan.SILENT ? 1 : 0);
            assertThat(events.containsKey("VOTE_NO_QUORUM")).as("%s %s", c.name(), events).isEqualTo(c.plan() == Plan.SILENT);
        }
    }

    /** At most one mail of each vote event per case and person; every opened vote told all seven; every end announced. */
    private void assertOneMailPerMemberPerEvent(List<Case> cases) {
        assertThat(db.sql("""
                        select case_id || ' ' || notice_type || ' ' || recipient_email from notification
                        where notice_type like 'VOTE_%'
                        group by case_id, notice_type, recipient_email having count(*) > 1""").query(String.class).list())
                .as("the same vote event mailed twice to one person").isEmpty();
        for (Case c : cases) {
            assertThat(recipients(c, "VOTE_OPENED")).as(c.name()).containsExactlyInAnyOrderElementsOf(emails(COMMITTEE));
            assertThat(recipients(c, c.plan() == Plan.SILENT ? "VOTE_NO_QUORUM" : "VOTE_RESULT")).as(c.name()).isNotEmpty();
        }
    }

    private Set<String> recipients(Case c, String type) {
        return db.sql("select recipient_email from notification where case_id = ? and notice_type = ?")
                .params(c.id(), type).query(String.class).set();
    }

    private static List<String> emails(String... people) {
        return Arrays.stream(people).map(p -> p + "@example.org").toList();
    }

    private Set<String> notificationMessageIds() {
        return db.sql("select message_id from notification").query(String.class).set();
    }

    private static Map<String, Long> receivedByMessageId() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .collect(Collectors.groupingBy(TwoNodesIntegrationTests::messageId, Collectors.counting()));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- job locks ---

    /** A timer job of a case's vote. */
    record TimerJob(String caseId, String id, String executionId, Instant dueDate) {
    }

    /** Who holds a job and until when; both null when nobody does or the job is gone. */
    record JobLock(String owner, Instant expires) {
    }

    /** The waiting timer of the case's vote at the BPMN event {@code activityId}; empty once it has fired. */
    private Optional<TimerJob> timerOf(Case c, String activityId) {
        return db.sql("""
                        select j.id_, j.execution_id_, j.duedate_ from act_ru_job j
                        join act_ru_jobdef d on d.id_ = j.job_def_id_
                        join vote v on v.process_instance_id = j.process_instance_id_
                        where v.case_id = ? and d.act_id_ = ?""").params(c.id(), activityId)
                .query((rs, n) -> new TimerJob(c.id(), rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    private JobLock lockOf(TimerJob job) {
        return db.sql("select lock_owner_, lock_exp_time_ from act_ru_job where id_ = ?").param(job.id())
                .query((rs, n) -> new JobLock(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional().orElse(new JobLock(null, null));
    }

    /** Whether a transaction of the node waits, writing an execution, for the row lock the test holds. */
    private boolean transactionWaitsFor(ClusterNode node, RowLock lock) {
        return db.sql("""
                        select count(*) from pg_stat_activity
                        where application_name = ? and wait_event_type = 'Lock' and ? = any(pg_blocking_pids(pid))
                          and query ilike '%act_ru_execution%'""")
                .params(node.name, lock.backendPid()).query(Integer.class).single() > 0;
    }

    /** The tables the node's waiting transaction has written to so far (the locks an insert or update takes). */
    private Set<String> tablesWrittenByWaitingTransaction(ClusterNode node) {
        return db.sql("""
                        select c.relname from pg_locks l
                        join pg_class c on c.oid = l.relation
                        join pg_stat_activity a on a.pid = l.pid
                        where a.application_name = ? and a.wait_event_type = 'Lock'
                          and l.mode = 'RowExclusiveLock' and l.granted""")
                .param(node.name).query(String.class).set();
    }

    private int events(String caseId, String event) {
        return db.sql("select count(*) from case_event where case_id = ? and event = ?").params(caseId, event)
                .query(Integer.class).single();
    }

    private int notices(String caseId, String type) {
        return db.sql("select count(*) from notification where case_id = ? and notice_type = ?").params(caseId, type)
                .query(Integer.class).single();
    }

    /**
     * The test's own open transaction holding one row lock: a node's transaction that writes the row waits until
     * the lock is released by {@link #close()} (a rollback: the test changes nothing).
     */
    private record RowLock(Connection connection, int backendPid) implements AutoCloseable {

        static RowLock on(DataSource dataSource, String selectForUpdate, String id) throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                int pid;
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
                    rs.next();
                    pid = rs.getInt(1);
                }
                try (PreparedStatement lock = connection.prepareStatement(selectForUpdate)) {
                    lock.setString(1, id);
                    try (ResultSet rs = lock.executeQuery()) {
                        assertThat(rs.next()).as("the row to lock: %s", id).isTrue();
                    }
                }
                return new RowLock(connection, pid);
            } catch (SQLException | RuntimeException | Error e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }

    // --- the cluster ---

    private static List<String> settings(String node, String jdbcUrl, int smtpPort) {
        return List.of(
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                // The node's name on its database sessions, so pg_stat_activity tells whose transaction waits.
                "--spring.datasource.url=" + jdbcUrl + "&ApplicationName=" + node,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--camunda.bpm.database.schema-update=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + node,
                "--camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK.toMillis(),
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort,
                // A node waiting for the server's answer keeps waiting until the test kills it.
                "--spring.mail.properties[mail.smtp.timeout]=120000",
                "--governance.mail.poll-interval=PT0.5S",
                "--governance.mail.claim-lease=" + CLAIM_LEASE,
                "--governance.mail.retry.initial-interval=PT1S",
                "--governance.mail.retry.max-interval=PT2S",
                "--governance.vote.window=" + WINDOW,
                "--governance.vote.min-open=" + MIN_OPEN,
                "--governance.vote.extension=" + EXTENSION);
    }

    /** The lock owner the node's job executor writes into {@code ACT_RU_JOB.LOCK_OWNER_}, as its start-up line tells. */
    private static String jobLockOwner(ClusterNode node) {
        Matcher started = Pattern.compile("Job executor lock owner (\\S+):").matcher(node.log());
        assertThat(started.find()).as(node.logTail()).isTrue();
        assertThat(started.group(1)).as("the owner names the node").startsWith(node.name + "-");
        return started.group(1);
    }

    /** The name the node's dispatcher writes into {@code claimed_by}, as its start-up line tells. */
    private static String dispatcherId(ClusterNode node) {
        Matcher started = Pattern.compile("Notification dispatcher (\\S+) started")
                .matcher(node.log());
        assertThat(started.find()).as(node.logTail()).isTrue();
        return started.group(1);
    }

    private static boolean ready(ClusterNode node) {
        return Readiness.ready(node.port);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
