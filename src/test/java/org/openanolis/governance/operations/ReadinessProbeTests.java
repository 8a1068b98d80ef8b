package org.openanolis.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.jdbc.DataSourceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * With the database unreachable, readiness says DOWN (the load balancer stops sending traffic) while liveness
 * stays UP (nobody restarts the node for it). Only the health machinery and the data source start, with
 * application.yaml's health settings, against a PostgreSQL port nothing listens on: no engine, no migrations.
 */
class ReadinessProbeTests {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class,
            EndpointAutoConfiguration.class, HealthContributorAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
            DataSourceHealthContributorAutoConfiguration.class, AvailabilityHealthContributorAutoConfiguration.class,
            AvailabilityProbesAutoConfiguration.class})
    static class HealthOnly {
    }

    @Test
    void databaseOutageTakesTheNodeOutOfTrafficWithoutRestartingIt() throws IOException {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HealthOnly.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:postgresql://localhost:" + closedPort() + "/governance",
                        "--spring.datasource.hikari.connection-timeout=250")) {
            HealthEndpoint health = context.getBean(HealthEndpoint.class);

            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
        }
    }

    /** A port nothing listens on: taken from the system and released at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
