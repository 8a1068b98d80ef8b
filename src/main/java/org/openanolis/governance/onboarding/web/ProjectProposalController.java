package org.openanolis.governance.onboarding.web;

import java.net.URI;
import java.security.Principal;

import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/project-proposals")
@RequiredArgsConstructor
class ProjectProposalController {

    private final ProjectProposals proposals;
    private final Votes votes;
    private final Timeline timeline;

    @PostMapping
    ResponseEntity<ProjectProposalView> submit(@RequestBody ProjectProposalRequest request, Principal principal) {
        ProjectProposal p = proposals.submit(request.toForm(), principal.getName());
        return ResponseEntity.created(URI.create(ProjectCaseType.PROJECT_PROPOSAL.apiPath(p.getId())))
                .body(view(p, principal));
    }

    @GetMapping
    Page<ProjectProposalView> list(@RequestParam(required = false) ProjectProposalStatus status, PageRequest page,
                                   Principal principal) {
        return proposals.list(status, page).map(p -> view(p, principal));
    }

    @GetMapping("/{id}")
    ProjectProposalView get(@PathVariable String id, Principal principal) {
        return view(require(id), principal);
    }

    @PostMapping("/{id}/withdrawal")
    ProjectProposalView withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalRequest request,
                                 Principal principal) {
        require(id);
        return view(proposals.withdraw(id, principal.getName(), request == null ? null : request.reason()), principal);
    }

    private ProjectProposal require(String id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("No project proposal " + id));
    }

    private ProjectProposalView view(ProjectProposal p, Principal principal) {
        return ProjectProposalView.of(p, votes.views(ProjectProposal.CASE_TYPE, p.getId(), principal.getName()),
                timeline.of(ProjectProposal.CASE_TYPE, p.getId()));
    }
}
