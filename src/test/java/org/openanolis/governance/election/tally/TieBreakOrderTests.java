package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The published order, checked against digests computed outside the class (sha256sum, and MessageDigest here). */
class TieBreakOrderTests {

    private static final String ELECTION = "steering-2025";

    @Test
    void theDigestIsTheHexSha256OfElectionSlashCandidate() throws Exception {
        // printf '%s' 'steering-2025/alice' | sha256sum
        assertThat(TieBreakOrder.digest(ELECTION, "alice"))
                .isEqualTo("3e41175591507feb4589bc10fbe79e266a8b4827a1b91b8d51a8109e93134fda");
        byte[] byHand = MessageDigest.getInstance("SHA-256")
                .digest("steering-2025/bob".getBytes(StandardCharsets.UTF_8));
        assertThat(TieBreakOrder.digest(ELECTION, "bob")).isEqualTo(HexFormat.of().formatHex(byHand))
                .isEqualTo("823ba35893814c6973a2e6ef9ced0b8ec911912654e0bfd81a1b7144b5f7bd94");
    }

    @Test
    void idsAreHashedAsUtf8() {
        // printf '%s' 'steering-2025/张伟' | sha256sum, in a UTF-8 shell
        assertThat(TieBreakOrder.digest(ELECTION, "张伟"))
                .isEqualTo("b2866c99b73d4a5dd694d13e8b31a962f0e71781dce224956e6434aa0a18c23a");
    }

    @Test
    void candidatesAreOrderedByTheirDigestWhateverOrderTheyComeIn() {
        // Digests: alice 3e41…, dave 58f7…, bob 823b…, carol a17a…, 张伟 b286…
        List<String> expected = List.of("alice", "dave", "bob", "carol", "张伟");

        assertThat(TieBreakOrder.of(ELECTION, List.of("alice", "bob", "carol", "dave", "张伟"))).isEqualTo(expected);
        assertThat(TieBreakOrder.of(ELECTION, List.of("张伟", "dave", "carol", "bob", "alice"))).isEqualTo(expected);
    }

    @Test
    void anotherElectionGivesAnotherOrder() {
        List<String> candidates = List.of("alice", "bob", "carol", "dave", "张伟");

        // Digests for steering-2026: carol 1830…, alice 1b46…, dave 3142…, bob 775f…, 张伟 d4d6…
        assertThat(TieBreakOrder.of("steering-2026", candidates))
                .containsExactly("carol", "alice", "dave", "bob", "张伟");
    }

    @Test
    void refusesACandidateTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> TieBreakOrder.of(ELECTION, List.of("bob", "bob")));
    }
}
