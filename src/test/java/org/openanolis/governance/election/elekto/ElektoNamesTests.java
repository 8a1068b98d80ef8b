package org.openanolis.governance.election.elekto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ElektoNamesTests {

    @Test
    void plainIdsKeepTheirName() {
        assertThat(ElektoNames.safe("carol")).isEqualTo("carol");
        assertThat(ElektoNames.safe("Carol-Chen2")).isEqualTo("Carol-Chen2");
    }

    @Test
    void everythingElseIsSpelledOutDeterministically() {
        assertThat(ElektoNames.safe("wang_wu")).isEqualTo("wang__wu");
        assertThat(ElektoNames.safe("john.doe")).isEqualTo("john_2e_doe");
        assertThat(ElektoNames.safe("王五")).isEqualTo("_738b__4e94_");
        assertThat(ElektoNames.safe("a---b")).isEqualTo("a-_2d__2d_b");
        assertThat(ElektoNames.safe("😀")).isEqualTo("_1f600_");
        assertThat(ElektoNames.safe("")).isEqualTo("_");
        assertThat(ElektoNames.safe("../x")).isEqualTo("_2e__2e__2f_x");
    }

    @Test
    void namesAreWhatElektoAcceptsAndNeverClash() {
        // Pairs that a careless mapping would merge: an id against the spelled-out form of another.
        List<String> ids = List.of("a_b", "a__b", "a.b", "a_2e_b", "a-b", "a--b", "a-_2d_b", "_", "", "__",
                "_2e_", ".", "..", "A", "a", "王", "_738b_", "a b", "a\u00a0b", "x\uD800", "x\uDC00", "x😀",
                "---", "-", "--n");
        Map<String, String> byName = new HashMap<>();
        for (String id : ids) {
            String name = ElektoNames.safe(id);
            // Elekto's bio validator: candidate-([a-zA-Z0-9_-]+)\.md; Elekto's folders: "---" means "/".
            assertThat(name).as(id).matches("[A-Za-z0-9_-]+").doesNotContain("--");
            assertThat(byName.put(name, id)).as("%s and %s share %s", byName.get(name), id, name).isNull();
        }
    }
}
