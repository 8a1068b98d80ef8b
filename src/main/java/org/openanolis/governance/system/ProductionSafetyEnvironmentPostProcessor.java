package org.openanolis.governance.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs {@link ProductionSafetyCheck} as soon as the configuration is read (after the config-data processor
 * resolved profiles and application-prod.yaml), before any bean exists: an unsafe production start fails
 * before it opens a database, starts the engine or seeds demo people. Registered in META-INF/spring.factories.
 */
class ProductionSafetyEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ProductionSafetyCheck.verify(environment);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
