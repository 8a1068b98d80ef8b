package org.openanolis.toy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.openanolis.governance.cases.CaseStore;
import org.openanolis.governance.system.CaseTables;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The toy's table; a real type adds it with a Flyway migration, a test creates it here. */
class ToyStore implements CaseStore<ToyDecision> {

    private final JdbcClient jdbc;

    ToyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                create table if not exists toy_decision (id varchar(36) primary key, title varchar(100) not null,
                  motion varchar(4000) not null, proposer varchar(64) not null, status varchar(20) not null,
                  submitted_at timestamp not null, updated_at timestamp not null, process_instance_id varchar(64))""")
                .update();
    }

    @Override
    public void insert(ToyDecision t) {
        jdbc.sql("insert into toy_decision values (:id, :title, :motion, :proposer, :status, :at, :at, :pid)")
                .param("id", t.getId()).param("title", t.getTitle()).param("motion", t.getMotion())
                .param("proposer", t.getProposer()).param("status", t.getStatus().name())
                .param("at", Timestamp.from(t.getSubmittedAt())).param("pid", t.getProcessInstanceId()).update();
    }

    @Override
    public void update(ToyDecision t) {
        jdbc.sql("update toy_decision set status = :status, updated_at = :at, process_instance_id = :pid where id = :id")
                .param("id", t.getId()).param("status", t.getStatus().name())
                .param("at", Timestamp.from(t.getUpdatedAt())).param("pid", t.getProcessInstanceId()).update();
    }

    @Override
    public Optional<ToyDecision> find(String id) {
        return jdbc.sql("select * from toy_decision where id = :id").param("id", id).query(this::row).optional();
    }

    @Override
    public Optional<ToyDecision> lock(String id) {
        return jdbc.sql("select * from toy_decision where id = :id for update").param("id", id).query(this::row)
                .optional();
    }

    Page<ToyDecision> page(ToyStatus status, PageRequest page) {
        return CaseTables.page(jdbc, "toy_decision", status == null ? null : status.name(), page, this::row);
    }

    private ToyDecision row(ResultSet rs, int n) throws SQLException {
        return new ToyDecision(rs.getString("id"), rs.getString("title"), rs.getString("motion"),
                rs.getString("proposer"), ToyStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("process_instance_id"));
    }
}
