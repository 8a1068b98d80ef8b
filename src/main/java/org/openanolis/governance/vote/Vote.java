package org.openanolis.governance.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One committee vote on one case, with its electorate fixed when it opened. Eligible members are
 * the committee less the recused; a re-run after NO_QUORUM is a new vote with the next round. The case's
 * proposer, who hears the result, is kept with it (null for votes opened before it was).
 */
public record Vote(String id, String caseType, String caseId, String caseName, int round, Threshold threshold,
                   List<String> members, List<String> eligible, List<String> recused, int electorate, int quorum,
                   Instant opensAt, Instant minOpenAt, Instant closesAt, Instant originalClosesAt, boolean extended,
                   VoteStatus status, VoteOutcome outcome, Instant closedAt, String processInstanceId,
                   String proposer) {

    public boolean isOpen() {
        return status == VoteStatus.OPEN;
    }

    public boolean isEligible(String member) {
        return eligible.contains(member);
    }

    /** The vote as closing it with this outcome leaves it. */
    public Vote closedWith(VoteOutcome result, Instant at) {
        return new Vote(id, caseType, caseId, caseName, round, threshold, members, eligible, recused, electorate,
                quorum, opensAt, minOpenAt, closesAt, originalClosesAt, extended, VoteStatus.CLOSED, result, at,
                processInstanceId, proposer);
    }

    /** What every mail about this vote shows of it: its threshold, electorate, quorum, window and the recused. */
    public Map<String, Object> mailFacts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("threshold", threshold.name());
        facts.put("electorate", electorate);
        facts.put("quorum", quorum);
        facts.put("opensAt", opensAt);
        facts.put("closesAt", closesAt);
        facts.put("recused", recused);
        return facts;
    }

    /** Half of the original window: the first reminder. */
    public Instant halfWindowAt() {
        return opensAt.plus(Duration.between(opensAt, originalClosesAt).dividedBy(2));
    }

    /** A day before the current deadline: the second reminder (skipped when before the opening). */
    public Instant dayBeforeCloseAt() {
        return closesAt.minus(Duration.ofHours(24));
    }
}
