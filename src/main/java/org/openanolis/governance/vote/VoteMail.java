package org.openanolis.governance.vote;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

/** Composes the vote's mails (DOMAIN.md's notification table) and writes them to the outbox. */
@Component
@RequiredArgsConstructor
class VoteMail {

    private final Notifications notifications;
    private final People people;
    private final GovernanceProperties properties;

    void recusedFyi(Vote vote) {
        send(NoticeType.VOTE_OPENED_RECUSED, vote, recipients(vote.recused()), facts(vote, null));
    }

    void reminder(Vote vote, Collection<String> nonVoters) {
        send(NoticeType.VOTE_REMINDER, vote, recipients(nonVoters), facts(vote, null));
    }

    void extended(Vote vote, Collection<String> nonVoters) {
        send(NoticeType.VOTE_EXTENDED, vote, withChair(nonVoters), facts(vote, null));
    }

    void noQuorum(Vote vote, Collection<String> nonVoters, String proposer) {
        List<Recipient> to = Stream.concat(withChair(nonVoters).stream(), recipients(List.of(proposer)).stream()).toList();
        send(NoticeType.VOTE_NO_QUORUM, vote, to, facts(vote, null));
    }

    /** The result goes to the proposer, every member (recused too) and the community list. */
    void result(Vote vote, Tally tally, List<CastBallot> ballots, String proposer) {
        Map<String, Object> model = facts(vote, tally);
        model.put("outcome", vote.outcome() == null ? "" : vote.outcome().name());
        model.put("ballots", ballots.stream().map(b -> {
            Map<String, Object> m = new HashMap<>();
            m.put("member", people.displayName(b.member()));
            m.put("vote", b.vote().name());
            m.put("reason", b.reason());
            m.put("castAt", b.castAt());
            return m;
        }).toList());
        List<Recipient> to = Stream.of(recipients(List.of(proposer)), recipients(vote.members()),
                List.of(new Recipient("Community", properties.mail().communityListAddress()))).flatMap(List::stream).toList();
        send(NoticeType.VOTE_RESULT, vote, to, model);
    }

    private List<Recipient> withChair(Collection<String> ids) {
        return Stream.concat(recipients(ids).stream(), toRecipients(people.membersOf(Groups.COMMITTEE_CHAIR)).stream()).toList();
    }

    private List<Recipient> recipients(Collection<String> ids) {
        return toRecipients(people.all(ids));
    }

    private static List<Recipient> toRecipients(List<Person> persons) {
        return persons.stream().filter(p -> p.email() != null).map(p -> new Recipient(p.name(), p.email(), p.language())).toList();
    }

    private static Map<String, Object> facts(Vote vote, Tally tally) {
        Map<String, Object> model = vote.mailFacts();
        if (tally != null) {
            model.put("approvals", tally.approvals());
            model.put("rejections", tally.rejections());
            model.put("abstentions", tally.abstentions());
        }
        return model;
    }

    private void send(NoticeType type, Vote vote, Collection<Recipient> to, Map<String, Object> model) {
        if (!to.isEmpty()) {
            notifications.send(new Notice(type, vote.caseType(), vote.caseId(), vote.caseName(), to, model));
        }
    }
}
