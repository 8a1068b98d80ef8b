package org.openanolis.governance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Moves time and fires due timers for one case, as the job executor would; tests switch the
 * executor off so nothing happens behind their back.
 */
@Component
@RequiredArgsConstructor
public class EngineDriver {

    private final ManagementService managementService;
    private final RuntimeService runtimeService;

    /** Moves the engine's (and so the domain's) clock forward and fires what became due for the case. */
    public void passTime(String caseId, Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        fireDueJobs(caseId);
    }

    /**
     * Executes every due job of the case's processes, earliest first and one at a time, including jobs that those
     * executions create; a job that an earlier one removed (an interrupting timer cancels its activity's other
     * timers) is not run.
     */
    public void fireDueJobs(String caseId) {
        for (int round = 0; round < 200; round++) {
            List<Job> due = dueJobs(caseId);
            if (due.isEmpty()) {
                return;
            }
            managementService.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("Jobs of case " + caseId + " keep becoming due: a loop?");
    }

    public List<Job> dueJobs(String caseId) {
        return instances(caseId).stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).executable().list().stream())
                .sorted(java.util.Comparator.comparing(Job::getDuedate, java.util.Comparator.nullsFirst(Date::compareTo)))
                .toList();
    }

    public List<ProcessInstance> instances(String caseId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list();
    }

    /**
     * Fires the daily timer start event of this process as the engine would, at its due time: when an earlier test of
     * the context already ran it on a later day than the clock, the clock moves on to that time. The timer must come
     * back within a day.
     */
    public void runDailyTimer(String processKey) {
        Job timer = dailyTimer(processKey);
        if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(timer.getDuedate());
        }
        managementService.executeJob(timer.getId());
        assertThat(dailyTimer(processKey).getDuedate()).as("the timer is daily").isBeforeOrEqualTo(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    }

    private Job dailyTimer(String processKey) {
        return managementService.createJobQuery().processDefinitionKey(processKey).timers().singleResult();
    }

    /** Moves the engine's (and so the domain's) clock forward, firing nothing. */
    public static void passDays(int days) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days))));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }
}
