package org.openanolis.governance.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * Writes one delivery per webhook that hears the event, in the caller's transaction: an event whose transaction rolls
 * back leaves no delivery. The body is made now and stored as it will be sent, so every attempt signs and sends the
 * same bytes; the dispatcher is woken only once the transaction has committed, and never sends in the caller's thread.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class WebhookOutbox {

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookDispatcher dispatcher;
    private final ObjectMapper json;
    private final Clock clock;

    /** {@code data} is public data only, in the order it should read: the body's {@code data}. */
    void write(WebhookEvent event, Map<String, Object> data) {
        int written = 0;
        Instant now = clock.instant();
        for (Webhook webhook : webhooks.hearing(event)) {
            String id = UUID.randomUUID().toString();
            deliveries.insert(id, webhook.id(), event, body(id, event, now, data), now);
            written++;
        }
        if (written > 0) {
            log.debug("Wrote {} webhook deliveries of {}", written, event);
            dispatcher.wakeAfterCommit();
        }
    }

    private String body(String id, WebhookEvent event, Instant occurredAt, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("event", event.name());
        body.put("occurredAt", occurredAt.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook body of strings cannot fail to serialize", e);
        }
    }
}
