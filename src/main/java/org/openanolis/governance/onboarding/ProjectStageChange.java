package org.openanolis.governance.onboarding;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;

/**
 * A proposal to move a project to its next stage. Its state changes only through the methods below, each of which
 * refuses a move that project-stage-change.bpmn does not make; the vote's moves are its case kind's.
 */
public class ProjectStageChange extends CaseRecord<StageChangeStatus, StageChangeProposal> {

    public ProjectStageChange(CaseHeader<StageChangeStatus> header, StageChangeProposal proposal) {
        super(ProjectCaseType.STAGE_CHANGE, header, proposal);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("project", getDetails().project());
        model.put("targetStage", getDetails().targetStage().name());
    }

    void endorse(Instant at) {
        move(Set.of(StageChangeStatus.SIG_ENDORSEMENT), StageChangeStatus.DUE_DILIGENCE, at);
    }

    /** The sponsoring SIG (or the chair in its place) declined, or due diligence rejected the evidence. */
    void reject(Instant at) {
        move(Set.of(StageChangeStatus.SIG_ENDORSEMENT, StageChangeStatus.DUE_DILIGENCE), StageChangeStatus.REJECTED, at);
    }

    void requestChanges(Instant at) {
        move(Set.of(StageChangeStatus.DUE_DILIGENCE), StageChangeStatus.CHANGES_REQUESTED, at);
    }

    /** The revised evidence goes back to due diligence; the SIG's endorsement stands. */
    void revise(StageChangeProposal revised, Instant at) {
        revise(Set.of(StageChangeStatus.CHANGES_REQUESTED), StageChangeStatus.DUE_DILIGENCE, revised, at);
    }

    void openForComment(Instant at) {
        move(Set.of(StageChangeStatus.DUE_DILIGENCE), StageChangeStatus.COMMENT_PERIOD, at);
    }

    /** The proposer never revised, or the chair closed the vote without a decision. */
    void expire(Instant at) {
        move(Set.of(StageChangeStatus.CHANGES_REQUESTED, StageChangeStatus.VOTING, StageChangeStatus.NO_QUORUM),
                StageChangeStatus.EXPIRED, at);
    }
}
