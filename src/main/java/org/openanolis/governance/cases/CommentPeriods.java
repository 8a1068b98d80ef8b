package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.openanolis.governance.casetype.CaseType;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * The cases open for public comment now, with when their comment period began and ends. The period is its process's
 * timer, {@value #TIMER} in every process that has one, so its end is the timer's due date and its start the moment
 * the timer was made; a case is listed only while its status says it takes comments.
 */
@Service
@RequiredArgsConstructor
public class CommentPeriods {

    /** The id of the comment period's timer event, the same in each process with a comment period. */
    public static final String TIMER = "TimerEvent_CommentPeriodOver";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final CaseKinds kinds;

    /** One case's running comment period; {@code shownName} is the case's name in the reader's language. */
    public record Running(CaseType type, String caseId, String caseName, String shownName, Instant startsAt,
                          Instant endsAt) {
    }

    /** Every comment period running now, the one ending first first. */
    public List<Running> running() {
        List<Running> running = new ArrayList<>();
        for (Job timer : management.createJobQuery().timers().activityId(TIMER).list()) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(timer.getProcessInstanceId()).singleResult();
            Optional<CaseKind<?>> kind = kinds.all().stream()
                    .filter(k -> k.type().processKey().equals(timer.getProcessDefinitionKey())).findFirst();
            if (instance == null || kind.isEmpty()) {
                continue;
            }
            kind.get().store().find(instance.getBusinessKey())
                    .filter(c -> c.getStatus().takesComments())
                    .ifPresent(c -> running.add(new Running(kind.get().type(), c.getId(), c.caseName(),
                            c.localizedName(), timer.getCreateTime().toInstant(), timer.getDuedate().toInstant())));
        }
        running.sort(Comparator.comparing(Running::endsAt).thenComparing(Running::caseId));
        return running;
    }
}
