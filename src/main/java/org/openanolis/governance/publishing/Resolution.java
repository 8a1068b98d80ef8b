package org.openanolis.governance.publishing;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Threshold;
import org.openanolis.governance.vote.VoteOutcome;

/**
 * One resolution of the register as it is published: its number and date, the case it decided (its type, the type's
 * name in the reader's language, id, name and page), the question put to the committee, and the closed vote's
 * record: threshold, electorate E, quorum Q, approvals A, rejections J, abstentions B, the recused, the outcome and
 * every ballot with its reason. People are named by display name.
 */
public record Resolution(String number, Instant decidedAt, String caseType, String caseKind, String caseId,
                         String caseName, String caseUrl, String question, Threshold threshold, int electorate,
                         int quorum, int approvals, int rejections, int abstentions, List<String> recused,
                         VoteOutcome outcome, List<Ballot> ballots) {

    /** A counted ballot: who cast it, how, why (a REJECT always says why) and when. */
    public record Ballot(String member, BallotChoice vote, String reason, Instant castAt) {
    }
}
