package org.openanolis.governance.partner;

import java.util.LinkedHashSet;
import java.util.Set;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.vote.VoteCase;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Recusal for partner votes (DOMAIN.md, Process 3): members of the applying company and of the applicant's own
 * organization, and the applicant; for a revocation also whoever opened it (the proposer of that vote).
 */
@Component
@RequiredArgsConstructor
class PartnerVoteCases {

    private final People people;

    VoteCase of(String company, String applicant, String proposer) {
        Set<String> organizations = new LinkedHashSet<>();
        organizations.add(company);
        people.find(applicant).map(Person::organization).filter(o -> o != null && !o.isBlank())
                .ifPresent(organizations::add);
        Set<String> recusedPeople = new LinkedHashSet<>();
        recusedPeople.add(applicant);
        recusedPeople.add(proposer);
        return new VoteCase(company, proposer, recusedPeople, organizations);
    }
}
