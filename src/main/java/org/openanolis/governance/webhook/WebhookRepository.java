package org.openanolis.governance.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhook} table; the events a webhook hears are kept as their names, comma-separated. */
@Repository
class WebhookRepository {

    private static final String COLUMNS = "id, url, events, created_by, created_at";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Webhook webhook, String secret) {
        jdbc.sql("insert into webhook (id, url, secret, events, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(webhook.id(), webhook.url(), secret, names(webhook.events()), webhook.createdBy(),
                        utc(webhook.createdAt()))
                .update();
    }

    Optional<Webhook> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from webhook where id = ?").param(id)
                .query(WebhookRepository::webhook).optional();
    }

    /** Newest first. */
    Page<Webhook> list(PageRequest page) {
        return Page.of(jdbc.sql("select " + COLUMNS + " from webhook order by created_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("limit", page.probe()).param("offset", page.offset())
                .query(WebhookRepository::webhook).list(), page);
    }

    /** Every webhook that hears this event: few, so all are read and the events matched here. */
    List<Webhook> hearing(WebhookEvent event) {
        return jdbc.sql("select " + COLUMNS + " from webhook order by created_at, id")
                .query(WebhookRepository::webhook).list().stream()
                .filter(webhook -> webhook.events().contains(event)).toList();
    }

    /** Deletes the webhook and, by the foreign key, its deliveries; false when there was none. */
    boolean delete(String id) {
        return jdbc.sql("delete from webhook where id = ?").param(id).update() == 1;
    }

    private static String names(Set<WebhookEvent> events) {
        return events.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(rs.getString("events").split(",")).filter(name -> !name.isBlank())
                .map(WebhookEvent::valueOf).forEach(events::add);
        return new Webhook(rs.getString("id"), rs.getString("url"), events, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
