package org.openanolis.governance.sig;

import java.util.Map;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.VotedCase;

/** A proposal to retire a SIG: open for public comment, then decided by the committee's SUPER vote. */
public class SigRetirement extends VotedCase<RetirementProposal> {

    public SigRetirement(CaseHeader<DecisionStatus> header, RetirementProposal proposal) {
        super(SigCaseType.RETIREMENT, header, proposal);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("sig", getDetails().sig());
        if (getDetails().successorSig() != null) {
            model.put("successorSig", getDetails().successorSig());
        }
    }
}
