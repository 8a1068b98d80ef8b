package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormVerdictTests {

    private final FieldProblem badName = new FieldProblem("name", "is required");
    private final FieldProblem takenName = new FieldProblem("name", "is taken by another open proposal");

    @Test
    void aFormWithFormatProblemsIsA400ListingTheClashesToo() {
        assertThatThrownBy(() -> new FormVerdict(List.of(badName), List.of(takenName)).orRefuse("clash"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(badName, takenName));
    }

    @Test
    void aFormThatOnlyClashesIsA409() {
        assertThatThrownBy(() -> new FormVerdict(List.of(), List.of(takenName)).orRefuse("The proposal clashes"))
                .isInstanceOf(ConflictException.class).hasMessage("The proposal clashes");
    }

    @Test
    void aCleanFormPasses() {
        assertThatCode(() -> new FormVerdict(new ArrayList<>(), new ArrayList<>()).orRefuse("clash"))
                .doesNotThrowAnyException();
    }

    @Test
    void anEnumFieldNamesItsChoices() {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.oneOf("type", "VENDOR", Kind.class, problems);
        TextRules.oneOf("type", " ", Kind.class, problems);
        TextRules.oneOf("type", "OSV", Kind.class, problems);

        assertThat(problems).containsExactly(new FieldProblem("type", "must be IHV, OSV or ISV"),
                new FieldProblem("type", "is required"));
    }

    enum Kind { IHV, OSV, ISV }
}
