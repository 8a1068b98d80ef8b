package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposalForm;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Project proposals in the API: the shared verbs of every case; a project proposal is never revised. */
@RestController
@RequestMapping("/api/project-proposals")
class ProjectProposalController
        extends CaseApi<ProjectProposal, ProjectProposalStatus, ProjectProposalForm, ProjectProposalView> {

    ProjectProposalController(CaseKind<ProjectProposal> kind, CaseApiParts parts, ProjectProposals proposals) {
        super(kind, parts, proposals, ProjectProposalView::of);
    }
}
