package org.openanolis.governance.vote.process;

import java.util.List;

import org.openanolis.governance.vote.VoteClosing;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Expression bean of the ballot multi-instance: who gets a ballot task, and when the remaining ones
 * are cancelled because the outcome can no longer change.
 */
@Component
@RequiredArgsConstructor
public class VoteBallots {

    private final Votes votes;
    private final VoteClosing closing;

    public List<String> pendingVoters(String voteId) {
        return votes.pendingVoters(voteId);
    }

    public boolean decidedEarly(String voteId) {
        return closing.decidedEarly(voteId);
    }
}
