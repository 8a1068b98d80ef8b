package org.openanolis.governance.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One POST of a delivery: the stored body's bytes, signed, with the delivery's id and event in headers. Only a 2xx
 * answer delivers; a redirect is not followed (it could lead anywhere), and the connect and read timeouts bound how
 * long a slow receiver holds the dispatcher's thread.
 */
class WebhookSender {

    static final String DELIVERY_HEADER = "X-Governance-Delivery";
    static final String EVENT_HEADER = "X-Governance-Event";

    private final HttpClient client;
    private final Duration readTimeout;
    private final WebhookAddresses addresses;

    WebhookSender(WebhookProperties properties, WebhookAddresses addresses) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = properties.readTimeout();
        this.addresses = addresses;
    }

    /** Sends the delivery; returns when the receiver answered 2xx, throws with the reason otherwise. */
    void send(DeliveryRepository.Claimed delivery) throws IOException, InterruptedException {
        URI url = URI.create(delivery.url());
        String refused = addresses.refusalOfDelivery(url).orElse(null);
        if (refused != null) {
            throw new IOException(refused);
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "SIG-Governance-Webhooks")
                .header(DELIVERY_HEADER, delivery.id())
                .header(EVENT_HEADER, delivery.event().name())
                .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The receiver answered HTTP " + response.statusCode());
        }
    }
}
