package org.openanolis.governance.sig.web;

import java.security.Principal;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SIG proposals in the API: the shared verbs of every case, and the proposer's revision. */
@RestController
@RequestMapping("/api/sig-proposals")
class SigProposalController extends CaseApi<SigProposal, SigStatus, SigProposalRequest, SigProposalView> {

    private final SigProposals proposals;

    SigProposalController(CaseKind<SigProposal> kind, CaseApiParts parts, SigProposals proposals) {
        super(kind, parts);
        this.proposals = proposals;
    }

    @PutMapping("/{id}")
    SigProposalView revise(@PathVariable String id, @RequestBody SigProposalRequest request, Principal principal) {
        return view(proposals.revise(id, request.toForm(), principal.getName()), principal);
    }

    @Override
    protected SigProposal submit(SigProposalRequest request, String proposer) {
        return proposals.submit(request.toForm(), proposer);
    }

    @Override
    protected Page<SigProposal> page(SigStatus status, PageRequest page) {
        return proposals.list(status, page);
    }

    @Override
    protected SigProposalView view(SigProposal p, CaseHistory history) {
        return SigProposalView.of(p, history);
    }
}
