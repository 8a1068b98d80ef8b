package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The SIG proposal's own mails (DOMAIN.md's notification table); the vote and tasks send theirs. */
@Component
@RequiredArgsConstructor
class SigMail {

    private final Notifications notifications;
    private final People people;
    private final GovernanceProperties properties;

    void toProposer(SigProposal p, NoticeType type, String comment) {
        send(p, type, recipients(List.of(p.getProposer())), comment);
    }

    /** Withdrawn or expired: everyone who had an open task on the case, and the proposer. */
    void toTaskHoldersAndProposer(SigProposal p, NoticeType type, Collection<String> taskHolders, String comment) {
        List<String> ids = new ArrayList<>(taskHolders);
        ids.add(p.getProposer());
        send(p, type, recipients(ids), comment);
    }

    /** The new SIG is announced to the community list, its proposer and its chairs. */
    void announce(SigProposal p) {
        List<String> ids = new ArrayList<>(p.getChairs());
        ids.add(p.getProposer());
        List<Recipient> to = new ArrayList<>(recipients(ids));
        to.add(new Recipient("Community", properties.mail().communityListAddress()));
        send(p, NoticeType.SIG_ANNOUNCED, to, null);
    }

    private List<Recipient> recipients(Collection<String> ids) {
        return people.all(ids.stream().distinct().toList()).stream()
                .filter(person -> person.email() != null)
                .map(person -> new Recipient(person.name(), person.email())).toList();
    }

    private void send(SigProposal p, NoticeType type, List<Recipient> to, String comment) {
        Map<String, Object> model = new HashMap<>();
        model.put("proposer", p.getProposer());
        model.put("displayName", p.getDisplayName());
        model.put("mailingList", p.getMailingList());
        if (comment != null) {
            model.put("comment", comment);
        }
        if (!to.isEmpty()) {
            notifications.send(new Notice(type, SigProposal.CASE_TYPE, p.getId(), p.getName(), to, model));
        }
    }
}
