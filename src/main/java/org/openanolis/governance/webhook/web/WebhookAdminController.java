package org.openanolis.governance.webhook.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.webhook.Delivery;
import org.openanolis.governance.webhook.DeliveryStatus;
import org.openanolis.governance.webhook.Webhook;
import org.openanolis.governance.webhook.WebhookEvent;
import org.openanolis.governance.webhook.WebhookForm;
import org.openanolis.governance.webhook.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * Webhooks for administrators (group camunda-admin, enforced by the security configuration on /api/admin/**). The
 * secret is write-only: no answer carries it, only that one is set.
 */
@RestController
@RequestMapping("/api/admin/webhooks")
@RequiredArgsConstructor
class WebhookAdminController {

    private final Webhooks webhooks;

    @GetMapping
    Page<WebhookView> list(PageRequest page) {
        return webhooks.list(page).map(WebhookView::of);
    }

    @PostMapping
    ResponseEntity<WebhookView> register(@RequestBody WebhookForm form, Principal administrator) {
        Webhook webhook = webhooks.register(form, administrator.getName());
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + webhook.id())).body(WebhookView.of(webhook));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Principal administrator) {
        if (!webhooks.delete(id, administrator.getName())) {
            throw new NotFoundException(Languages.text("error.webhook.none", id));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/deliveries")
    Page<Delivery> deliveries(@RequestParam(required = false) DeliveryStatus status,
                              @RequestParam(required = false) String webhook, PageRequest page) {
        return webhooks.deliveries(status, webhook, page);
    }

    @PostMapping("/deliveries/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery resend(@PathVariable String id) {
        Delivery delivery = webhooks.delivery(id)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.webhook.no-delivery", id)));
        if (delivery.status() != DeliveryStatus.FAILED) {
            throw new ConflictException(Languages.text("error.webhook.delivery-not-failed", id, delivery.status()));
        }
        return webhooks.resend(id)
                .orElseThrow(() -> new ConflictException(Languages.text("error.webhook.delivery-no-longer-failed", id)));
    }

    /** A webhook as administrators see it: everything but the secret, of which only that it is set. */
    record WebhookView(String id, String url, List<WebhookEvent> events, boolean secretSet, String createdBy,
                       Instant createdAt) {

        static WebhookView of(Webhook webhook) {
            return new WebhookView(webhook.id(), webhook.url(), List.copyOf(webhook.events()), true,
                    webhook.createdBy(), webhook.createdAt());
        }
    }
}
