package org.openanolis.governance.support;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseRecord;
import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Ballots;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps every kind of case takes alike in a scenario test, as people take them: tasks from the inbox, the
 * committee's ballots, the status, the processes and the clock. Each kind's scenario adds its own steps.
 *
 * @param <C> the case
 * @param <S> its statuses
 */
public abstract class CaseScenario<C extends CaseRecord<S, ?>, S extends Enum<S> & CaseStatus> {

    @Autowired
    protected CaseKind<C> kind;
    @Autowired
    protected CaseLifecycle lifecycle;
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
    void startWithTheRealClock() {
        AbstractAssertions.init(processEngine);
        EngineDriver.resetClock();
    }

    @AfterEach
    void leaveTheRealClock() {
        EngineDriver.resetClock();
    }

    protected TaskView task(String user, String caseId, TaskKind taskKind) {
        return inbox.openTasksOf(user).stream().filter(t -> caseId.equals(t.caseId()) && t.kind() == taskKind)
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + taskKind + " task on " + caseId));
    }

    protected boolean hasTask(String user, String caseId, TaskKind taskKind) {
        return inbox.openTasksOf(user).stream().anyMatch(t -> caseId.equals(t.caseId()) && t.kind() == taskKind);
    }

    protected void complete(String user, String caseId, TaskKind taskKind, String outcome, String comment) {
        inbox.complete(task(user, caseId, taskKind).id(), user, outcome, comment);
    }

    protected void complete(String user, C c, TaskKind taskKind, String outcome, String comment) {
        complete(user, c.getId(), taskKind, outcome, comment);
    }

    /** The proposer withdraws the case, as the API's and the portal's withdrawal do. */
    protected C withdraw(C c, String user, String reason) {
        return lifecycle.withdraw(kind, c.getId(), user, reason);
    }

    /** The member's ballot; a REJECT carries a reason, as it must. */
    protected void vote(C c, String member, BallotChoice choice) {
        ballots.cast(c.caseType().key(), c.getId(), member, choice, choice == BallotChoice.REJECT ? "Not convinced" : null);
    }

    protected void voteAll(C c, BallotChoice choice, String... members) {
        for (String m : members) {
            vote(c, m, choice);
        }
    }

    protected S status(C c) {
        return kind.find(c.getId()).getStatus();
    }

    protected Vote latestVote(C c) {
        return votes.latest(c.caseType().key(), c.getId()).orElseThrow();
    }

    /** The case's instance of this process, if it runs. */
    protected ProcessInstance process(C c, String processKey) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(c.getId())
                .processDefinitionKey(processKey).singleResult();
    }

    protected void passTime(C c, Duration duration) {
        engine.passTime(c.getId(), duration);
    }
}
