package org.openanolis.governance.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.People;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The mail a new task sends (DOMAIN.md): a ballot tells its member the vote opened, a triage task
 * tells community operations, every other task tells its assignee or its candidate groups' members.
 * Each mail links to the task in the portal.
 */
@Component
@RequiredArgsConstructor
class TaskMail {

    private final Notifications notifications;
    private final People people;
    private final Votes votes;

    void taskCreated(DelegateTask task) {
        TaskKind kind = TaskKind.of(task.getTaskDefinitionKey()).orElse(null);
        if (kind == null) {
            return;
        }
        String caseName = (String) task.getVariable("caseName");
        Map<String, Object> model = new HashMap<>();
        model.put("taskId", task.getId());
        model.put("taskTitle", kind.title(task.getTaskDefinitionKey(), caseName));
        NoticeType type = switch (kind) {
            case COMMITTEE_BALLOT -> NoticeType.VOTE_OPENED;
            case SIG_TRIAGE -> NoticeType.TRIAGE_REQUESTED;
            default -> NoticeType.TASK_ASSIGNED;
        };
        if (kind == TaskKind.COMMITTEE_BALLOT) {
            votes.find((String) task.getVariable("voteId")).ifPresent(vote -> addVoteFacts(vote, model));
        }
        List<Recipient> to = people.all(holders(task)).stream().filter(p -> p.email() != null)
                .map(p -> new Recipient(p.name(), p.email(), p.language())).toList();
        if (!to.isEmpty()) {
            notifications.send(new Notice(type, (String) task.getVariable("caseType"), (String) task.getVariable("caseId"),
                    caseName, to, model));
        }
    }

    private List<String> holders(DelegateTask task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        return task.getCandidates().stream()
                .flatMap(link -> link.getUserId() != null ? Stream.of(link.getUserId())
                        : people.membersOf(link.getGroupId()).stream().map(p -> p.id()))
                .distinct().toList();
    }

    private static void addVoteFacts(Vote vote, Map<String, Object> model) {
        model.put("threshold", vote.threshold().name());
        model.put("electorate", vote.electorate());
        model.put("quorum", vote.quorum());
        model.put("opensAt", vote.opensAt());
        model.put("closesAt", vote.closesAt());
        model.put("recused", vote.recused());
    }
}
