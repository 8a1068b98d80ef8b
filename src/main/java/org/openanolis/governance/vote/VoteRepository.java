package org.openanolis.governance.vote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/** Votes and their ballots in the domain tables; ballots are inserted, never updated or deleted. */
@Repository
@RequiredArgsConstructor
class VoteRepository {

    private final JdbcClient jdbc;
    private final JsonLists json;

    void insert(Vote v) {
        jdbc.sql("""
                insert into vote (id, case_type, case_id, case_name, round, threshold, members, eligible, recused,
                  electorate, quorum, opens_at, min_open_at, closes_at, original_closes_at, extended, status,
                  ballots_cast, process_instance_id, proposer)
                values (:id, :caseType, :caseId, :caseName, :round, :threshold, :members, :eligible, :recused,
                  :electorate, :quorum, :opensAt, :minOpenAt, :closesAt, :originalClosesAt, false, 'OPEN', 0, :pid,
                  :proposer)""")
                .param("id", v.id()).param("caseType", v.caseType()).param("caseId", v.caseId())
                .param("caseName", v.caseName()).param("round", v.round()).param("threshold", v.threshold().name())
                .param("members", json.write(v.members())).param("eligible", json.write(v.eligible()))
                .param("recused", json.write(v.recused())).param("electorate", v.electorate())
                .param("quorum", v.quorum()).param("opensAt", ts(v.opensAt())).param("minOpenAt", ts(v.minOpenAt()))
                .param("closesAt", ts(v.closesAt())).param("originalClosesAt", ts(v.originalClosesAt()))
                .param("pid", v.processInstanceId()).param("proposer", v.proposer())
                .update();
    }

    Optional<Vote> find(String id) {
        return jdbc.sql("select * from vote where id = :id").param("id", id).query(this::toVote).optional();
    }

    /** Every vote still open, the one closing first first. */
    List<Vote> open() {
        return jdbc.sql("select * from vote where status = 'OPEN' order by closes_at, id").query(this::toVote).list();
    }

    /** Every vote of a case, oldest round first. */
    List<Vote> ofCase(String caseType, String caseId) {
        return jdbc.sql("select * from vote where case_type = :t and case_id = :c order by round")
                .param("t", caseType).param("c", caseId).query(this::toVote).list();
    }

    int nextRound(String caseType, String caseId) {
        return jdbc.sql("select coalesce(max(round), 0) + 1 from vote where case_type = :t and case_id = :c")
                .param("t", caseType).param("c", caseId).query(Integer.class).single();
    }

    /**
     * Reads and row-locks the case's latest vote, open or not, for a ballot: concurrent ballots on one vote queue
     * here instead of colliding inside the engine, and what is read stays true until the transaction ends.
     */
    Optional<Vote> lockLatestOf(String caseType, String caseId) {
        return jdbc.sql("""
                        select * from vote where case_type = :t and case_id = :c
                          and round = (select max(round) from vote where case_type = :t and case_id = :c)
                        for update""")
                .param("t", caseType).param("c", caseId).query(this::toVote).optional();
    }

    /** Reads and row-locks one vote, for closing it. */
    Optional<Vote> lock(String voteId) {
        return jdbc.sql("select * from vote where id = :id for update").param("id", voteId).query(this::toVote)
                .optional();
    }

    /** Counts a ballot on the vote (the metric governance.ballots.cast). */
    void countBallot(String voteId) {
        jdbc.sql("update vote set ballots_cast = ballots_cast + 1 where id = :id").param("id", voteId).update();
    }

    /** Row-locks the case's open vote, if any, in the order ballots take their locks: vote first, then case. */
    void lockOpenVoteOf(String caseType, String caseId) {
        jdbc.sql("select id from vote where case_type = :t and case_id = :c and status = 'OPEN' for update")
                .param("t", caseType).param("c", caseId).query(String.class).list();
    }

    boolean hasBallot(String voteId, String member) {
        return jdbc.sql("select count(*) from ballot where vote_id = :v and member = :m")
                .param("v", voteId).param("m", member).query(Integer.class).single() > 0;
    }

    void insertBallot(String id, String voteId, CastBallot b) {
        jdbc.sql("""
                insert into ballot (id, vote_id, member, choice, reason, cast_at)
                values (:id, :voteId, :member, :choice, :reason, :castAt)""")
                .param("id", id).param("voteId", voteId).param("member", b.member())
                .param("choice", b.vote().name()).param("reason", b.reason()).param("castAt", ts(b.castAt()))
                .update();
    }

    List<CastBallot> ballots(String voteId) {
        return jdbc.sql("select member, choice, reason, cast_at from ballot where vote_id = :v order by cast_at, member")
                .param("v", voteId)
                .query((rs, n) -> new CastBallot(rs.getString("member"), BallotChoice.valueOf(rs.getString("choice")),
                        rs.getString("reason"), rs.getTimestamp("cast_at").toInstant()))
                .list();
    }

    void extend(String voteId, Instant newClosesAt) {
        jdbc.sql("update vote set closes_at = :c, extended = true where id = :id")
                .param("c", ts(newClosesAt)).param("id", voteId).update();
    }

    /** Closes an open vote; false when it was already closed (by a racing transaction). */
    boolean close(String voteId, VoteOutcome outcome, Instant at) {
        return jdbc.sql("update vote set status = 'CLOSED', outcome = :o, closed_at = :at where id = :id and status = 'OPEN'")
                .param("o", outcome.name()).param("at", ts(at)).param("id", voteId).update() == 1;
    }

    private Vote toVote(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Vote(rs.getString("id"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("case_name"), rs.getInt("round"), Threshold.valueOf(rs.getString("threshold")),
                json.read(rs.getString("members")), json.read(rs.getString("eligible")),
                json.read(rs.getString("recused")), rs.getInt("electorate"), rs.getInt("quorum"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("min_open_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getTimestamp("original_closes_at").toInstant(),
                rs.getBoolean("extended"), VoteStatus.valueOf(rs.getString("status")),
                outcome == null ? null : VoteOutcome.valueOf(outcome), closedAt == null ? null : closedAt.toInstant(),
                rs.getString("process_instance_id"), rs.getString("proposer"));
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
