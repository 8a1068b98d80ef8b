package org.openanolis.governance.onboarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The project proposal's own mails (DOMAIN.md's notification table); the vote and tasks send theirs. */
@Component
@RequiredArgsConstructor
class ProjectMail {

    private final Notifications notifications;
    private final People people;
    private final GovernanceProperties properties;

    void toProposer(ProjectProposal p, NoticeType type, Map<String, Object> extra) {
        send(p, type, recipients(List.of(p.getProposer())), extra);
    }

    /** Withdrawn or expired: everyone who had an open task on the case, and the proposer. */
    void toTaskHoldersAndProposer(ProjectProposal p, NoticeType type, Collection<String> taskHolders, String comment) {
        List<String> ids = new ArrayList<>(taskHolders);
        ids.add(p.getProposer());
        Map<String, Object> extra = new HashMap<>();
        extra.put("comment", comment);
        send(p, type, recipients(ids), extra);
    }

    /** The checklist is past its target: the committee chair hears of it. */
    void toChair(ProjectProposal p, NoticeType type) {
        send(p, type, toRecipients(people.membersOf(Groups.COMMITTEE_CHAIR)), Map.of());
    }

    /** The new Sandbox project is announced to the proposer, its maintainers and the community list. */
    void announce(ProjectProposal p) {
        List<String> ids = new ArrayList<>(p.getMaintainers());
        ids.add(p.getProposer());
        List<Recipient> to = new ArrayList<>(recipients(ids));
        to.add(new Recipient("Community", properties.mail().communityListAddress()));
        send(p, NoticeType.PROJECT_ACCEPTED, to, Map.of());
    }

    private List<Recipient> recipients(Collection<String> ids) {
        return toRecipients(people.all(ids.stream().distinct().toList()));
    }

    private static List<Recipient> toRecipients(List<Person> persons) {
        return persons.stream().filter(person -> person.email() != null)
                .map(person -> new Recipient(person.name(), person.email())).toList();
    }

    private void send(ProjectProposal p, NoticeType type, List<Recipient> to, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>();
        model.put("proposer", p.getProposer());
        model.put("sponsorSig", p.getSponsorSig());
        extra.forEach((key, value) -> {
            if (value != null && !"".equals(value)) {
                model.put(key, value);
            }
        });
        if (!to.isEmpty()) {
            notifications.send(new Notice(type, ProjectProposal.CASE_TYPE, p.getId(), p.getName(), to, model));
        }
    }
}
