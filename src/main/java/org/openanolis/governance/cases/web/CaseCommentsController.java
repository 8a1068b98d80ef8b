package org.openanolis.governance.cases.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.openanolis.governance.cases.CaseComment;
import org.openanolis.governance.cases.CaseComments;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseKinds;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * Public comments on any kind of case (API.md "Life after entry"): {@code POST} while the case is in its comment
 * period (201; 409 outside it), {@code GET} for everyone signed in at any time. The collection must name a kind of
 * case and the case must exist, else 404.
 */
@RestController
@RequestMapping("/api/{collection}/{caseId}/comments")
@RequiredArgsConstructor
class CaseCommentsController {

    private final CaseTypes types;
    private final CaseKinds kinds;
    private final CaseComments comments;

    @PostMapping
    ResponseEntity<CaseComment> add(@PathVariable String collection, @PathVariable String caseId,
                                    @RequestBody CommentRequest request, Principal principal) {
        CaseKind<?> kind = kindOf(collection);
        CaseComment comment = comments.add(kind, caseId, principal.getName(), request.text());
        return ResponseEntity.created(URI.create(kind.type().apiPath(caseId) + "/comments")).body(comment);
    }

    @GetMapping
    List<CaseComment> list(@PathVariable String collection, @PathVariable String caseId) {
        CaseKind<?> kind = kindOf(collection);
        kind.find(caseId);
        return comments.of(kind.type().key(), caseId);
    }

    private CaseKind<?> kindOf(String collection) {
        return types.byCollection(collection).flatMap(type -> kinds.byKey(type.key()))
                .orElseThrow(() -> new NotFoundException(Languages.text("error.case.no-comments-here")));
    }
}
