package org.openanolis.governance.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code notification} table. Times travel as {@link OffsetDateTime} in UTC, which H2 and PostgreSQL both map to
 * {@code timestamp with time zone} without consulting the JVM's zone. Every statement joins the caller's transaction
 * when there is one; the dispatcher calls it without, so that a batch's claim and each delivery's record commit on
 * their own.
 */
@Repository
class NotificationRepository {

    private static final String COLUMNS = """
            id, notice_type, case_type, case_id, case_name, recipient_email, recipient_name, subject, body_text,
            body_html, status, attempts, next_attempt_at, last_error, claimed_by, claimed_until, created_at, sent_at,
            message_id, language, model""";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutboxEntry entry) {
        jdbc.sql("insert into notification (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.id(), entry.type().name(), entry.caseType(), entry.caseId(), entry.caseName(),
                        entry.recipientEmail(), entry.recipientName(), entry.subject(), entry.bodyText(),
                        entry.bodyHtml(), entry.status().name(), entry.attempts(), utc(entry.nextAttemptAt()),
                        entry.lastError(), entry.claimedBy(), utc(entry.claimedUntil()), utc(entry.createdAt()),
                        utc(entry.sentAt()), entry.messageId(), entry.language(), entry.model())
                .update();
    }

    Optional<OutboxEntry> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = ?")
                .param(id)
                .query(NotificationRepository::entry)
                .optional();
    }

    /** Newest first; all statuses when {@code status} is {@code null}. */
    Page<OutboxEntry> list(NotificationStatus status, PageRequest page) {
        String where = status == null ? "" : " where status = :status";
        return Page.of(jdbc.sql("select " + COLUMNS + " from notification" + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", page.probe()).param("offset", page.offset())
                .query(NotificationRepository::entry)
                .list(), page);
    }

    Map<NotificationStatus, Long> countByStatus() {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus status : NotificationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from notification group by status")
                .query(rs -> {
                    counts.put(NotificationStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The ids of pending rows that are due and not claimed by a live node, the longest waiting first. */
    List<String> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from notification
                        where status = 'PENDING' and next_attempt_at <= :now
                          and (claimed_until is null or claimed_until < :now)
                        order by next_attempt_at, id limit :limit""")
                .param("now", utc(now))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /**
     * Takes those of the rows {@code ids} that are still due for {@code node} until {@code until}, in one transaction
     * (one commit for a whole batch, not one a mail), and answers them as they now are, longest waiting first. The
     * update repeats the due check, so of several nodes racing for a row exactly one takes it: the others wait for its
     * row lock and then find it claimed. The rows are read back after the update, so a row another node tried
     * meanwhile is sent with its current attempt count. Read back by node and lease end: {@code until} is cut to
     * milliseconds so that both databases keep it exactly, and one node's passes never overlap (the dispatcher's
     * lock), so no other claim of this node can carry the same lease end.
     */
    @Transactional
    List<OutboxEntry> claim(List<String> ids, String node, Instant now, Instant until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OffsetDateTime leaseEnd = utc(until.truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("""
                        update notification set claimed_by = :node, claimed_until = :until
                        where id in (:ids) and status = 'PENDING' and next_attempt_at <= :now
                          and (claimed_until is null or claimed_until < :now)""")
                .param("node", node)
                .param("until", leaseEnd)
                .param("ids", ids)
                .param("now", utc(now))
                .update();
        return jdbc.sql("select " + COLUMNS + """
                         from notification
                        where id in (:ids) and claimed_by = :node and claimed_until = :until
                        order by next_attempt_at, id""")
                .param("ids", ids)
                .param("node", node)
                .param("until", leaseEnd)
                .query(NotificationRepository::entry)
                .list();
    }

    /** Hands back claimed rows that {@code node} will not send after all: they are due again at once, for any node. */
    int release(List<String> ids, String node) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update notification set claimed_by = null, claimed_until = null
                        where id in (:ids) and claimed_by = :node and status = 'PENDING'""")
                .param("ids", ids)
                .param("node", node)
                .update();
    }

    /** A mail the server has taken, when, and the bodies it was sent with. */
    record Delivery(String id, Instant sentAt, String bodyText, String bodyHtml) {
    }

    /**
     * Records deliveries as sent, all in one transaction: on H2 each commit writes the store's changed pages, and a
     * commit a mail cost the dispatcher more than sending it. Each row keeps the bodies it was sent with instead of
     * the variables they were rendered from. Answers the ids {@code node} had lost its claim to
     * meanwhile, which stay as the node that took them over leaves them.
     */
    @Transactional
    Set<String> markSent(List<Delivery> deliveries, String node) {
        Set<String> lapsed = new HashSet<>();
        for (Delivery delivery : deliveries) {
            int updated = jdbc.sql("""
                            update notification set status = 'SENT', sent_at = :sentAt, attempts = attempts + 1,
                              last_error = null, claimed_by = null, claimed_until = null,
                              body_text = :text, body_html = :html, model = null
                            where id = :id and claimed_by = :node""")
                    .param("sentAt", utc(delivery.sentAt()))
                    .param("text", delivery.bodyText())
                    .param("html", delivery.bodyHtml())
                    .param("id", delivery.id())
                    .param("node", node)
                    .update();
            if (updated != 1) {
                lapsed.add(delivery.id());
            }
        }
        return lapsed;
    }

    /** Records a failed attempt: the row waits until {@code nextAttemptAt}, or is FAILED for good. */
    boolean markAttemptFailed(String id, String node, int attempts, String error, Instant nextAttemptAt,
                              NotificationStatus status) {
        return jdbc.sql("""
                        update notification set status = :status, attempts = :attempts, last_error = :error,
                          next_attempt_at = :next, claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("status", status.name())
                .param("attempts", attempts)
                .param("error", error)
                .param("next", utc(nextAttemptAt))
                .param("id", id)
                .param("node", node)
                .update() == 1;
    }

    /** Puts a FAILED row back in the queue as if it were new; {@code false} when no FAILED row has this id. */
    boolean requeueFailed(String id, Instant now) {
        return jdbc.sql("""
                        update notification set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                          claimed_by = null, claimed_until = null
                        where id = :id and status = 'FAILED'""")
                .param("now", utc(now))
                .param("id", id)
                .update() == 1;
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getString("id"),
                NoticeType.valueOf(rs.getString("notice_type")),
                rs.getString("case_type"),
                rs.getString("case_id"),
                rs.getString("case_name"),
                rs.getString("recipient_email"),
                rs.getString("recipient_name"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                rs.getString("claimed_by"),
                instant(rs, "claimed_until"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"),
                rs.getString("message_id"),
                rs.getString("language"),
                rs.getString("model"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
