package org.openanolis.governance.election.elekto;

import java.time.Instant;
import java.util.List;

/** Elections for the export tests: the small golden one, and variations of it carrying hostile text. */
final class ElektoTestElections {

    private ElektoTestElections() {
    }

    static ElektoElection small() {
        return new ElektoElection("steering-2025", "2025 Steering Committee Election", "OpenAnolis",
                Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-15T12:00:00.750Z"), 2,
                List.of("alice", "bob"),
                "Chairs and tech leads of active SIGs, maintainers of projects, members of the committee.",
                "Not on the roll? Ask the officers: \"why\" in one line.", Instant.parse("2025-03-10T23:59:59Z"),
                List.of("carol", "dave", "王五"),
                List.of(new ElektoElection.Candidate("carol", "Carol Chen", "Alibaba",
                                "## Why me\n\nI care about SIGs -- all of them."),
                        new ElektoElection.Candidate("wang_wu", "王五", null, null)));
    }

    static ElektoElection with(String text) {
        ElektoElection e = small();
        return new ElektoElection(e.id(), text, text, e.votingOpens(), e.votingCloses(), e.seats(),
                List.of(text, "bob"), text, text, e.exceptionDue(), e.voters(), e.candidates());
    }

    static ElektoElection withVoters(List<String> voters) {
        ElektoElection e = small();
        return new ElektoElection(e.id(), e.title(), e.organization(), e.votingOpens(), e.votingCloses(), e.seats(),
                List.of(), e.eligibility(), e.exceptionDescription(), e.exceptionDue(), voters, e.candidates());
    }

    static ElektoElection withCandidates(List<ElektoElection.Candidate> candidates) {
        ElektoElection e = small();
        return new ElektoElection(e.id(), e.title(), e.organization(), e.votingOpens(), e.votingCloses(), e.seats(),
                e.officers(), e.eligibility(), e.exceptionDescription(), e.exceptionDue(), e.voters(), candidates);
    }

    static ElektoElection withId(String id) {
        ElektoElection e = small();
        return new ElektoElection(id, e.title(), e.organization(), e.votingOpens(), e.votingCloses(), e.seats(),
                e.officers(), e.eligibility(), e.exceptionDescription(), e.exceptionDue(), e.voters(), e.candidates());
    }
}
