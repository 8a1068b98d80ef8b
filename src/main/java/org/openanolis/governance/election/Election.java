package org.openanolis.governance.election;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;

/** An election of the steering committee, moved along by its process (bpmn/committee-election.bpmn). */
public class Election extends CaseRecord<ElectionStatus, ElectionCall> {

    public Election(CaseHeader<ElectionStatus> header, ElectionCall call) {
        super(ElectionCaseType.ELECTION, header, call);
    }

    void openNomination(Instant at) {
        move(Set.of(ElectionStatus.SCHEDULED), ElectionStatus.NOMINATING, at);
    }

    void openVoting(Instant at) {
        move(Set.of(ElectionStatus.NOMINATING), ElectionStatus.VOTING, at);
    }

    void fail(Instant at) {
        move(Set.of(ElectionStatus.NOMINATING), ElectionStatus.FAILED, at);
    }

    void count(Instant at) {
        move(Set.of(ElectionStatus.VOTING), ElectionStatus.COUNTED, at);
    }

    void certify(Instant at) {
        move(Set.of(ElectionStatus.COUNTED), ElectionStatus.CERTIFIED, at);
    }

    void annul(Instant at) {
        move(Set.of(ElectionStatus.COUNTED), ElectionStatus.ANNULLED, at);
    }

    void seat(Instant at) {
        move(Set.of(ElectionStatus.CERTIFIED), ElectionStatus.SEATED, at);
    }

    /** Until voting closes the officer who opened it may cancel it; a count is certified or annulled. */
    boolean isCancellable() {
        return getStatus().cancellable();
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("seats", getDetails().seats());
    }
}
