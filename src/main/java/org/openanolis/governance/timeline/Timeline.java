package org.openanolis.governance.timeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * Appends to and reads a case's timeline. Entries are only ever added, in the transaction of the
 * change they record, so the trail and the state can never disagree.
 */
@Service
@RequiredArgsConstructor
public class Timeline {

    /** The actor of what the engine does by itself: timers, tallies, expiry. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;

    public void record(String caseType, String caseId, String event, String actor, String comment) {
        record(caseType, caseId, event, actor, comment, clock.instant());
    }

    /** Records something that happened at a moment its own row already keeps, such as a ballot's cast time. */
    public void record(String caseType, String caseId, String event, String actor, String comment, Instant at) {
        jdbc.sql("""
                insert into case_event (case_type, case_id, at, event, actor, comment)
                values (:caseType, :caseId, :at, :event, :actor, :comment)""")
                .param("caseType", caseType)
                .param("caseId", caseId)
                .param("at", Timestamp.from(at))
                .param("event", event)
                .param("actor", actor == null ? SYSTEM : actor)
                .param("comment", comment)
                .update();
    }

    /**
     * The case's entries, oldest first, with the system's own comments (see {@link TimelineComment}) in the language
     * of the request being answered: the reader's on pages, the caller's (Accept-Language) in the API, English
     * outside a request.
     */
    public List<TimelineEntry> of(String caseType, String caseId) {
        return jdbc.sql("""
                select at, event, actor, comment from case_event
                where case_type = :caseType and case_id = :caseId order by id""")
                .param("caseType", caseType)
                .param("caseId", caseId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("event"),
                        rs.getString("actor"), TimelineComment.render(rs.getString("comment"))))
                .list();
    }
}
