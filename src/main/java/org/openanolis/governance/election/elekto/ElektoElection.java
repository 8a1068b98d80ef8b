package org.openanolis.governance.election.elekto;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an Elekto export needs of one of our elections. Instants are UTC. Every string is user data and is written
 * escaped; {@code organization}, {@code eligibility}, {@code exceptionDescription} and {@code exceptionDue} may be
 * null (left out of election.yaml; Elekto then takes the exception deadline to be the opening of the vote).
 */
public record ElektoElection(String id, String title, String organization, Instant votingOpens, Instant votingCloses,
                             int seats, List<String> officers, String eligibility, String exceptionDescription,
                             Instant exceptionDue, List<String> voters, List<Candidate> candidates) {

    public ElektoElection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(votingOpens, "votingOpens");
        Objects.requireNonNull(votingCloses, "votingCloses");
        officers = List.copyOf(officers);
        voters = List.copyOf(voters);
        candidates = List.copyOf(candidates);
    }

    /** A candidate: our id, display name, organization (may be null) and Markdown statement (may be null). */
    public record Candidate(String id, String name, String organization, String statement) {

        public Candidate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
