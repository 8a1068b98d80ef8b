package org.openanolis.governance.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.vote.Votes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The mail a new task sends (DOMAIN.md): a ballot tells its member the vote opened, a triage task
 * tells community operations, every other task tells its assignee or its candidate groups' members.
 * Each mail links to the task in the portal, and names the task in its recipient's language.
 */
@Component
@RequiredArgsConstructor
class TaskMail {

    private final Notifications notifications;
    private final People people;
    private final Votes votes;
    private final MessageSource messages;
    private final GovernanceProperties properties;

    void taskCreated(DelegateTask task) {
        TaskKind kind = TaskKind.of(task.getTaskDefinitionKey()).orElse(null);
        if (kind == null) {
            return;
        }
        String caseName = (String) task.getVariable("caseName");
        Map<String, Object> model = new HashMap<>();
        model.put("taskId", task.getId());
        NoticeType type = switch (kind) {
            case COMMITTEE_BALLOT -> NoticeType.VOTE_OPENED;
            case SIG_TRIAGE -> NoticeType.TRIAGE_REQUESTED;
            default -> NoticeType.TASK_ASSIGNED;
        };
        if (kind == TaskKind.COMMITTEE_BALLOT) {
            votes.find((String) task.getVariable("voteId")).ifPresent(vote -> model.putAll(vote.mailFacts()));
        }
        List<Recipient> to = people.all(holders(task)).stream().filter(p -> p.email() != null)
                .map(p -> new Recipient(p.name(), p.email(), p.language())).toList();
        // The title is a word of the mail, so each language's readers get a notice with the title in theirs.
        byLanguage(to).forEach((language, readers) -> {
            Map<String, Object> words = new HashMap<>(model);
            words.put("taskTitle", kind.title(task.getTaskDefinitionKey(), caseName, messages, language));
            notifications.send(new Notice(type, (String) task.getVariable("caseType"),
                    (String) task.getVariable("caseId"), caseName, readers, words));
        });
    }

    /**
     * The recipients by the language their mail is written in, the community's default for those who chose none;
     * an address that repeats is kept once, as one notice would.
     */
    private Map<Locale, List<Recipient>> byLanguage(List<Recipient> to) {
        Locale fallback = properties.mail().defaultLanguage();
        Set<String> addresses = new HashSet<>();
        Map<Locale, List<Recipient>> groups = new LinkedHashMap<>();
        for (Recipient r : to) {
            if (addresses.add(r.email().strip().toLowerCase(Locale.ROOT))) {
                groups.computeIfAbsent(Languages.of(r.language()).orElse(fallback), l -> new ArrayList<>()).add(r);
            }
        }
        return groups;
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
}
