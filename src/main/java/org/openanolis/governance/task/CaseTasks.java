package org.openanolis.governance.task;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/** Who holds open tasks on a case: its assignees, or every member of a task's candidate groups. */
@Service
@RequiredArgsConstructor
public class CaseTasks {

    private final TaskService taskService;
    private final People people;

    /** Every process of a case (the case's own and its votes) carries the case id as business key. */
    public Set<String> holdersOfOpenTasks(String caseId) {
        Set<String> holders = new LinkedHashSet<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseId).list()) {
            holders.addAll(holdersOf(task));
        }
        return holders;
    }

    Set<String> holdersOf(Task task) {
        Set<String> holders = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            holders.add(task.getAssignee());
            return holders;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                holders.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                people.membersOf(link.getGroupId()).stream().map(Person::id).forEach(holders::add);
            }
        }
        return holders;
    }
}
