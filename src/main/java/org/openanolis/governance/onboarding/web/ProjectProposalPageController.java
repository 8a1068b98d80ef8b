package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.system.PortalController;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page of one project proposal, its diagram and its withdrawal; Process 2 has no revision loop. */
@PortalController
@RequestMapping("/project-proposals")
class ProjectProposalPageController extends CasePortal<ProjectProposal> {

    ProjectProposalPageController(CaseKind<ProjectProposal> kind, CasePageParts parts) {
        super(kind, parts, "case/project-proposal", "proposal");
    }
}
