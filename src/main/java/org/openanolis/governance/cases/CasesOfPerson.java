package org.openanolis.governance.cases;

import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/** Every case one person opened, of every kind plugged in ("My cases"). */
@Service
@RequiredArgsConstructor
public class CasesOfPerson {

    private final CaseKinds kinds;
    private final JdbcClient jdbc;

    /**
     * The person's cases, the most recently changed first. Each kind is read by its proposer column, so the work
     * grows with this person's cases only.
     */
    public List<CaseSummary> openedBy(String person) {
        return kinds.all().stream().flatMap(kind -> openedBy(kind, person).stream())
                .sorted(Comparator.comparing(CaseSummary::updatedAt).reversed()).toList();
    }

    private List<CaseSummary> openedBy(CaseKind<?> kind, String person) {
        CaseTable table = kind.table();
        // The table and columns are the feature's constants (CaseTable), never input.
        return jdbc.sql("select id, " + table.nameColumn() + " as case_name, status, updated_at from " + table.name()
                        + " where " + table.proposerColumn() + " = :person")
                .param("person", person)
                .query((rs, n) -> new CaseSummary(kind.type(), rs.getString("id"), rs.getString("case_name"),
                        rs.getString("status"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }
}
