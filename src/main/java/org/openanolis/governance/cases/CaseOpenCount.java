package org.openanolis.governance.cases;

import org.openanolis.governance.system.OpenCaseCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The open cases of one person, of every kind plugged in, for the limit on open cases. */
@Component
@RequiredArgsConstructor
class CaseOpenCount implements OpenCaseCount {

    private final CaseKinds kinds;
    private final JdbcClient jdbc;

    @Override
    public int openCasesOf(String person) {
        return kinds.all().stream().mapToInt(kind -> openCasesOf(kind.table(), person)).sum();
    }

    private int openCasesOf(CaseTable table, String person) {
        // The table and column are the feature's constants (CaseTable), never input.
        return jdbc.sql("select count(*) from " + table.name() + " where " + table.proposerColumn()
                        + " = :person and status in (:open)")
                .param("person", person).param("open", table.openStatuses()).query(Integer.class).single();
    }
}
