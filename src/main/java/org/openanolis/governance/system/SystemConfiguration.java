package org.openanolis.governance.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties({GovernanceProperties.class, AdministratorProperties.class, SignInProperties.class,
        SignInOptions.class, CaseProperties.class})
class SystemConfiguration {

    /**
     * One clock for the engine and the domain: the engine's own, so that a test that moves Camunda's
     * clock moves every deadline, reminder and timestamp with it.
     */
    @Bean
    Clock clock() {
        return new EngineClock();
    }

    /** Every bundle of {@link Languages}, in English and Chinese; Spring Boot's own backs off for this one. */
    @Bean
    MessageSource messageSource() {
        return Languages.messages();
    }

    private static final class EngineClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
