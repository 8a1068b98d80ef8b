package org.openanolis.governance.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.casetype.CaseType;
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

/**
 * The mails every kind of case sends alike (DOMAIN.md's notification table): to its proposer, to whoever had a task
 * on it and the proposer, and the announcement of what it created. Each shows the case's {@link
 * CaseRecord#mailModel()} and the comment, if any; a feature adds only the mails its process alone sends.
 */
@Component
@RequiredArgsConstructor
public class CaseMail {

    private final Notifications notifications;
    private final People people;
    private final GovernanceProperties properties;

    public void toProposer(CaseRecord<?, ?> c, NoticeType type, String comment) {
        toPeople(c, type, List.of(c.getProposer()), comment);
    }

    /** Withdrawn or expired: everyone who had an open task on the case, and the proposer. */
    public void toTaskHoldersAndProposer(CaseRecord<?, ?> c, NoticeType type, Collection<String> holders,
                                         String comment) {
        List<String> ids = new ArrayList<>(holders);
        ids.add(c.getProposer());
        toPeople(c, type, ids, comment);
    }

    /** What the case created is announced to these people, its proposer and the community list. */
    public void announce(CaseRecord<?, ?> c, NoticeType type, Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        all.add(c.getProposer());
        List<Recipient> to = new ArrayList<>(recipients(all));
        to.add(new Recipient("Community", properties.mail().communityListAddress()));
        send(c, type, to, c.mailModel());
    }

    /** Something waits past its target: the committee chair hears of it. */
    public void toCommitteeChair(CaseRecord<?, ?> c, NoticeType type) {
        send(c, type, recipients(committeeChair()), c.mailModel());
    }

    /**
     * A mail about what is not a case of this module's own (a SIG, a project, another module's case), named by its
     * type, id and name for the subject and the link, to these people, and to the committee chair as well when
     * {@code alsoCommitteeChair}.
     */
    public void about(CaseType type, String id, String name, NoticeType notice, Collection<String> ids,
                      boolean alsoCommitteeChair, Map<String, Object> model) {
        List<String> all = new ArrayList<>(ids);
        if (alsoCommitteeChair) {
            all.addAll(committeeChair());
        }
        List<Recipient> to = recipients(all);
        if (!to.isEmpty()) {
            notifications.send(new Notice(notice, type.key(), id, name, to, model));
        }
    }

    /** A mail about the case to these people, with whatever the feature adds to the case's model. */
    public void toPeople(CaseRecord<?, ?> c, NoticeType type, Collection<String> ids, Map<String, Object> extra) {
        Map<String, Object> model = c.mailModel();
        extra.forEach((key, value) -> {
            if (value != null && !"".equals(value)) {
                model.put(key, value);
            }
        });
        send(c, type, recipients(ids), model);
    }

    private void toPeople(CaseRecord<?, ?> c, NoticeType type, Collection<String> ids, String comment) {
        Map<String, Object> model = c.mailModel();
        if (comment != null) {
            model.put("comment", comment);
        }
        send(c, type, recipients(ids), model);
    }

    private List<String> committeeChair() {
        return people.membersOf(Groups.COMMITTEE_CHAIR).stream().map(Person::id).toList();
    }

    private List<Recipient> recipients(Collection<String> ids) {
        return people.all(ids.stream().distinct().toList()).stream().filter(person -> person.email() != null)
                .map(person -> new Recipient(person.name(), person.email(), person.language())).toList();
    }

    private void send(CaseRecord<?, ?> c, NoticeType type, List<Recipient> to, Map<String, Object> model) {
        if (!to.isEmpty()) {
            // The mail names the proposer as people know them, not by their bare id.
            if (model.get("proposer") instanceof String proposer) {
                model.put("proposer", people.displayName(proposer));
            }
            notifications.send(new Notice(type, c.caseType().key(), c.getId(), c.caseName(), c.nameMessage(), to,
                    model));
        }
    }
}
