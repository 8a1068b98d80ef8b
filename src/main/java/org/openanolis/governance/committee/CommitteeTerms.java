package org.openanolis.governance.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
        started(person, at, caseId, null);
    }

    /** A term that ends at {@code endsAt}: an elected member's; null lasts until the next election's term start. */
    void started(String person, Instant at, String caseId, Instant endsAt) {
        jdbc.sql("insert into committee_term (person_id, started_at, started_by, ends_at)"
                        + " values (:p, :at, :case, :endsAt)")
                .param("p", person).param("at", Timestamp.from(at)).param("case", caseId)
                .param("endsAt", endsAt == null ? null : Timestamp.from(endsAt)).update();
    }

    boolean hasAny(String person) {
        return jdbc.sql("select count(*) from committee_term where person_id = :p").param("p", person)
                .query(Integer.class).single() > 0;
    }

    /** When the person's open term ends, if it has an end on record. */
    Optional<Instant> endOfOpenTerm(String person) {
        return jdbc.sql("select ends_at from committee_term where person_id = :p and ended_at is null"
                        + " and ends_at is not null")
                .param("p", person).query((rs, row) -> rs.getTimestamp("ends_at").toInstant()).list().stream()
                .findFirst();
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
