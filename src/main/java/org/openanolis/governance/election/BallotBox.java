package org.openanolis.governance.election;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * The secret ballots (DOMAIN.md "Elections"). A ballot is a row of its own, not an engine task: it holds the
 * ranking and the keyed hash of its receipt, nothing of its voter and nothing of when it was cast. That the voter
 * voted is a separate row holding another keyed hash of the same receipt. Casting again takes the receipt of the
 * ballot it replaces: its participation hash proves it is the voter's own, its ballot hash finds the ballot, and a
 * new receipt names the new one. Nothing is logged here.
 *
 * <p>A ballot is cast under the lock of its voter's row on the roll, so two casts of one voter never interleave;
 * the close locks the whole roll, so it waits for the ballots being cast and none slips in after it.
 */
@Repository
@RequiredArgsConstructor
class BallotBox {

    private final JdbcClient jdbc;
    private final VoterRoll roll;
    private final ElectionSchedules schedules;
    private final ElectionRepository elections;
    private final ObjectMapper json;
    private final Clock clock;

    /** A counted ballot as it is published: the hash of its receipt and its ranking. */
    record StoredBallot(String receiptHash, List<Set<String>> ranking) {
    }

    /** Casts the voter's ballot in the caller's transaction; answers the receipt, which is shown once. */
    Receipt cast(String electionId, String voter, List<Set<String>> ranking, String previousReceipt) {
        if (roll.lock(electionId, voter).isEmpty()) {
            throw new ForbiddenException(Languages.text("error.election.not-a-voter"));
        }
        Election election = elections.find(electionId).orElseThrow();
        if (election.getStatus() != ElectionStatus.VOTING
                || !clock.instant().isBefore(schedules.of(electionId).votingCloses())) {
            throw new ConflictException(Languages.text("error.election.not-voting"));
        }
        BallotKeys keys = schedules.keys(electionId);
        Optional<String> check = participationCheck(electionId, voter);
        if (check.isPresent()) {
            Receipt previous = Receipt.typed(previousReceipt).orElseThrow(() -> new ConflictException(
                    Languages.text("error.election.voted-already"), List.of(FieldProblem.of("receipt", "receipt-needed"))));
            if (!keys.participationCheck(previous).equals(check.get())) {
                throw new ConflictException(Languages.text("error.election.voted-already"),
                        List.of(FieldProblem.of("receipt", "receipt-not-yours")));
            }
            jdbc.sql("delete from election_ballot where election_id = :election and receipt_hash = :hash")
                    .param("election", electionId).param("hash", keys.ballotHash(previous)).update();
        }
        Receipt receipt = Receipt.fresh();
        jdbc.sql("insert into election_ballot (election_id, receipt_hash, ranking) values (:election, :hash, :ranking)")
                .param("election", electionId).param("hash", keys.ballotHash(receipt)).param("ranking", write(ranking))
                .update();
        int updated = jdbc.sql("""
                        update election_participation set receipt_check = :check
                        where election_id = :election and person_key = :key""")
                .param("check", keys.participationCheck(receipt)).param("election", electionId)
                .param("key", VoterRoll.key(voter)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into election_participation (election_id, person_key, receipt_check)
                            values (:election, :key, :check)""")
                    .param("election", electionId).param("key", VoterRoll.key(voter))
                    .param("check", keys.participationCheck(receipt)).update();
        }
        return receipt;
    }

    boolean hasVoted(String electionId, String voter) {
        return participationCheck(electionId, voter).isPresent();
    }

    /** Who on the roll has not voted yet, for the reminders. */
    List<String> notVoted(String electionId) {
        return jdbc.sql("""
                        select v.person_id from election_voter v
                        where v.election_id = :election and not exists (select 1 from election_participation p
                            where p.election_id = v.election_id and p.person_key = v.person_key)
                        order by v.person_key""")
                .param("election", electionId).query(String.class).list();
    }

    int participants(String electionId) {
        return jdbc.sql("select count(*) from election_participation where election_id = :election")
                .param("election", electionId).query(Integer.class).single();
    }

    /** Every ballot, by its receipt hash: the order they are kept in says nothing of when they were cast. */
    List<StoredBallot> all(String electionId) {
        return jdbc.sql("select receipt_hash, ranking from election_ballot where election_id = :election"
                        + " order by receipt_hash")
                .param("election", electionId)
                .query((rs, row) -> new StoredBallot(rs.getString("receipt_hash"), read(rs.getString("ranking"))))
                .list();
    }

    private Optional<String> participationCheck(String electionId, String voter) {
        return jdbc.sql("""
                        select receipt_check from election_participation
                        where election_id = :election and person_key = :key""")
                .param("election", electionId).param("key", VoterRoll.key(voter)).query(String.class).optional();
    }

    private String write(List<Set<String>> ranking) {
        try {
            return json.writeValueAsString(ranking);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a ranking", e);
        }
    }

    private List<Set<String>> read(String ranking) {
        try {
            return json.readValue(ranking, new TypeReference<List<Set<String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a ranking", e);
        }
    }
}
