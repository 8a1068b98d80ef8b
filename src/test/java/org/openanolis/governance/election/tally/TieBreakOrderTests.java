package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The published tie-break order, checked against digests computed outside Java (sha256sum). */
class TieBreakOrderTests {

    @Test
    void theDigestIsTheSha256OfElectionSlashCandidate() {
        // printf 'e1/alice' | sha256sum
        assertThat(TieBreakOrder.digest("e1", "alice"))
                .isEqualTo("15fa24cee61db67532539a228d52c28deb30fa2044ea730c39f83317095924de");
    }

    @Test
    void candidatesAreSortedByTheirDigest() {
        // e1: alice 15fa24ce, carol 85a6830b, bob a7e3d2a7, dave f2e38e69; e2: dave 0b8bfd33, carol 5e947253,
        // alice 78950e12, bob b26e3ab0
        assertThat(TieBreakOrder.of("e1", List.of("alice", "bob", "carol", "dave")))
                .containsExactly("alice", "carol", "bob", "dave");
        assertThat(TieBreakOrder.of("e2", List.of("alice", "bob", "carol", "dave")))
                .containsExactly("dave", "carol", "alice", "bob");
    }
}
