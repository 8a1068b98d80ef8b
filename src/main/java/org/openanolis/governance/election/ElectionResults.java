package org.openanolis.governance.election;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/** The count of each election, kept as JSON: private to the officers until certified, then public. */
@Repository
@RequiredArgsConstructor
class ElectionResults {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    void insert(ElectionResult result) {
        jdbc.sql("""
                        insert into election_result (election_id, counted_at, ballots, voters, tally)
                        values (:election, :at, :ballots, :voters, :tally)""")
                .param("election", result.electionId()).param("at", Timestamp.from(result.countedAt()))
                .param("ballots", result.ballots()).param("voters", result.voters()).param("tally", write(result))
                .update();
    }

    void certify(ElectionResult certified) {
        jdbc.sql("""
                        update election_result set tally = :tally, certified_by = :by, certified_at = :at
                        where election_id = :election""")
                .param("tally", write(certified)).param("by", certified.certifiedBy())
                .param("at", Timestamp.from(certified.certifiedAt())).param("election", certified.electionId())
                .update();
    }

    Optional<ElectionResult> find(String electionId) {
        return jdbc.sql("select tally from election_result where election_id = :election")
                .param("election", electionId).query(String.class).optional().map(this::read);
    }

    private String write(ElectionResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an election's result", e);
        }
    }

    private ElectionResult read(String tally) {
        try {
            return json.readValue(tally, ElectionResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an election's result", e);
        }
    }
}
