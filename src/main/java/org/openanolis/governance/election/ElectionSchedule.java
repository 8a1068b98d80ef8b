package org.openanolis.governance.election;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The dates an election runs by: nomination opens (the voter roll is frozen), voting opens (nomination closes),
 * voting closes, the new term starts. The tie-break order is empty until voting opens, when it is fixed and published.
 */
public record ElectionSchedule(Instant nominationOpens, Instant votingOpens, Instant votingCloses, Instant termStarts,
                               List<String> tieBreakOrder) {

    /** How long before the close the last reminder goes out (DOMAIN.md: 24 h). */
    static final Duration LAST_REMINDER = Duration.ofHours(24);

    /** The first reminder: half way through voting. */
    public Instant halfway() {
        return votingOpens.plus(Duration.between(votingOpens, votingCloses).dividedBy(2));
    }

    /** The last reminder, 24 hours before the close; null when that is not after the first (a short election). */
    public Instant dayBefore() {
        Instant dayBefore = votingCloses.minus(LAST_REMINDER);
        return dayBefore.isAfter(halfway()) ? dayBefore : null;
    }

    public boolean nominationIsOpen(Instant now) {
        return !now.isBefore(nominationOpens) && now.isBefore(votingOpens);
    }
}
