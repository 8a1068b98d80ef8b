package org.openanolis.governance.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/** The module's entry point for administrators: webhooks registered, listed and deleted, and their deliveries. */
@Slf4j
@Service
@RequiredArgsConstructor
public class Webhooks {

    /** Long enough to resist guessing, short enough to type into a bot's settings. */
    static final int SECRET_MIN = 16;
    static final int SECRET_MAX = 200;

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookAddresses addresses;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    /**
     * Registers a webhook for the events named, after checking every field at once.
     *
     * @throws InvalidInputException listing every invalid field
     */
    @Transactional
    public Webhook register(WebhookForm form, String administrator) {
        List<FieldProblem> problems = new ArrayList<>();
        addresses.check("url", form.url(), problems);
        if (TextRules.singleLine("secret", form.secret(), SECRET_MAX, true, problems)
                && form.secret().length() < SECRET_MIN) {
            problems.add(FieldProblem.of("secret", "length", SECRET_MIN, SECRET_MAX));
        }
        Set<WebhookEvent> events = events(form.events(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Webhook webhook = new Webhook(UUID.randomUUID().toString(), form.url().strip(), events, administrator,
                clock.instant());
        webhooks.insert(webhook, form.secret());
        log.info("{} registered webhook {} for {}", administrator, webhook.id(), events);
        return webhook;
    }

    /** One page of the webhooks, newest first. */
    @Transactional(readOnly = true)
    public Page<Webhook> list(PageRequest page) {
        return webhooks.list(page);
    }

    /** Deletes the webhook with its deliveries, sent or waiting; false when there is none of this id. */
    @Transactional
    public boolean delete(String id, String administrator) {
        boolean deleted = webhooks.delete(id);
        if (deleted) {
            log.info("{} deleted webhook {}", administrator, id);
        }
        return deleted;
    }

    /** One page of the deliveries, newest first, of one status and one webhook or of all (null). */
    @Transactional(readOnly = true)
    public Page<Delivery> deliveries(DeliveryStatus status, String webhookId, PageRequest page) {
        return deliveries.list(status, webhookId, page);
    }

    public Optional<Delivery> delivery(String id) {
        return deliveries.find(id);
    }

    /**
     * Sends a FAILED delivery again, with the same id and body: back to PENDING with its attempts reset, due now,
     * and the dispatcher woken.
     *
     * @return the delivery as it is now, or empty when there is no FAILED delivery with this id
     */
    public Optional<Delivery> resend(String id) {
        if (!deliveries.requeueFailed(id, clock.instant())) {
            return Optional.empty();
        }
        dispatcher.wake();
        return deliveries.find(id);
    }

    private static Set<WebhookEvent> events(List<String> names, List<FieldProblem> problems) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (names == null || names.isEmpty()) {
            problems.add(FieldProblem.of("events", "required"));
            return events;
        }
        String choices = String.join(", ", Arrays.stream(WebhookEvent.values()).map(Enum::name).toList());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            WebhookEvent event = Arrays.stream(WebhookEvent.values()).filter(e -> e.name().equals(name)).findFirst()
                    .orElse(null);
            if (event == null) {
                problems.add(FieldProblem.of("events[" + i + "]", "one-of-list", choices));
            } else {
                events.add(event);
            }
        }
        return events;
    }
}
