package org.openanolis.toy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.openanolis.governance.cases.CaseRecord;
import org.openanolis.governance.casetype.CaseType;

import lombok.Getter;

@Getter
class ToyDecision extends CaseRecord<ToyStatus> {

    private final String title;
    private final String motion;

    ToyDecision(String id, String title, String motion, String proposer, ToyStatus status, Instant submittedAt,
                Instant updatedAt, String processInstanceId) {
        super(id, proposer, status, submittedAt, updatedAt, processInstanceId);
        this.title = title;
        this.motion = motion;
    }

    @Override
    public CaseType caseType() {
        return ToyDecisionPlugin.TOY;
    }

    @Override
    public String caseName() {
        return title;
    }

    @Override
    public Map<String, Object> mailModel() {
        return new HashMap<>(Map.of("proposer", getProposer()));
    }

    @Override
    protected ToyStatus withdrawnStatus() {
        return ToyStatus.WITHDRAWN;
    }
}
