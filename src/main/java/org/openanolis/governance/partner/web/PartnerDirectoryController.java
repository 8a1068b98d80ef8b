package org.openanolis.governance.partner.web;

import java.net.URI;
import java.security.Principal;

import org.openanolis.governance.partner.Partner;
import org.openanolis.governance.partner.PartnerCaseTypes;
import org.openanolis.governance.partner.PartnerDirectory;
import org.openanolis.governance.partner.PartnerStatus;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.vote.BallotRequest;
import org.openanolis.governance.vote.Ballots;
import org.openanolis.governance.vote.CastBallot;
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
@RequestMapping("/api/partners")
@RequiredArgsConstructor
class PartnerDirectoryController {

    private final PartnerDirectory directory;
    private final Votes votes;
    private final Ballots ballots;

    /** LISTED partners, unless {@code ?status=} asks for others. */
    @GetMapping
    Page<PartnerView> list(@RequestParam(required = false) PartnerStatus status, PageRequest page,
                           Principal principal) {
        return directory.list(status, page).map(p -> view(p, principal));
    }

    @GetMapping("/{id}")
    PartnerView get(@PathVariable String id, Principal principal) {
        return view(require(id), principal);
    }

    /** Opens a revocation and its SUPER vote: 201, the partner with its {@code revocation}. */
    @PostMapping("/{id}/revocation")
    ResponseEntity<PartnerView> revoke(@PathVariable String id, @RequestBody(required = false) ReasonRequest request,
                                       Principal principal) {
        require(id);
        Partner p = directory.requestRevocation(id, principal.getName(), request == null ? null : request.reason());
        return ResponseEntity.created(URI.create(PartnerCaseTypes.PARTNER_REVOCATION.apiPath(id)))
                .body(view(p, principal));
    }

    /** A committee member's ballot on the open revocation (the same as completing the ballot task). */
    @PostMapping("/{id}/revocation/ballots")
    ResponseEntity<CastBallot> vote(@PathVariable String id, @RequestBody BallotRequest request, Principal principal) {
        require(id);
        CastBallot ballot = ballots.cast(Partner.CASE_TYPE, id, principal.getName(), request.vote(), request.reason());
        return ResponseEntity.created(URI.create(PartnerCaseTypes.PARTNER_REVOCATION.apiPath(id) + "/ballots/"
                + ballot.member())).body(ballot);
    }

    private Partner require(String id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException(Languages.text("error.partner.none", id)));
    }

    private PartnerView view(Partner p, Principal principal) {
        return PartnerView.of(p, votes.views(Partner.CASE_TYPE, p.getId(), principal.getName()));
    }
}
