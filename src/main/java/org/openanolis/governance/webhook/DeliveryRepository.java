package org.openanolis.governance.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.system.FailedAttempt;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code webhook_delivery} table, claimed as the notification outbox's rows are: a conditional update that
 * exactly one node wins, for a lease after which a dead node's rows are taken over. Times travel as
 * {@link OffsetDateTime} in UTC. Every statement joins the caller's transaction when there is one: the outbox writes
 * in the event's, the dispatcher in none, so that each claim and each record commit on their own.
 */
@Repository
class DeliveryRepository {

    private static final String COLUMNS = """
            id, webhook_id, event_type, status, attempts, next_attempt_at, last_error, created_at, sent_at""";

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery this node claimed, with what sending it takes: the webhook's URL and secret, and the body. */
    record Claimed(String id, String webhookId, WebhookEvent event, String url, String secret, String body,
                   int attempts) {
    }

    void insert(String id, String webhookId, WebhookEvent event, String body, Instant now) {
        jdbc.sql("""
                        insert into webhook_delivery (id, webhook_id, event_type, body, status, attempts,
                          next_attempt_at, created_at)
                        values (?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(id, webhookId, event.name(), body, utc(now), utc(now))
                .update();
    }

    Optional<Delivery> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_delivery where id = ?").param(id)
                .query(DeliveryRepository::delivery).optional();
    }

    /** Newest first; of every status when {@code status} is null, of every webhook when {@code webhookId} is. */
    Page<Delivery> list(DeliveryStatus status, String webhookId, PageRequest page) {
        // Conditions only for what is asked: PostgreSQL cannot type a parameter that is only ever compared to null.
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("status = :status");
        }
        if (webhookId != null) {
            conditions.add("webhook_id = :webhook");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        StatementSpec query = jdbc.sql("select " + COLUMNS + " from webhook_delivery" + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("limit", page.probe()).param("offset", page.offset());
        if (status != null) {
            query = query.param("status", status.name());
        }
        if (webhookId != null) {
            query = query.param("webhook", webhookId);
        }
        return Page.of(query.query(DeliveryRepository::delivery).list(), page);
    }

    /** The ids of pending deliveries that are due and not claimed by a live node, the longest waiting first. */
    List<String> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from webhook_delivery
                        where status = 'PENDING' and next_attempt_at <= :now
                          and (claimed_until is null or claimed_until < :now)
                        order by next_attempt_at, id limit :limit""")
                .param("now", utc(now)).param("limit", limit)
                .query(String.class).list();
    }

    /**
     * Takes those of {@code ids} still due for {@code node} until {@code until}, in one transaction, and answers them as
     * they now are. The update repeats the due check, so of several nodes racing for a row exactly one takes it; read
     * back by node and lease end (cut to milliseconds, which both databases keep exactly).
     */
    @Transactional
    List<Claimed> claim(List<String> ids, String node, Instant now, Instant until) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OffsetDateTime leaseEnd = utc(until.truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("""
                        update webhook_delivery set claimed_by = :node, claimed_until = :until
                        where id in (:ids) and status = 'PENDING' and next_attempt_at <= :now
                          and (claimed_until is null or claimed_until < :now)""")
                .param("node", node).param("until", leaseEnd).param("ids", ids).param("now", utc(now))
                .update();
        return jdbc.sql("""
                        select d.id, d.webhook_id, d.event_type, d.body, d.attempts, w.url, w.secret
                        from webhook_delivery d join webhook w on w.id = d.webhook_id
                        where d.id in (:ids) and d.claimed_by = :node and d.claimed_until = :until
                        order by d.next_attempt_at, d.id""")
                .param("ids", ids).param("node", node).param("until", leaseEnd)
                .query((rs, row) -> new Claimed(rs.getString("id"), rs.getString("webhook_id"),
                        WebhookEvent.valueOf(rs.getString("event_type")), rs.getString("url"),
                        rs.getString("secret"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    /** Hands back claimed deliveries {@code node} will not send after all: due again at once, for any node. */
    void release(List<String> ids, String node) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update webhook_delivery set claimed_by = null, claimed_until = null
                        where id in (:ids) and claimed_by = :node and status = 'PENDING'""")
                .param("ids", ids).param("node", node).update();
    }

    /** Records the receiver's 2xx; false when {@code node} had lost its claim meanwhile. */
    boolean markSent(String id, String node, Instant sentAt) {
        return jdbc.sql("""
                        update webhook_delivery set status = 'SENT', sent_at = :sentAt, attempts = attempts + 1,
                          last_error = null, claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("sentAt", utc(sentAt)).param("id", id).param("node", node)
                .update() == 1;
    }

    /** Records a failed attempt: the delivery waits for its next one, or is FAILED for good. */
    void markAttemptFailed(String id, String node, FailedAttempt failed) {
        jdbc.sql("""
                        update webhook_delivery set status = :status, attempts = :attempts, last_error = :error,
                          next_attempt_at = :next, claimed_by = null, claimed_until = null
                        where id = :id and claimed_by = :node""")
                .param("status", (failed.last() ? DeliveryStatus.FAILED : DeliveryStatus.PENDING).name())
                .param("attempts", failed.attempts()).param("error", failed.error())
                .param("next", utc(failed.nextAttemptAt())).param("id", id).param("node", node)
                .update();
    }

    /** Puts a FAILED delivery back in the queue as if it were new; false when no FAILED delivery has this id. */
    boolean requeueFailed(String id, Instant now) {
        return jdbc.sql("""
                        update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                          claimed_by = null, claimed_until = null
                        where id = :id and status = 'FAILED'""")
                .param("now", utc(now)).param("id", id)
                .update() == 1;
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("webhook_id"),
                WebhookEvent.valueOf(rs.getString("event_type")), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
