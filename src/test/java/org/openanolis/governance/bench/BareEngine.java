package org.openanolis.governance.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.operations.CountingDataSource;
import org.openanolis.governance.operations.StatementCounter;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The same BPMN as the product (bpmn/sig-creation.bpmn and committee-vote.bpmn, as they are) in a standalone Camunda
 * engine in the benchmark's JVM, every delegate and expression bean a no-op from a map that sets only the variables
 * the gateways and expressions read: the engine's own share of a SIG case. Everything the engine does is the
 * product's: an H2 file with the product's URL options behind a Hikari pool of the same size, history level full, the
 * job executor on with the product's acquisition settings.
 */
public final class BareEngine implements AutoCloseable {

    private final HikariDataSource dataSource;
    /** The engine's statements and transactions, counted as the product's nodes count theirs. */
    private final StatementCounter counter = new StatementCounter();
    private final ProcessEngine engine;
    private final Ballots ballots = new Ballots();

    public BareEngine(Path directory) throws IOException {
        dataSource = new HikariDataSource();
        // The product's H2 settings (application.yaml) with a file of the bare engine's own.
        dataSource.setJdbcUrl(ProductH2.url(directory.resolve("bare")));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setPoolName("bare-engine");

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-engine");
        configuration.setDataSource(new CountingDataSource(dataSource, counter));
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setBeans(beans(ballots));
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        // The product's camunda.bpm.job-execution settings (application.yaml).
        jobs.setMaxWait(2000);
        jobs.setWaitTimeInMillis(1000);
        jobs.setLockTimeInMillis(300000);
        configuration.setJobExecutor(jobs);
        configuration.setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-benchmark");
        for (String file : List.of("sig-creation.bpmn", "committee-vote.bpmn")) {
            deployment.addInputStream(file, new ByteArrayInputStream(Files.readAllBytes(Path.of("bpmn", file))));
        }
        deployment.deploy();
    }

    /** The lifecycle through the engine's Java API: start, triage task, the five ballot tasks, provisioning task. */
    public SigLifecycle lifecycle() {
        return this::run;
    }

    private void run(int index, LongConsumer ballotNanos) {
        String caseId = "bare-" + index + "-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey("sigCreation", caseId,
                Map.of("caseType", "SIG_PROPOSAL", "caseId", caseId, "caseName", "sig-bench-bare-" + index));
        TaskService tasks = engine.getTaskService();
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateGroup("community-ops").singleResult();
        tasks.complete(triage.getId(), Map.of("triageOutcome", "ACCEPT"));
        String voteId = OpenVote.voteIdOf(caseId);
        for (String member : SigLifecycle.VOTERS) {
            long start = System.nanoTime();
            ballots.cast(voteId, member);
            completeBallot(caseId, member);
            ballotNanos.accept(System.nanoTime() - start);
        }
        Task provisioning = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateGroup("community-ops")
                .singleResult();
        if (provisioning == null || !provisioning.getTaskDefinitionKey().equals("UserTask_ProvisionSig")) {
            throw new AssertionError("The bare vote did not end in provisioning for " + caseId + ": " + provisioning);
        }
        tasks.complete(provisioning.getId());
        ballots.forget(voteId);
    }

    /** As the product's ballots do: a ballot meeting the min-open timer's job at the same moment is tried again. */
    private void completeBallot(String caseId, String member) {
        for (int attempt = 1; ; attempt++) {
            try {
                Task ballot = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                        .taskAssignee(member).singleResult();
                engine.getTaskService().complete(ballot.getId());
                return;
            } catch (OptimisticLockingException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** How many SIG cases ended approved, from the engine's history: the proof that every bare lifecycle finished. */
    public long approvedCases() {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_SigApproved")
                .finished().count();
    }

    /** SQL statements the engine has sent so far. */
    public long statements() {
        return counter.statements();
    }

    /** Transactions the engine has ended so far (commits, rollbacks, auto-commit statements). */
    public long transactions() {
        return counter.transactions();
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    private static Map<Object, Object> beans(Ballots ballots) {
        Map<Object, Object> beans = new HashMap<>();
        for (String name : List.of("acceptSigProposalDelegate", "requestSigChangesDelegate", "rejectSigInTriageDelegate",
                "remindProposerToReviseDelegate", "expireSigProposalDelegate", "registerSigDelegate",
                "remindNonVotersDelegate", "recordNoQuorumDelegate")) {
            beans.put(name, new NoOp());
        }
        beans.put("openVoteDelegate", new OpenVote());
        beans.put("tallyVoteDelegate", (JavaDelegate) execution -> execution.setVariable("voteOutcome", "APPROVED"));
        beans.put("reachDeadlineDelegate", (JavaDelegate) execution -> execution.setVariable("deadlineOutcome", "TALLY"));
        beans.put("closeWithoutDecisionDelegate", (JavaDelegate) execution -> execution.setVariable("voteOutcome", "CLOSED"));
        beans.put("voteBallots", ballots);
        beans.put("voteSchedule", new Schedule());
        beans.put("sigTimers", new SigTimers());
        return beans;
    }

    /** A delegate that does nothing: the product's would write the domain and queue mail. */
    public static final class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    /** Opens the vote: the vote id the expressions take, and the electorate gateway's answer. */
    public static final class OpenVote implements JavaDelegate {

        static String voteIdOf(String caseId) {
            return "vote-" + caseId;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("voteId", voteIdOf(execution.getProcessBusinessKey()));
            execution.setVariable("electorateSufficient", true);
        }
    }

    /** The ballots the driver cast, in memory: the committee of seven, decided by five approvals (min-open PT0S). */
    public static final class Ballots {

        private static final List<String> COMMITTEE = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace");
        private final Map<String, Set<String>> cast = new ConcurrentHashMap<>();

        void cast(String voteId, String member) {
            cast.computeIfAbsent(voteId, v -> ConcurrentHashMap.newKeySet()).add(member);
        }

        void forget(String voteId) {
            cast.remove(voteId);
        }

        public List<String> pendingVoters(String voteId) {
            return COMMITTEE;
        }

        public boolean decidedEarly(String voteId) {
            return cast.getOrDefault(voteId, Set.of()).size() >= SigLifecycle.VOTERS.length;
        }
    }

    /** The vote's timers: min-open at once (as the benchmark's nodes have it), the rest within the default week. */
    public static final class Schedule {
        public Date minOpenAt(String voteId) {
            return new Date();
        }

        public Date halfWindowAt(String voteId) {
            return Date.from(Instant.now().plus(Duration.ofHours(84)));
        }

        public Date dayBeforeCloseAt(String voteId) {
            return Date.from(Instant.now().plus(Duration.ofDays(6)));
        }

        public Date closesAt(String voteId) {
            return Date.from(Instant.now().plus(Duration.ofDays(7)));
        }
    }

    /** The revision timers, never reached by an accepted proposal. */
    public static final class SigTimers {
        public String firstRevisionReminder() {
            return "P14D";
        }

        public String secondRevisionReminder() {
            return "P28D";
        }

        public String revisionTimeout() {
            return "P30D";
        }
    }
}
