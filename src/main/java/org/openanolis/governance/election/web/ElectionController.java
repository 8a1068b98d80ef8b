package org.openanolis.governance.election.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.openanolis.governance.election.BallotForm;
import org.openanolis.governance.election.Candidacy;
import org.openanolis.governance.election.CastBallot;
import org.openanolis.governance.election.Election;
import org.openanolis.governance.election.ElectionForm;
import org.openanolis.governance.election.ElectionOverview;
import org.openanolis.governance.election.ElectionReader;
import org.openanolis.governance.election.Elections;
import org.openanolis.governance.election.NominationForm;
import org.openanolis.governance.election.Nominations;
import org.openanolis.governance.election.VoterException;
import org.openanolis.governance.election.Voting;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * Elections in the API (README "Elections"). Signed-in people read them; an officer opens and cancels one; voters
 * nominate, endorse and cast ballots; candidates accept; anyone not on the roll may ask for an exception. The
 * officers' tasks are in the inbox (/api/tasks).
 */
@RestController
@RequestMapping("/api/elections")
@RequiredArgsConstructor
class ElectionController {

    private final Elections elections;
    private final Nominations nominations;
    private final Voting voting;
    private final ElectionReader reader;

    @PostMapping
    ResponseEntity<ElectionOverview> open(@RequestBody ElectionForm form, Principal principal) {
        Election election = elections.open(form, principal.getName());
        return ResponseEntity.created(URI.create("/api/elections/" + election.getId()))
                .body(reader.overview(election.getId(), principal.getName()));
    }

    @GetMapping
    Page<ElectionOverview> list(PageRequest page, Principal principal) {
        return elections.list(page).map(e -> reader.overview(e.getId(), principal.getName()));
    }

    @GetMapping("/{id}")
    ElectionOverview get(@PathVariable String id, Principal principal) {
        return reader.overview(id, principal.getName());
    }

    @PostMapping("/{id}/cancellation")
    ElectionOverview cancel(@PathVariable String id, @RequestBody(required = false) ReasonInput input,
                            Principal principal) {
        elections.cancel(id, principal.getName(), input == null ? null : input.reason());
        return reader.overview(id, principal.getName());
    }

    @PostMapping("/{id}/nominations")
    ResponseEntity<Candidacy> nominate(@PathVariable String id, @RequestBody NominationForm form, Principal principal) {
        Candidacy candidacy = nominations.nominate(id, form, principal.getName());
        return ResponseEntity.status(201).body(candidacy);
    }

    @PostMapping("/{id}/nominations/{candidate}/acceptance")
    Candidacy accept(@PathVariable String id, @PathVariable String candidate, Principal principal) {
        return nominations.accept(id, candidate, principal.getName());
    }

    @PostMapping("/{id}/nominations/{candidate}/endorsements")
    Candidacy endorse(@PathVariable String id, @PathVariable String candidate, Principal principal) {
        return nominations.endorse(id, candidate, principal.getName());
    }

    @PostMapping("/{id}/exceptions")
    ResponseEntity<VoterException> requestException(@PathVariable String id, @RequestBody ReasonInput input,
                                                    Principal principal) {
        return ResponseEntity.status(201).body(nominations.requestException(id, input.reason(), principal.getName()));
    }

    /** The officers read every request; anyone else their own. */
    @GetMapping("/{id}/exceptions")
    List<VoterException> exceptions(@PathVariable String id, Principal principal) {
        return nominations.exceptions(id, principal.getName());
    }

    /** Casts (or casts again) the caller's ballot; the receipt in the answer is shown this once. */
    @PostMapping("/{id}/ballots")
    ResponseEntity<CastBallot> cast(@PathVariable String id, @RequestBody BallotForm form, Principal principal) {
        return ResponseEntity.status(201).body(voting.cast(id, form, principal.getName()));
    }

    /** The Elekto export: to officers at any time, to anyone signed in once the result is certified. */
    @GetMapping("/{id}/elekto.zip")
    ResponseEntity<byte[]> elekto(@PathVariable String id, Principal principal) {
        byte[] zip = reader.elektoZip(id, principal.getName()).orElseThrow(() -> new ForbiddenException(
                Languages.text("error.election.elekto-not-yet")));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"elekto-" + id + ".zip\"").body(zip);
    }

    /** A reason: for a cancellation, or a request for an exception. */
    record ReasonInput(String reason) {
    }
}
