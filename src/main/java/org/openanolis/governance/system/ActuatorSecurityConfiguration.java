package org.openanolis.governance.system;

import org.openanolis.governance.people.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may read /actuator (README "Operations"). Health, with its liveness and readiness groups, is open to anyone:
 * load balancers and orchestrators probe it without credentials; its details (which component is down, the
 * database) are shown to administrators only ({@code management.endpoint.health.roles}). The Prometheus scrape
 * shows the community's activity, so it needs HTTP Basic as an administrator or a member of
 * {@link #METRICS_READERS}, the group to give a scraper's own account. Like /api: stateless, and 401/403 are
 * problem details, never the portal's sign-in page.
 */
@Configuration
class ActuatorSecurityConfiguration {

    /** The group whose members may scrape the metrics, created in Camunda's Admin for a Prometheus account. */
    static final String METRICS_READERS = "metrics-readers";

    @Bean
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
                                         CamundaIdentityAuthenticationProvider identity) throws Exception {
        // Every /actuator path, exposed or not: an unknown one answers 401/403 here, not the portal's sign-in page.
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), path.matcher("/actuator"),
                        path.matcher("/actuator/**")))
                .authenticationManager(identity.alone())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                        .hasAnyAuthority(Groups.ADMINISTRATORS, METRICS_READERS)
                        .anyRequest().hasAuthority(Groups.ADMINISTRATORS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration.securityHeaders())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication carries no ambient credential a forged request could use.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }
}
