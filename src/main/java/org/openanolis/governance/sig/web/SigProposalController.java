package org.openanolis.governance.sig.web;

import java.net.URI;
import java.security.Principal;

import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/sig-proposals")
@RequiredArgsConstructor
class SigProposalController {

    private final SigProposals proposals;
    private final Votes votes;
    private final Timeline timeline;

    @PostMapping
    ResponseEntity<SigProposalView> submit(@RequestBody SigProposalRequest request, Principal principal) {
        SigProposal p = proposals.submit(request.toForm(), principal.getName());
        return ResponseEntity.created(URI.create(SigCaseType.SIG_PROPOSAL.apiPath(p.getId()))).body(view(p, principal));
    }

    @GetMapping
    Page<SigProposalView> list(@RequestParam(required = false) SigStatus status, PageRequest page,
                               Principal principal) {
        return proposals.list(status, page).map(p -> view(p, principal));
    }

    @GetMapping("/{id}")
    SigProposalView get(@PathVariable String id, Principal principal) {
        return view(require(id), principal);
    }

    @PutMapping("/{id}")
    SigProposalView revise(@PathVariable String id, @RequestBody SigProposalRequest request, Principal principal) {
        require(id);
        return view(proposals.revise(id, request.toForm(), principal.getName()), principal);
    }

    @PostMapping("/{id}/withdrawal")
    SigProposalView withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalRequest request,
                             Principal principal) {
        require(id);
        return view(proposals.withdraw(id, principal.getName(), request == null ? null : request.reason()), principal);
    }

    private SigProposal require(String id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("No SIG proposal " + id));
    }

    private SigProposalView view(SigProposal p, Principal principal) {
        return SigProposalView.of(p, votes.views(SigProposal.CASE_TYPE, p.getId(), principal.getName()),
                timeline.of(SigProposal.CASE_TYPE, p.getId()));
    }
}
