package org.openanolis.governance.sig.web;

import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.Page;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Ballots;
import org.openanolis.governance.vote.CastBallot;
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
    private final Ballots ballots;
    private final Timeline timeline;

    @PostMapping
    ResponseEntity<SigProposalView> submit(@RequestBody SigProposalRequest request, Principal principal) {
        SigProposal p = proposals.submit(request.toForm(), principal.getName());
        return ResponseEntity.created(URI.create("/api/sig-proposals/" + p.getId())).body(view(p, principal));
    }

    @GetMapping
    Page<SigProposalView> list(@RequestParam(required = false) SigStatus status, PageRequest page, Principal principal) {
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

    @PostMapping("/{id}/ballots")
    ResponseEntity<CastBallot> vote(@PathVariable String id, @RequestBody BallotRequest request, Principal principal) {
        require(id);
        CastBallot ballot = ballots.cast(SigProposal.CASE_TYPE, id, principal.getName(), request.vote(), request.reason());
        return ResponseEntity.created(URI.create("/api/sig-proposals/" + id + "/ballots/" + ballot.member())).body(ballot);
    }

    @GetMapping("/{id}/ballots/{member}")
    CastBallot ballot(@PathVariable String id, @PathVariable String member, Principal principal) {
        require(id);
        return votes.views(SigProposal.CASE_TYPE, id, principal.getName()).stream()
                .filter(v -> v.ballots() != null).flatMap(v -> v.ballots().stream())
                .filter(b -> b.member().equals(member)).reduce((first, last) -> last)
                .orElseThrow(() -> new NotFoundException("No ballot of " + member + " that you may see"));
    }

    private SigProposal require(String id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("No SIG proposal " + id));
    }

    private SigProposalView view(SigProposal p, Principal principal) {
        return SigProposalView.of(p, votes.views(SigProposal.CASE_TYPE, p.getId(), principal.getName()),
                timeline.of(SigProposal.CASE_TYPE, p.getId()));
    }
}
