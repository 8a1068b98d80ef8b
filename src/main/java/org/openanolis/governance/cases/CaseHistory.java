package org.openanolis.governance.cases;

import java.util.List;

import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.Votes;
import org.openanolis.governance.vote.VoteView;

/**
 * What every case's API view shows of its past, as one reader may see it: the latest vote, the earlier ones, and the
 * timeline (without who has voted while the reader may not see the ballots).
 */
public record CaseHistory(VoteView vote, List<VoteView> previousVotes, List<TimelineEntry> timeline) {

    static CaseHistory of(List<VoteView> votes, List<TimelineEntry> timeline) {
        VoteView latest = votes.isEmpty() ? null : votes.get(votes.size() - 1);
        List<VoteView> previous = votes.size() > 1 ? votes.subList(0, votes.size() - 1) : List.of();
        return new CaseHistory(latest, previous, Votes.withoutPrivateBallots(timeline, votes));
    }
}
