package org.openanolis.toy;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;

/** A toy case: its motion is its form as proposed, and the mechanism moves it. */
class ToyDecision extends CaseRecord<ToyStatus, ToyForm> {

    ToyDecision(CaseHeader<ToyStatus> header, ToyForm motion) {
        super(ToyDecisionPlugin.TOY, header, motion);
    }
}
