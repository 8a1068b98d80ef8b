package org.openanolis.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteRulesTests {

    @Test
    void recusedMembersLeaveTheElectorate() {
        assertThat(VoteRules.electorate(9, 2)).isEqualTo(7);
        assertThat(VoteRules.electorate(9, 0)).isEqualTo(9);
        assertThat(VoteRules.electorate(3, 3)).isZero();
    }

    @Test
    void cannotRecuseMoreMembersThanTheCommitteeHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> VoteRules.electorate(3, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> VoteRules.electorate(3, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> VoteRules.electorate(-1, 0));
    }

    @ParameterizedTest(name = "E={0} opens: {1}")
    @CsvSource({"0,false", "1,false", "2,false", "3,true", "4,true", "60,true"})
    void aVoteNeedsAtLeastThreeVoters(int electorate, boolean opens) {
        assertThat(VoteRules.canOpen(electorate)).isEqualTo(opens);
    }
}
