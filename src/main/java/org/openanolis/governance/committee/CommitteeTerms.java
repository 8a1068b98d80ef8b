package org.openanolis.governance.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.RequiredArgsConstructor;

/**
 * Who served on the committee when: a term starts with an appointment and ends with a removal, each naming the
 * case that decided it. Members from before this record (the first committee) have no start.
 */
@Repository
@RequiredArgsConstructor
class CommitteeTerms {

    private final JdbcClient jdbc;

    void started(String person, Instant at, String caseId) {
        jdbc.sql("insert into committee_term (person_id, started_at, started_by) values (:p, :at, :case)")
                .param("p", person).param("at", Timestamp.from(at)).param("case", caseId).update();
    }

    /** Ends the person's open term, or records one without a start for a member from before the record. */
    void ended(String person, Instant at, String caseId) {
        int ended = jdbc.sql("update committee_term set ended_at = :at, ended_by = :case"
                        + " where person_id = :p and ended_at is null")
                .param("p", person).param("at", Timestamp.from(at)).param("case", caseId).update();
        if (ended == 0) {
            jdbc.sql("insert into committee_term (person_id, ended_at, ended_by) values (:p, :at, :case)")
                    .param("p", person).param("at", Timestamp.from(at)).param("case", caseId).update();
        }
    }

    /** Every term, the open ones (current members) and the ended ones (emeritus), oldest first. */
    List<CommitteeTerm> all() {
        return jdbc.sql("select * from committee_term order by coalesce(started_at, ended_at), id")
                .query((rs, row) -> new CommitteeTerm(rs.getString("person_id"), instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("ended_at")), rs.getString("started_by"), rs.getString("ended_by")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
