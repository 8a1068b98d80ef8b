package org.openanolis.governance.election;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.timeline.TimelineEntry;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An election as the API shows it to one reader: its call and dates, the tie-break order once voting opened, the
 * size of the roll and how many have voted, the candidacies, the timeline, what the reader may do ({@code you}), and
 * the result: to everyone once certified, to the officers as soon as it is counted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElectionOverview(String id, String title, String officer, ElectionStatus status, int seats,
                               int maxPerOrganization, String term, Instant nominationOpens, Instant votingOpens,
                               Instant votingCloses, Instant termStarts, List<String> tieBreakOrder, int voters,
                               int voted, List<CandidacyView> candidacies, ElectionResult result, Reader you,
                               List<TimelineEntry> timeline) {

    /** A candidacy with the names of the people in it, and whether it counts. */
    public record CandidacyView(String person, String name, String organization, String statement,
                                String nominatedBy, Instant nominatedAt, boolean accepted, boolean counts,
                                List<Candidacy.Endorsement> endorsements) {
    }

    /** What the reader is to this election. */
    public record Reader(boolean officer, boolean onRoll, boolean voted, boolean candidate) {
    }
}
