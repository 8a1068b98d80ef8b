package org.openanolis.toy;

import java.time.Instant;

import org.openanolis.governance.cases.CaseRecord;

import lombok.Getter;

@Getter
class ToyDecision extends CaseRecord<ToyStatus> {

    private final String title;
    private final String motion;

    ToyDecision(String id, String title, String motion, String proposer, ToyStatus status, Instant submittedAt,
                Instant updatedAt, String processInstanceId) {
        super(ToyDecisionPlugin.TOY, id, proposer, status, submittedAt, updatedAt, processInstanceId);
        this.title = title;
        this.motion = motion;
    }

    @Override
    public String caseName() {
        return title;
    }

    @Override
    protected ToyStatus withdrawnStatus() {
        return ToyStatus.WITHDRAWN;
    }
}
