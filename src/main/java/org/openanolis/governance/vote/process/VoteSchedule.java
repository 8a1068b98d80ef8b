package org.openanolis.governance.vote.process;

import java.util.Date;

import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Expression bean for the vote's timers. The dates come from the vote's row, so an extension moves
 * the deadline timer and the reminder before it.
 */
@Component
@RequiredArgsConstructor
public class VoteSchedule {

    private final Votes votes;

    public Date minOpenAt(String voteId) {
        return Date.from(vote(voteId).minOpenAt());
    }

    public Date halfWindowAt(String voteId) {
        return Date.from(vote(voteId).halfWindowAt());
    }

    public Date dayBeforeCloseAt(String voteId) {
        Vote vote = vote(voteId);
        // A reminder that would fall before the opening fires at once and is skipped by the reminder itself.
        return Date.from(vote.dayBeforeCloseAt().isBefore(vote.opensAt()) ? vote.opensAt() : vote.dayBeforeCloseAt());
    }

    public Date closesAt(String voteId) {
        return Date.from(vote(voteId).closesAt());
    }

    private Vote vote(String voteId) {
        return votes.find(voteId).orElseThrow(() -> new IllegalStateException("No vote " + voteId));
    }
}
