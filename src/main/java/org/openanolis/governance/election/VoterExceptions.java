package org.openanolis.governance.election;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** The requests for an exception to the voter roll, and what the officers answered. */
@Repository
@RequiredArgsConstructor
class VoterExceptions {

    private final JdbcClient jdbc;

    void insert(VoterException request) {
        jdbc.sql("""
                        insert into election_exception (id, election_id, person_id, reason, status, requested_at)
                        values (:id, :election, :person, :reason, :status, :at)""")
                .param("id", request.id()).param("election", request.electionId()).param("person", request.person())
                .param("reason", request.reason()).param("status", request.status())
                .param("at", Timestamp.from(request.requestedAt())).update();
    }

    /** The request, its row locked, while it is still REQUESTED. */
    Optional<VoterException> lockRequested(String id) {
        return jdbc.sql("select * from election_exception where id = :id and status = 'REQUESTED' for update")
                .param("id", id).query((rs, row) -> read(rs)).optional();
    }

    void answer(String id, String status, String by, Instant at, String answer) {
        jdbc.sql("""
                        update election_exception set status = :status, decided_by = :by, decided_at = :at,
                            answer = :answer where id = :id""")
                .param("status", status).param("by", by).param("at", at == null ? null : Timestamp.from(at))
                .param("answer", answer).param("id", id).update();
    }

    boolean pendingFor(String electionId, String person) {
        return jdbc.sql("""
                        select count(*) from election_exception
                        where election_id = :election and lower(person_id) = :key and status = 'REQUESTED'""")
                .param("election", electionId).param("key", VoterRoll.key(person)).query(Integer.class).single() > 0;
    }

    List<VoterException> of(String electionId) {
        return jdbc.sql("select * from election_exception where election_id = :election order by requested_at, id")
                .param("election", electionId).query((rs, row) -> read(rs)).list();
    }

    private static VoterException read(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new VoterException(rs.getString("id"), rs.getString("election_id"), rs.getString("person_id"),
                rs.getString("reason"), rs.getString("status"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("answer"));
    }
}
