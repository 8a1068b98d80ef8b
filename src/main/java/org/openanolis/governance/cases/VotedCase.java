package org.openanolis.governance.cases;

import java.time.Instant;
import java.util.Set;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.vote.VoteCase;

/**
 * A case the committee decides with no step of its own before the vote (or only a public comment period): its
 * statuses are the {@link DecisionStatus}es, and the vote moves it; it only ends otherwise when the committee's
 * chair closes the vote without a decision.
 *
 * @param <D> what the type's cases are about
 */
public abstract class VotedCase<D extends CaseDetails> extends CaseRecord<DecisionStatus, D> {

    protected VotedCase(CaseType caseType, CaseHeader<DecisionStatus> header, D details) {
        super(caseType, header, details);
    }

    /** What the vote needs of the case: the proposer and these people recused, no organization. */
    public VoteCase voteRecusing(Set<String> people) {
        return new VoteCase(caseName(), getProposer(), people, Set.of());
    }

    /** The chair closed the vote without a decision. */
    public void expire(Instant at) {
        move(Set.of(DecisionStatus.VOTING, DecisionStatus.NO_QUORUM), DecisionStatus.EXPIRED, at);
    }
}
