package org.openanolis.governance.system;

import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listings every case table answers alike (sig_proposal, project_proposal, partner_application): a page of
 * all the cases or of those in one status, and all of one person's, the newest submission first. The table and the
 * person's column are the callers' constants, never input.
 */
public final class CaseTables {

    private CaseTables() {
    }

    /** One page of the table's cases, all of them or those in this status ({@code null} for all), newest first. */
    public static <T> Page<T> page(JdbcClient jdbc, String table, String status, PageRequest page, RowMapper<T> rows) {
        String where = status == null ? "" : " where status = :s";
        return Page.of(jdbc.sql("select * from " + table + where + " order by submitted_at desc, id"
                        + " limit :limit offset :offset")
                .param("s", status)
                .param("limit", page.probe()).param("offset", page.offset())
                .query(rows).list(), page);
    }

    /** Every case of the table whose {@code personColumn} names this person, newest first. */
    public static <T> List<T> byPerson(JdbcClient jdbc, String table, String personColumn, String person,
                                       RowMapper<T> rows) {
        return jdbc.sql("select * from " + table + " where " + personColumn + " = :p order by submitted_at desc, id")
                .param("p", person).query(rows).list();
    }
}
