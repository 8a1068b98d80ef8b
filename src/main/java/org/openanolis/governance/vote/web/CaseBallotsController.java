package org.openanolis.governance.vote.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.vote.BallotRequest;
import org.openanolis.governance.vote.Ballots;
import org.openanolis.governance.vote.CastBallot;
import org.openanolis.governance.vote.VoteCases;
import org.openanolis.governance.vote.Votes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * A committee member's ballot on any case the committee decides ({@code /api/sig-proposals/{id}/ballots},
 * {@code /api/project-proposals/...}, {@code /api/partner-applications/...}), and the ballot read back where the
 * {@code Location} of its creation points. Written once: each kind of case is found by its collection
 * ({@link CaseTypes}), and the case must exist ({@link VoteCases#describe}, the module's own "not found").
 */
@RestController
@RequestMapping("/api/{collection}/{caseId}/ballots")
@RequiredArgsConstructor
class CaseBallotsController {

    private final CaseTypes caseTypes;
    private final List<VoteCases> decided;
    private final Ballots ballots;
    private final Votes votes;

    @PostMapping
    ResponseEntity<CastBallot> cast(@PathVariable String collection, @PathVariable String caseId,
                                    @RequestBody BallotRequest request, Principal principal) {
        CaseType type = decidedKind(collection);
        CastBallot ballot;
        try {
            ballot = ballots.cast(type.key(), caseId, principal.getName(), request.vote(), request.reason());
        } catch (RuntimeException refused) {
            // A ballot on a case that does not exist is not found before it is anything else; the case is read
            // only then, so a ballot that counts never reads it.
            describe(type, caseId);
            throw refused;
        }
        return ResponseEntity.created(URI.create(type.apiPath(caseId) + "/ballots/" + ballot.member())).body(ballot);
    }

    /** The member's last ballot on the case, if the reader may see it (Votes' rules: members while open, all after). */
    @GetMapping("/{member}")
    CastBallot read(@PathVariable String collection, @PathVariable String caseId, @PathVariable String member,
                    Principal principal) {
        CaseType type = decidedCase(collection, caseId);
        return votes.views(type.key(), caseId, principal.getName()).stream()
                .filter(v -> v.ballots() != null).flatMap(v -> v.ballots().stream())
                .filter(b -> b.member().equals(member)).reduce((first, last) -> last)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.vote.no-ballot", member)));
    }

    /** The type of case the collection names, when the committee decides it and this case exists; else 404. */
    private CaseType decidedCase(String collection, String caseId) {
        CaseType type = decidedKind(collection);
        describe(type, caseId);
        return type;
    }

    /** The type of case the collection names, when the committee decides it; else 404. */
    private CaseType decidedKind(String collection) {
        return caseTypes.byCollection(collection)
                .filter(t -> decided.stream().anyMatch(d -> d.decides(t.key())))
                .orElseThrow(() -> new NotFoundException(Languages.text("error.vote.not-decided-by-committee")));
    }

    /** The case as the vote sees it: NotFoundException when there is no such case. */
    private void describe(CaseType type, String caseId) {
        decided.stream().filter(d -> d.decides(type.key())).findFirst().orElseThrow().describe(type.key(), caseId);
    }
}
