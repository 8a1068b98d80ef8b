package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openanolis.governance.election.tally.SchulzeCountTests.ranking;

import java.util.List;

import org.junit.jupiter.api.Test;

class BallotsCsvTests {

    @Test
    void writesOneLinePerBallotSortedByReceiptHashWithEachCandidatesRank() {
        String csv = BallotsCsv.write(List.of("alice", "bob", "carol"), List.of(
                new CountedBallot("ff01", ranking("bob>alice=carol")), new CountedBallot("0a02", ranking("carol"))));

        assertThat(csv).isEqualTo("receipt_hash,alice,bob,carol\r\n0a02,,,1\r\nff01,2,1,2\r\n");
    }

    @Test
    void readsBackWhatItWrote() {
        List<CountedBallot> ballots = List.of(new CountedBallot("0a02", ranking("carol")),
                new CountedBallot("ff01", ranking("bob>alice=carol")), new CountedBallot("ff02", new Ranking(List.of())));
        List<String> candidates = List.of("alice", "bob,\"the\" builder", "carol");

        BallotsCsv.Parsed parsed = BallotsCsv.read(BallotsCsv.write(candidates, List.of(
                new CountedBallot("0a02", ranking("carol")),
                new CountedBallot("ff01", ranking("bob,\"the\" builder>alice=carol")),
                new CountedBallot("ff02", new Ranking(List.of())))));

        assertThat(parsed.candidateIds()).isEqualTo(candidates);
        assertThat(parsed.ballots()).hasSize(ballots.size());
        assertThat(parsed.ballots().get(1).ranking()).isEqualTo(ranking("bob,\"the\" builder>alice=carol"));
        assertThat(parsed.ballots().get(2).ranking().groups()).isEmpty();
    }

    @Test
    void refusesMalformedLinesNamingThem() {
        assertThatThrownBy(() -> BallotsCsv.read("hash,alice\r\n")).hasMessageContaining("Line 1");
        assertThatThrownBy(() -> BallotsCsv.read("receipt_hash,alice\r\n0a,1,2\r\n")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> BallotsCsv.read("receipt_hash,alice\r\n0a,x\r\n")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> BallotsCsv.read("receipt_hash,alice\r\n0a,\"1\r\n")).hasMessageContaining("quoted");
    }
}
