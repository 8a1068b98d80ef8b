package org.openanolis.governance.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The inbox reads a person's tasks with one native statement of its own; it must hold exactly the tasks the engine's
 * own queries give (assigned to the person, plus the unassigned ones offered to them or to one of their groups), in
 * the same order, for people with and without groups.
 */
@GovernanceTest
class InboxQueryIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    Inbox inbox;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void everyonesInboxHoldsWhatTheEnginesOwnQueriesGive() {
        // Offered to community operations, Olivia's group.
        String offered = submit(uniqueName("inbox-offered"));
        String offeredTask = taskId("olivia", offered, "SIG_TRIAGE");
        // Offered to community operations but taken by Paul, who is in no group: his, no longer Olivia's.
        String taken = submit(uniqueName("inbox-taken"));
        String takenTask = taskId("olivia", taken, "SIG_TRIAGE");
        taskService.setAssignee(takenTask, "paul");
        // Offered to Rita by name as well as to Olivia's group; Rita is in no group.
        String named = submit(uniqueName("inbox-named"));
        String namedTask = taskId("olivia", named, "SIG_TRIAGE");
        taskService.addCandidateUser(namedTask, "rita");
        // In vote: a ballot assigned to each committee member.
        String voting = acceptedForVote(uniqueName("inbox-voting"));
        String gracesBallot = taskId("grace", voting, "COMMITTEE_BALLOT");
        // A suspended case's task still counts, as the engine's queries do not filter on suspension.
        String suspended = submit(uniqueName("inbox-suspended"));
        String suspendedTask = taskId("olivia", suspended, "SIG_TRIAGE");
        String suspendedInstance = taskService.createTaskQuery().taskId(suspendedTask).singleResult().getProcessInstanceId();
        runtimeService.suspendProcessInstanceById(suspendedInstance);
        try {
            for (String person : List.of("olivia", "paul", "rita", "quinn", "alice", "grace", "bob", "admin")) {
                assertThat(idsOf(inbox.openTasksOf(person))).as("%s's inbox", person)
                        .containsExactlyElementsOf(whatTheEngineGives(person));
            }

            assertThat(idsOf(inbox.openTasksOf("olivia"))).contains(offeredTask, namedTask, suspendedTask)
                    .doesNotContain(takenTask, gracesBallot);
            assertThat(idsOf(inbox.openTasksOf("paul"))).contains(takenTask).doesNotContain(offeredTask, namedTask);
            assertThat(idsOf(inbox.openTasksOf("rita"))).contains(namedTask).doesNotContain(offeredTask, takenTask);
            assertThat(idsOf(inbox.openTasksOf("grace"))).contains(gracesBallot).doesNotContain(offeredTask);
            assertThat(idsOf(inbox.openTasksOf("bob"))).doesNotContain(gracesBallot);
            assertThat(inbox.openTasksOf("rita")).filteredOn(t -> t.id().equals(namedTask)).singleElement()
                    .satisfies(t -> {
                        assertThat(t.caseType()).isEqualTo("SIG_PROPOSAL");
                        assertThat(t.caseId()).isEqualTo(named);
                        assertThat(t.kind()).isEqualTo(TaskKind.SIG_TRIAGE);
                    });
        } finally {
            runtimeService.activateProcessInstanceById(suspendedInstance);
        }
    }

    @Test
    void everyTaskNamesItsCaseAsTheEngineKnowsIt() {
        String inTriage = submit(uniqueName("inbox-case-triage"));
        String inVote = acceptedForVote(uniqueName("inbox-case-vote"));
        List<TaskView> tasks = new ArrayList<>(inbox.openTasksOf("olivia"));
        tasks.addAll(inbox.openTasksOf("grace"));
        assertThat(tasks).extracting(TaskView::caseId).contains(inTriage, inVote);

        for (TaskView task : tasks) {
            String instance = taskService.createTaskQuery().taskId(task.id()).singleResult().getProcessInstanceId();
            Map<String, Object> own = runtimeService.getVariablesLocal(instance, List.of("caseType", "caseId", "caseName"));
            assertThat(task.caseType()).as("task %s", task.id()).isNotNull().isEqualTo(own.get("caseType"));
            assertThat(task.caseId()).as("task %s", task.id()).isNotNull().isEqualTo(own.get("caseId"));
            assertThat(task.caseName()).as("task %s", task.id()).isEqualTo(own.get("caseName"));
        }
    }

    /** The inbox as it was read before: the engine's assignee and candidate-user queries, merged, newest first. */
    private List<String> whatTheEngineGives(String person) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        taskService.createTaskQuery().taskAssignee(person).list().forEach(t -> tasks.put(t.getId(), t));
        taskService.createTaskQuery().taskCandidateUser(person).list().forEach(t -> tasks.putIfAbsent(t.getId(), t));
        return tasks.values().stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(person))
                .filter(t -> TaskKind.of(t.getTaskDefinitionKey()).isPresent())
                .sorted(Comparator.comparing(Task::getCreateTime).reversed().thenComparing(Task::getId))
                .map(Task::getId)
                .toList();
    }

    private static List<String> idsOf(List<TaskView> views) {
        return views.stream().map(TaskView::id).toList();
    }
}
