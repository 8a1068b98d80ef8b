package org.openanolis.governance.election.web;

import org.openanolis.governance.election.ElectionReader;
import org.openanolis.governance.election.ElectionResult;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * The published result of a certified election, for anyone without signing in (DOMAIN.md "Published result"): the
 * count as JSON and every counted ballot as CSV, so that anyone can recount; nothing before certification.
 */
@RestController
@RequestMapping("/api/public/elections/{id}")
@RequiredArgsConstructor
class PublicElectionController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ElectionReader reader;

    @GetMapping("/result")
    ElectionResult result(@PathVariable String id) {
        return reader.result(id, false).orElseThrow(() -> notPublished(id));
    }

    @GetMapping("/ballots.csv")
    ResponseEntity<String> ballots(@PathVariable String id) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"ballots.csv\"")
                .body(reader.ballotsCsv(id).orElseThrow(() -> notPublished(id)));
    }

    private static NotFoundException notPublished(String id) {
        return new NotFoundException(Languages.text("error.election.no-result", id));
    }
}
