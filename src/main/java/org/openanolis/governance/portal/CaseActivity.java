package org.openanolis.governance.portal;

import java.util.List;

import org.openanolis.governance.task.TaskView;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

/**
 * What every case page shows besides the case's own facts, as one reader may see it.
 *
 * @param timeline who did what, when and why, oldest first; ballots of an open vote are left out for readers
 *                 who may not follow its count
 * @param votes    every committee vote of the case, the newest (the running one or the latest re-run) first
 * @param tasks    the reader's own open tasks on the case
 * @param diagram  where the case stands in its process, when it has one
 */
public record CaseActivity(List<TimelineEntry> timeline, List<VoteView> votes, List<TaskView> tasks,
                           CaseDiagram diagram) {
}
