package org.openanolis.governance.election;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** Each election's dates, tie-break order and the two keys its ballots are hashed with (see {@link BallotBox}). */
@Repository
@RequiredArgsConstructor
class ElectionSchedules {

    private final JdbcClient jdbc;
    private final JsonLists json;

    void insert(String electionId, ElectionSchedule schedule, BallotKeys keys) {
        jdbc.sql("""
                        insert into election_schedule (election_id, nomination_opens, voting_opens, voting_closes,
                            term_starts, ballot_key, participation_key)
                        values (:id, :nominationOpens, :votingOpens, :votingCloses, :termStarts, :ballotKey,
                            :participationKey)""")
                .param("id", electionId).param("nominationOpens", Timestamp.from(schedule.nominationOpens()))
                .param("votingOpens", Timestamp.from(schedule.votingOpens()))
                .param("votingCloses", Timestamp.from(schedule.votingCloses()))
                .param("termStarts", Timestamp.from(schedule.termStarts()))
                .param("ballotKey", keys.ballotKey()).param("participationKey", keys.participationKey()).update();
    }

    Optional<ElectionSchedule> find(String electionId) {
        return jdbc.sql("select * from election_schedule where election_id = :id").param("id", electionId)
                .query((rs, row) -> read(rs)).optional();
    }

    ElectionSchedule of(String electionId) {
        return find(electionId).orElseThrow(() -> new IllegalStateException("No schedule for election " + electionId));
    }

    BallotKeys keys(String electionId) {
        return jdbc.sql("select ballot_key, participation_key from election_schedule where election_id = :id")
                .param("id", electionId)
                .query((rs, row) -> new BallotKeys(rs.getString("ballot_key"), rs.getString("participation_key")))
                .single();
    }

    void fixTieBreakOrder(String electionId, List<String> order) {
        jdbc.sql("update election_schedule set tie_break_order = :order where election_id = :id")
                .param("order", json.write(order)).param("id", electionId).update();
    }

    private ElectionSchedule read(ResultSet rs) throws SQLException {
        String order = rs.getString("tie_break_order");
        return new ElectionSchedule(rs.getTimestamp("nomination_opens").toInstant(),
                rs.getTimestamp("voting_opens").toInstant(), rs.getTimestamp("voting_closes").toInstant(),
                rs.getTimestamp("term_starts").toInstant(), order == null ? List.of() : json.read(order, String.class));
    }
}
