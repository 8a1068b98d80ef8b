package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.FieldProblem;

/** A search of the register: blank parts are absent, and each invalid part is named, all at once. */
class ResolutionSearchTests {

    private static final List<String> TYPES = List.of("SIG_PROPOSAL", "PARTNER");

    @Test
    void blankPartsAreAbsentAndValidOnesKept() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ResolutionSearch.read(" ", "", null, TYPES, problems)).isEqualTo(ResolutionSearch.EVERYTHING);
        assertThat(ResolutionSearch.read(" kernel ", "PARTNER", "2027", TYPES, problems))
                .isEqualTo(new ResolutionSearch("kernel", "PARTNER", 2027));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyInvalidPartIsNamed() {
        List<FieldProblem> problems = new ArrayList<>();
        ResolutionSearch search = ResolutionSearch.read("a\u0007b", "DROP TABLE", "27", TYPES, problems);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("q", "type", "year");
        assertThat(search).isEqualTo(ResolutionSearch.EVERYTHING);
        for (String year : List.of("0999", "1999", "20270", "２０２７", "-202")) {
            List<FieldProblem> found = new ArrayList<>();
            ResolutionSearch.read(null, null, year, TYPES, found);
            assertThat(found).as(year).extracting(FieldProblem::field).containsExactly("year");
        }
        List<FieldProblem> tooLong = new ArrayList<>();
        ResolutionSearch.read("x".repeat(101), null, null, TYPES, tooLong);
        assertThat(tooLong).extracting(FieldProblem::field).containsExactly("q");
    }

    @Test
    void numbersHaveThreeDigitsAtLeast() {
        assertThat(ResolutionEntry.number(2027, 1)).isEqualTo("2027-001");
        assertThat(ResolutionEntry.number(2027, 999)).isEqualTo("2027-999");
        assertThat(ResolutionEntry.number(2027, 1000)).isEqualTo("2027-1000");
    }
}
