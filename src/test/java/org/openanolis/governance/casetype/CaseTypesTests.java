package org.openanolis.governance.casetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaseTypesTests {

    private static final CaseType TOY = new CaseType("TOY_DECISION", "toy-decisions", "Toy decision", "decision", "proposer", "toyDecision",
            null, "ToyWithdrawn");

    @Test
    void aTypeIsFoundByItsKeyAndByItsCollectionAndNamesItsPages() {
        CaseTypes types = new CaseTypes(List.of(TOY));

        assertThat(types.byKey("TOY_DECISION")).contains(TOY);
        assertThat(types.byCollection("toy-decisions")).contains(TOY);
        assertThat(types.byKey("OTHER")).isEmpty();
        assertThat(types.byKey(null)).isEmpty();
        assertThat(types.byCollection("sig-proposals")).isEmpty();
        assertThat(TOY.pagePath("t1")).isEqualTo("/toy-decisions/t1");
        assertThat(TOY.apiPath("t1")).isEqualTo("/api/toy-decisions/t1");
    }

    @Test
    void twoTypesMayShareNeitherKeyNorCollection() {
        CaseType sameKey = new CaseType("TOY_DECISION", "other-toys", "Other", "decision", "proposer", "other", null, null);
        CaseType sameCollection = new CaseType("OTHER_TOY", "toy-decisions", "Other", "decision", "proposer", "other", null, null);

        assertThatThrownBy(() -> new CaseTypes(List.of(TOY, sameKey))).hasMessageContaining("TOY_DECISION");
        assertThatThrownBy(() -> new CaseTypes(List.of(TOY, sameCollection))).hasMessageContaining("toy-decisions");
    }

    @Test
    void keysAndCollectionsAreWhatUrlsAndColumnsCanCarry() {
        assertThatThrownBy(() -> new CaseType("toy", "toys", "Toy", "decision", "proposer", "toy", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseType("TOY", "Toys/../x", "Toy", "decision", "proposer", "toy", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
