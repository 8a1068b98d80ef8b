package org.openanolis.governance.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.VoteView;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * Gathers the parts every case page shares. Who may see a vote's count is decided by {@link Votes#views}, the
 * same rule as the API's, never here.
 */
@Service
@RequiredArgsConstructor
public class CasePages {

    private final Votes votes;
    private final Timeline timeline;
    private final Inbox inbox;
    private final CaseDiagrams diagrams;

    /**
     * The timeline, votes, the reader's tasks and the diagram of a case.
     *
     * @param voteCaseType      the case type its votes and timeline are kept under
     * @param processInstanceId the case's own process, or null when it has none
     */
    public CaseActivity activity(String voteCaseType, String caseId, String processInstanceId, String reader) {
        List<VoteView> views = votes.views(voteCaseType, caseId, reader);
        List<VoteView> newestFirst = new ArrayList<>(views);
        Collections.reverse(newestFirst);
        return new CaseActivity(
                Votes.withoutPrivateBallots(timeline.of(voteCaseType, caseId), views),
                List.copyOf(newestFirst),
                inbox.openTasksOf(reader).stream().filter(t -> caseId.equals(t.caseId())).toList(),
                diagrams.of(processInstanceId).orElse(null));
    }
}
