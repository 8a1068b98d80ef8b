package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class NotificationDispatcherTests {

    private final GovernanceProperties properties = new GovernanceProperties("http://localhost:8080", null, null,
            new GovernanceProperties.Mail("lists.example.org", null, null, "en", Duration.ofSeconds(5), Duration.ofMinutes(2),
                    new GovernanceProperties.Retry(Duration.ofSeconds(30), 2, Duration.ofMinutes(30), 12)), null, null);

    @Test
    void withoutAMailServerNothingIsTouchedAndMailWaits() {
        MailTransport noServer = new MailTransport(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties, Clock.systemUTC());
        // No repository at all: a dispatcher without a mail server must not even look at the outbox.
        NotificationDispatcher dispatcher = new NotificationDispatcher(null, null, noServer, properties, Clock.systemUTC(), "n");

        assertThat(noServer.available()).isFalse();
        assertThat(dispatcher.dispatchDue()).isZero();
        dispatcher.wake();
    }

    @Test
    void nodesHaveDistinctIds() {
        MailTransport transport = new MailTransport(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties, Clock.systemUTC());
        NotificationDispatcher one = new NotificationDispatcher(null, null, transport, properties, Clock.systemUTC());
        NotificationDispatcher two = new NotificationDispatcher(null, null, transport, properties, Clock.systemUTC());

        assertThat(one.nodeId()).isNotEqualTo(two.nodeId()).hasSizeLessThanOrEqualTo(100);
    }
}
