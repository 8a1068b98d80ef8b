package org.openanolis.governance.election;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** Nominations, acceptances and endorsements, each person by the key of their id (see {@link VoterRoll#key}). */
@Repository
@RequiredArgsConstructor
class Candidacies {

    private final JdbcClient jdbc;

    void nominate(String electionId, String candidate, String organization, String statement, String by, Instant at) {
        jdbc.sql("""
                        insert into election_candidate (election_id, person_key, person_id, organization, statement,
                            nominated_by, nominated_at)
                        values (:election, :key, :id, :organization, :statement, :by, :at)""")
                .param("election", electionId).param("key", VoterRoll.key(candidate)).param("id", candidate)
                .param("organization", organization).param("statement", statement).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    void accept(String electionId, String candidate, Instant at) {
        jdbc.sql("update election_candidate set accepted_at = :at where election_id = :election and person_key = :key")
                .param("at", Timestamp.from(at)).param("election", electionId).param("key", VoterRoll.key(candidate))
                .update();
    }

    void endorse(String electionId, String candidate, String endorser, String organization, Instant at) {
        jdbc.sql("""
                        insert into election_endorsement (election_id, candidate_key, endorser_key, endorser_id,
                            organization, endorsed_at)
                        values (:election, :candidate, :key, :id, :organization, :at)""")
                .param("election", electionId).param("candidate", VoterRoll.key(candidate))
                .param("key", VoterRoll.key(endorser)).param("id", endorser).param("organization", organization)
                .param("at", Timestamp.from(at)).update();
    }

    boolean endorsed(String electionId, String candidate, String endorser) {
        return jdbc.sql("""
                        select count(*) from election_endorsement
                        where election_id = :election and candidate_key = :candidate and endorser_key = :key""")
                .param("election", electionId).param("candidate", VoterRoll.key(candidate))
                .param("key", VoterRoll.key(endorser)).query(Integer.class).single() > 0;
    }

    Optional<Candidacy> find(String electionId, String candidate) {
        return all(electionId).stream().filter(c -> VoterRoll.key(c.person()).equals(VoterRoll.key(candidate)))
                .findFirst();
    }

    /** Every nomination of the election, the earliest first, with its endorsements. */
    List<Candidacy> all(String electionId) {
        Map<String, List<Candidacy.Endorsement>> endorsements = jdbc.sql("""
                        select candidate_key, endorser_id, organization, endorsed_at from election_endorsement
                        where election_id = :election order by endorsed_at, endorser_key""")
                .param("election", electionId)
                .query((rs, row) -> Map.entry(rs.getString("candidate_key"), new Candidacy.Endorsement(
                        rs.getString("endorser_id"), rs.getString("organization"),
                        rs.getTimestamp("endorsed_at").toInstant())))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from election_candidate where election_id = :election order by nominated_at, person_key")
                .param("election", electionId)
                .query((rs, row) -> {
                    Timestamp acceptedAt = rs.getTimestamp("accepted_at");
                    return new Candidacy(rs.getString("person_id"), rs.getString("organization"),
                            rs.getString("statement"), rs.getString("nominated_by"),
                            rs.getTimestamp("nominated_at").toInstant(),
                            acceptedAt == null ? null : acceptedAt.toInstant(),
                            endorsements.getOrDefault(rs.getString("person_key"), List.of()));
                }).list();
    }
}
