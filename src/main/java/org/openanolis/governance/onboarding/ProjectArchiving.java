package org.openanolis.governance.onboarding;

import java.util.Map;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.cases.VotedCase;

/** A proposal to archive a project: open for public comment, then decided by the committee's SUPER vote. */
public class ProjectArchiving extends VotedCase<ArchivingProposal> {

    public ProjectArchiving(CaseHeader<DecisionStatus> header, ArchivingProposal proposal) {
        super(ProjectCaseType.ARCHIVING, header, proposal);
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("project", getDetails().project());
    }
}
