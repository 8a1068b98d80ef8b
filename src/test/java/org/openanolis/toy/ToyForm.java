package org.openanolis.toy;

import java.util.ArrayList;
import java.util.List;

import org.openanolis.governance.cases.CaseDetails;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.TextRules;

/** A motion for the committee: a title and its text. */
record ToyForm(String title, String motion) implements CaseDetails {

    @Override
    public String caseName() {
        return title;
    }

    /** Every field's problem, none when the form may be proposed. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.singleLine("title", title, 100, true, problems);
        TextRules.multiLine("motion", motion, 4000, true, problems);
        return problems;
    }
}
