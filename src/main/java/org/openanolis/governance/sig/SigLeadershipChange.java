package org.openanolis.governance.sig;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.VotedCase;

/** A proposal to change who leads a SIG; the committee's SIMPLE vote moves it. */
public class SigLeadershipChange extends VotedCase<LeadershipChange> {

    public SigLeadershipChange(CaseHeader<DecisionStatus> header, LeadershipChange change) {
        super(SigCaseType.LEADERSHIP_CHANGE, header, change);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        LeadershipChange change = getDetails();
        model.put("sig", change.sig());
        model.put("addChairs", change.addChairs());
        model.put("removeChairs", change.removeChairs());
        model.put("addTechLeads", change.addTechLeads());
        model.put("removeTechLeads", change.removeTechLeads());
    }

    /** The vote recuses the proposer and everyone the change adds or removes. */
    public Set<String> involvedPeople() {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(getProposer());
        involved.addAll(getDetails().peopleConcerned());
        return involved;
    }
}
