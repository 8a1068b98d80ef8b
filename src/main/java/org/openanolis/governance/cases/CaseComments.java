package org.openanolis.governance.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The public comment period (DOMAIN.md "Life after entry"): while a case is in a status that takes comments, any
 * signed-in person may add one (at most 4,000 characters, stored verbatim, never interpreted); the comments stay
 * readable on the case afterwards. The period ends by its process's timer, when the vote opens.
 */
@Service
@RequiredArgsConstructor
public class CaseComments {

    public static final int MAX_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final Clock clock;

    /**
     * Adds the comment. The case's row is locked first, so a comment and the end of the period never cross: one
     * arriving after the vote opened is refused (409), and nothing is stored for an invalid one (400).
     */
    @Transactional
    public <C extends CaseRecord<?, ?>> CaseComment add(CaseKind<C> kind, String caseId, String author, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.multiLine("text", text, MAX_LENGTH, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        C c = kind.lock(caseId);
        if (!c.getStatus().takesComments()) {
            throw new ConflictException(Languages.text("error.case.no-comments", CaseWords.status(c.getStatus()),
                    CaseWords.noun(kind.type())));
        }
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into case_comment (case_type, case_id, author, text, created_at)
                        values (:type, :id, :author, :text, :at)""")
                .param("type", kind.type().key()).param("id", caseId).param("author", author).param("text", text)
                .param("at", Timestamp.from(now)).update(key, "id");
        timeline.record(kind.type().key(), caseId, "COMMENTED", author, null);
        return new CaseComment(key.getKey().longValue(), author, text, now);
    }

    /** Every comment on the case, the oldest first. */
    public List<CaseComment> of(String caseType, String caseId) {
        return jdbc.sql("""
                        select id, author, text, created_at from case_comment
                        where case_type = :type and case_id = :id order by id""")
                .param("type", caseType).param("id", caseId)
                .query((rs, n) -> new CaseComment(rs.getLong("id"), rs.getString("author"), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }
}
