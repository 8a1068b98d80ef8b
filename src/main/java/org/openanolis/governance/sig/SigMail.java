package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Mails about a SIG itself rather than about one of its cases (a lead stepped down): to the people concerned and
 * the committee chair, linking to the SIG's page, with the SIG's name in the subject.
 */
@Component
@RequiredArgsConstructor
class SigMail {

    private final Notifications notifications;
    private final People people;

    void toPeopleAndCommitteeChair(String sig, NoticeType type, Collection<String> ids, Map<String, Object> model) {
        List<String> all = new ArrayList<>(ids);
        people.membersOf(Groups.COMMITTEE_CHAIR).forEach(chair -> all.add(chair.id()));
        List<Recipient> to = people.all(all.stream().distinct().toList()).stream()
                .filter(person -> person.email() != null)
                .map(person -> new Recipient(person.name(), person.email())).toList();
        if (!to.isEmpty()) {
            notifications.send(new Notice(type, SigCaseType.SIG.key(), sig, sig, to, model));
        }
    }
}
