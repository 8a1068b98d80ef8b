package org.openanolis.governance.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

@Repository
@RequiredArgsConstructor
class ResolutionRepository {

    private final JdbcClient jdbc;

    /**
     * Holds the register's one lock row until the transaction ends: every node takes it before it numbers a
     * resolution, so numbers are handed out one closing at a time.
     */
    void lock() {
        jdbc.sql("select id from resolution_lock where id = 1 for update").query(Integer.class).single();
    }

    int lastSeqOf(int year) {
        return jdbc.sql("select coalesce(max(seq), 0) from resolution where decided_year = :year").param("year", year)
                .query(Integer.class).single();
    }

    Optional<ResolutionEntry> ofVote(String voteId) {
        return jdbc.sql("select * from resolution where vote_id = :vote").param("vote", voteId)
                .query(this::read).optional();
    }

    void insert(ResolutionEntry e) {
        jdbc.sql("""
                        insert into resolution (number, decided_year, seq, vote_id, case_type, case_id, case_name,
                                                name_key, outcome, decided_at)
                        values (:number, :year, :seq, :vote, :type, :caseId, :name, :key, :outcome, :at)""")
                .param("number", e.number()).param("year", e.year()).param("seq", e.seq()).param("vote", e.voteId())
                .param("type", e.caseType()).param("caseId", e.caseId()).param("name", e.caseName())
                .param("key", e.caseName().toLowerCase(Locale.ROOT)).param("outcome", e.outcome())
                .param("at", Timestamp.from(e.decidedAt()))
                .update();
    }

    Optional<ResolutionEntry> find(String number) {
        return jdbc.sql("select * from resolution where number = :number").param("number", number)
                .query(this::read).optional();
    }

    /** One page of the resolutions the search finds, the latest first. */
    Page<ResolutionEntry> search(ResolutionSearch search, PageRequest page) {
        List<String> where = new ArrayList<>();
        // Every condition is a fixed piece of SQL; what was typed only ever fills its parameters.
        if (search.text() != null) {
            where.add("(name_key like :text escape '\\' or number like :text escape '\\')");
        }
        if (search.caseType() != null) {
            where.add("case_type = :type");
        }
        if (search.year() != null) {
            where.add("decided_year = :year");
        }
        String sql = "select * from resolution" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by decided_year desc, seq desc limit :limit offset :offset";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("limit", page.probe()).param("offset", page.offset());
        if (search.text() != null) {
            statement = statement.param("text", "%" + likeLiteral(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.caseType() != null) {
            statement = statement.param("type", search.caseType());
        }
        if (search.year() != null) {
            statement = statement.param("year", search.year());
        }
        return Page.of(statement.query(this::read).list(), page);
    }

    /** The latest resolutions, at most this many: what a feed shows. */
    List<ResolutionEntry> latest(int count) {
        return jdbc.sql("select * from resolution order by decided_year desc, seq desc limit :count")
                .param("count", count).query(this::read).list();
    }

    /** The typed text as a LIKE pattern that matches it literally: its wildcards and the escape itself escaped. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private ResolutionEntry read(ResultSet rs, int row) throws SQLException {
        return new ResolutionEntry(rs.getString("number"), rs.getInt("decided_year"), rs.getInt("seq"),
                rs.getString("vote_id"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("case_name"), rs.getString("outcome"), rs.getTimestamp("decided_at").toInstant());
    }
}
