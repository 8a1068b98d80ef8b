package org.openanolis.governance.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.openanolis.governance.people.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what. The governance API and Camunda's engine REST API take HTTP Basic against
 * Camunda's identity service; the engine API, like the outbox, is for administrators only. The portal
 * signs the same people in with a form and a session. Camunda's own webapps under /camunda keep their own sign-in. Camunda's authorizations are on (see
 * {@link CamundaAuthorizations}) and apply to the engine REST API, which runs as the signed-in person.
 * Every response carries the security headers of {@link #securityHeaders()}.
 */
@Configuration
class SecurityConfiguration {

    /**
     * What a server-rendered portal needs and nothing more: its own scripts, styles, fonts and images (plus data:
     * images), forms posted to itself, no plugins, no framing. No inline script or style, so injected markup
     * cannot run. The one exception is {@link BpmnViewerStyles}: a few fixed style attributes of the case diagram's viewer.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-hashes' " + String.join(" ", BpmnViewerStyles.HASHES) + "; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security's defaults (nosniff, no caching of authenticated answers, HSTS on HTTPS requests; prod trusts
     * the proxy's X-Forwarded-Proto so those count) plus framing denied, no Referer leaving the site, and our CSP,
     * except under /camunda, whose webapps send a CSP of their own that their scripts need.
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders() {
        PathPatternRequestMatcher camundaWebapps = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
        return headers -> headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(camundaWebapps),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)));
    }

    /**
     * A refused sign-in goes back to the form with a message; one that the database kept from being checked at all
     * (see {@link DatabaseOutage}) is the 503 page, since "wrong password" would send the person the wrong way, and a
     * throttled one the 429 page, which says how long to wait.
     */
    static AuthenticationFailureHandler signInFailures() {
        SimpleUrlAuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/sign-in?failed");
        return (request, response, failure) -> {
            if (DatabaseOutage.explains(failure)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            } else if (failure instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), throttled.getMessage());
            } else {
                refused.onAuthenticationFailure(request, response, failure);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
                                    CamundaIdentityAuthenticationProvider identity, IdentityService identityService,
                                    ObjectProvider<ProviderSignIn> provider, SignInOptions options) throws Exception {
        // Path matchers, not MVC ones: the engine's REST API is a Jersey servlet outside Spring MVC.
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        ProviderSignIn community = provider.getIfAvailable();
        AuthenticationManager manager = identity.with(options.localSignIn(),
                community == null ? List.of() : List.of(community.api()));
        if (options.localSignIn()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (community != null) {
            http.oauth2ResourceServer(tokens -> tokens.jwt(jwt -> jwt.authenticationManager(manager))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
        return http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**")))
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/engine-rest/**"), path.matcher("/api/admin/**"))
                        .hasAuthority(Groups.ADMINISTRATORS)
                        // The decision register and what else is published: public data, read by anyone.
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/public/**")).permitAll()
                        .anyRequest().authenticated())
                // Behind the checks above, the engine's REST API runs as the signed-in person (Camunda's authorizations).
                .addFilterAfter(new EngineRestIdentityFilter(identityService), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(securityHeaders())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication carries no ambient credential a forged form could use.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * The portal: the same people sign in with a form and keep a session, so every form carries a CSRF token.
     * The home page with the directories, the processes, the published decisions and their feed, the directory
     * exports, the calendars, the elections' pages and "Find my ballot", the sign-in page and the static assets are
     * open to everyone.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider identity,
                                       ObjectProvider<ProviderSignIn> provider, SignInOptions options,
                                       ProcessEngine engine)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        ProviderSignIn community = provider.getIfAvailable();
        AuthenticationManager manager = identity.with(options.localSignIn(),
                community == null ? List.of() : List.of(community.portal()));
        if (options.localSignIn()) {
            http.formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                    .failureHandler(signInFailures()).permitAll());
        }
        if (community != null) {
            // The provider's sign-in starts at /oauth2/authorization/community, linked from the sign-in page.
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .clientRegistrationRepository(community.registrations())
                    .failureHandler(signInFailures()));
        }
        // Tasklist and Cockpit take the portal's session: one sign-in for both (before Camunda's own filters run).
        http.addFilterAfter(new WebappSessionBridge(engine), AuthorizationFilter.class);
        return http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        // Camunda's webapps' API is Camunda's whole engine API behind the webapps' session: a person
                        // who is not an administrator may make only the calls Tasklist needs (an allow-list, never a
                        // list of what is refused).
                        .requestMatchers(path.matcher("/camunda/api/**")).access(new WebappApiAllowList())
                        // Camunda's webapps keep their own sign-in and authorizations.
                        .requestMatchers(path.matcher("/camunda/**")).permitAll()
                        // Opening an election needs a person first, though the elections' pages are public.
                        .requestMatchers(path.matcher("/elections/new")).authenticated()
                        .requestMatchers(path.matcher("/"), path.matcher("/sign-in"), path.matcher("/error"),
                                path.matcher("/css/**"), path.matcher("/js/**"), path.matcher("/webjars/**"),
                                path.matcher("/favicon.ico"), path.matcher("/processes"), path.matcher("/processes/*"),
                                path.matcher(HttpMethod.POST, "/language"),
                                path.matcher(HttpMethod.GET, "/decisions"), path.matcher(HttpMethod.GET, "/decisions/*"),
                                path.matcher(HttpMethod.GET, "/feeds/**"), path.matcher(HttpMethod.GET, "/exports/**"),
                                // The elections and their published results; "Find my ballot" only hashes a receipt.
                                path.matcher(HttpMethod.GET, "/elections"),
                                path.matcher(HttpMethod.GET, "/elections/*"),
                                path.matcher(HttpMethod.POST, "/elections/*/ballot-lookup"),
                                // The calendars: a person's own is found only by the secret token in its path.
                                path.matcher(HttpMethod.GET, "/calendars/**")).permitAll()
                        .anyRequest().authenticated())
                // A refused call of Camunda's webapps is a plain 403: they do not sign in through the portal's form.
                // Everything else that needs a person leads to the sign-in page, whatever the client accepts.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN),
                                path.matcher("/camunda/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
                                AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.logoutRequestMatcher(path.matcher(HttpMethod.POST, "/sign-out"))
                        .logoutSuccessUrl("/?signed-out"))
                .headers(securityHeaders())
                // Camunda's webapps protect themselves with their own CSRF filter and session.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path.matcher("/camunda/**")))
                .build();
    }
}
