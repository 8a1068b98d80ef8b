package org.openanolis.governance.committee.web;

import org.openanolis.governance.committee.Committee;
import org.openanolis.governance.committee.CommitteeMembership;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/** The steering committee in the API: its members, the start of their terms, and its emeritus members. */
@RestController
@RequiredArgsConstructor
class CommitteeController {

    private final CommitteeMembership membership;

    @GetMapping("/api/committee")
    Committee committee() {
        return membership.committee();
    }
}
