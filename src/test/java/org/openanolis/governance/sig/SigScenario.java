package org.openanolis.governance.sig;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Ballots;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps of SIG creation as people take them, for scenario tests to read like the process. */
abstract class SigScenario {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    protected SigProposals proposals;
    @Autowired
    protected SigDirectory directory;
    @Autowired
    protected Inbox inbox;
    @Autowired
    protected Ballots ballots;
    @Autowired
    protected Votes votes;
    @Autowired
    protected EngineDriver engine;
    @Autowired
    protected ProcessEngine processEngine;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
        EngineDriver.resetClock();
    }

    @AfterEach
    void resetClock() {
        EngineDriver.resetClock();
    }

    /** A fresh, valid SIG name per test, since the tests share one database. */
    protected static String uniqueName(String stem) {
        return "sig-" + stem + "-" + NAMES.incrementAndGet();
    }

    protected static SigProposalForm form(String name, List<String> chairs, List<String> techLeads) {
        return new SigProposalForm(name, "Confidential AI", "Confidential computing for AI workloads.",
                "TEE runtimes, attestation", null, chairs, techLeads, chairs.get(0), "BIWEEKLY", null,
                List.of(name + "/runtime"));
    }

    /** Paul proposes a SIG chaired by Quinn and Rita: nobody on the committee is recused. */
    protected SigProposal propose(String name) {
        return proposals.submit(form(name, List.of("quinn", "rita"), List.of()), "paul");
    }

    protected TaskView task(String user, String caseId, TaskKind kind) {
        return inbox.openTasksOf(user).stream().filter(t -> caseId.equals(t.caseId()) && t.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + kind + " task on " + caseId));
    }

    protected void complete(String user, String caseId, TaskKind kind, String outcome, String comment) {
        inbox.complete(task(user, caseId, kind).id(), user, outcome, comment);
    }

    protected SigProposal acceptedForVote(String name) {
        SigProposal p = propose(name);
        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "ACCEPT", null);
        return p;
    }

    protected void vote(SigProposal p, String member, BallotChoice choice) {
        ballots.cast(SigProposal.CASE_TYPE, p.getId(), member, choice, choice == BallotChoice.REJECT ? "Out of scope" : null);
    }

    protected void voteAll(SigProposal p, BallotChoice choice, String... members) {
        for (String m : members) {
            vote(p, m, choice);
        }
    }

    protected SigStatus status(SigProposal p) {
        return proposals.find(p.getId()).orElseThrow().getStatus();
    }

    protected Vote latestVote(SigProposal p) {
        return votes.latest(SigProposal.CASE_TYPE, p.getId()).orElseThrow();
    }

    protected ProcessInstance sigProcess(SigProposal p) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(p.getId())
                .processDefinitionKey("sigCreation").singleResult();
    }

    protected ProcessInstance voteProcess(SigProposal p) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(p.getId())
                .processDefinitionKey("committeeVote").singleResult();
    }

    protected void passTime(SigProposal p, Duration d) {
        engine.passTime(p.getId(), d);
    }
}
