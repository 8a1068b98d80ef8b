package org.openanolis.governance.cases;

import java.util.Comparator;
import java.util.List;

import org.openanolis.governance.system.Languages;
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
                        rs.getString("case_name"), rs.getString("status"), rs.getTimestamp("updated_at").toInstant()))
                .list().stream().map(c -> shown(kind, c)).toList();
    }

    /**
     * The case with its name in the reader's language, read from the case itself where the system may have made the
     * name of words; in English the stored name is that name already, so nothing more is read.
     */
    private static CaseSummary shown(CaseKind<?> kind, CaseSummary c) {
        if (Languages.ENGLISH.equals(Languages.current())) {
            return c;
        }
        String shown = kind.store().find(c.id()).map(CaseRecord::localizedName).orElse(c.name());
        return new CaseSummary(c.type(), c.id(), c.name(), shown, c.status(), c.updatedAt());
    }
}
