package org.openanolis.governance.webhook;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's parts that take settings: the address rule, the HTTP sender and the dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    WebhookAddresses webhookAddresses(WebhookProperties properties) {
        return new WebhookAddresses(properties.allowPrivate());
    }

    @Bean
    WebhookDispatcher webhookDispatcher(DeliveryRepository deliveries, WebhookAddresses addresses,
                                        WebhookProperties properties, Clock clock) {
        return new WebhookDispatcher(deliveries, new WebhookSender(properties, addresses), properties, clock);
    }
}
