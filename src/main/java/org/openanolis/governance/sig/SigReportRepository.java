package org.openanolis.governance.sig;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/** The annual reports, one row per SIG and year; the facts travel as JSON. */
@Repository
@RequiredArgsConstructor
class SigReportRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    void insert(String sig, int year, Instant openedAt, Instant dueAt, ReportFacts facts) {
        jdbc.sql("""
                        insert into sig_report (sig_name, report_year, status, opened_at, due_at, facts)
                        values (:sig, :year, 'OPEN', :openedAt, :dueAt, :facts)""")
                .param("sig", sig).param("year", year).param("openedAt", Timestamp.from(openedAt))
                .param("dueAt", Timestamp.from(dueAt)).param("facts", write(facts)).update();
    }

    void attachProcess(String sig, int year, String processInstanceId) {
        jdbc.sql("update sig_report set process_instance_id = :pid where sig_name = :sig and report_year = :year")
                .param("pid", processInstanceId).param("sig", sig).param("year", year).update();
    }

    boolean exists(String sig, int year) {
        return jdbc.sql("select count(*) from sig_report where sig_name = :sig and report_year = :year")
                .param("sig", sig).param("year", year).query(Integer.class).single() > 0;
    }

    /** The report, its row locked until the transaction ends. */
    Optional<AnnualReport> lock(String sig, int year) {
        return jdbc.sql("select * from sig_report where sig_name = :sig and report_year = :year for update")
                .param("sig", sig).param("year", year).query(this::read).optional();
    }

    Optional<AnnualReport> find(String sig, int year) {
        return jdbc.sql("select * from sig_report where sig_name = :sig and report_year = :year")
                .param("sig", sig).param("year", year).query(this::read).optional();
    }

    /** The SIG's reports, the latest year first. */
    List<AnnualReport> of(String sig) {
        return jdbc.sql("select * from sig_report where sig_name = :sig order by report_year desc")
                .param("sig", sig).query(this::read).list();
    }

    /** The SIG's open report, if one is: there is at most one, since opening a year's closes the one before. */
    Optional<AnnualReport> open(String sig) {
        return jdbc.sql("select * from sig_report where sig_name = :sig and status = 'OPEN' order by report_year desc")
                .param("sig", sig).query(this::read).list().stream().findFirst();
    }

    Optional<String> processOf(String sig, int year) {
        return jdbc.sql("select process_instance_id from sig_report where sig_name = :sig and report_year = :year")
                .param("sig", sig).param("year", year).query(String.class).optional();
    }

    void saveText(String sig, int year, ReportText text) {
        jdbc.sql("""
                        update sig_report set achievements = :achievements, plans = :plans, help_needed = :helpNeeded
                        where sig_name = :sig and report_year = :year""")
                .param("achievements", text.achievements()).param("plans", text.plans())
                .param("helpNeeded", text.helpNeeded()).param("sig", sig).param("year", year).update();
    }

    void submit(String sig, int year, String by, Instant at) {
        jdbc.sql("""
                        update sig_report set status = 'SUBMITTED', submitted_by = :by, submitted_at = :at
                        where sig_name = :sig and report_year = :year""")
                .param("by", by).param("at", Timestamp.from(at)).param("sig", sig).param("year", year).update();
    }

    void miss(String sig, int year) {
        jdbc.sql("update sig_report set status = 'MISSED' where sig_name = :sig and report_year = :year")
                .param("sig", sig).param("year", year).update();
    }

    private AnnualReport read(ResultSet rs, int row) throws SQLException {
        Timestamp submittedAt = rs.getTimestamp("submitted_at");
        return new AnnualReport(rs.getString("sig_name"), rs.getInt("report_year"),
                ReportStatus.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), readFacts(rs.getString("facts")), rs.getString("achievements"),
                rs.getString("plans"), rs.getString("help_needed"),
                submittedAt == null ? null : submittedAt.toInstant(), rs.getString("submitted_by"));
    }

    private String write(ReportFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a report's facts", e);
        }
    }

    private ReportFacts readFacts(String facts) {
        try {
            return json.readValue(facts, ReportFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a report's facts", e);
        }
    }
}
