package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Project proposals in the API: the shared verbs of every case; a project proposal is never revised. */
@RestController
@RequestMapping("/api/project-proposals")
class ProjectProposalController
        extends CaseApi<ProjectProposal, ProjectProposalStatus, ProjectProposalRequest, ProjectProposalView> {

    private final ProjectProposals proposals;

    ProjectProposalController(CaseKind<ProjectProposal> kind, CaseApiParts parts, ProjectProposals proposals) {
        super(kind, parts);
        this.proposals = proposals;
    }

    @Override
    protected ProjectProposal submit(ProjectProposalRequest request, String proposer) {
        return proposals.submit(request.toForm(), proposer);
    }

    @Override
    protected Page<ProjectProposal> page(ProjectProposalStatus status, PageRequest page) {
        return proposals.list(status, page);
    }

    @Override
    protected ProjectProposalView view(ProjectProposal p, CaseHistory history) {
        return ProjectProposalView.of(p, history);
    }
}
