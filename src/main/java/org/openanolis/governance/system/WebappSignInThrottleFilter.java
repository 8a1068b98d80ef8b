package org.openanolis.governance.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The webapps' sign-in ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) asks the engine for the
 * password itself, past our authentication provider: the same {@link SignInThrottle} stands in front of it. The
 * form is read here (it is a few bytes; a larger one is no sign-in) and handed on unread; Camunda's answer tells
 * a wrong password (401) from a right one, after which an old hash of the password is stored as bcrypt
 * ({@link PasswordUpgrade}).
 */
class WebappSignInThrottleFilter extends OncePerRequestFilter {

    private static final int MAX_FORM_BYTES = 8 * 1024;

    private final SignInThrottle throttle;
    private final PasswordUpgrade upgrade;
    private final ObjectMapper objectMapper;
    private final Problems problems;

    WebappSignInThrottleFilter(SignInThrottle throttle, PasswordUpgrade upgrade, ObjectMapper objectMapper,
                               Problems problems) {
        this.throttle = throttle;
        this.upgrade = upgrade;
        this.objectMapper = objectMapper;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !"POST".equals(request.getMethod()) || !path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
        if (form.length > MAX_FORM_BYTES) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        String text = new String(form, StandardCharsets.UTF_8);
        String user = field(text, "username").orElse(null);
        String client = request.getRemoteAddr();
        if (user == null) {
            chain.doFilter(new ReplayedBody(request, form), response);
            return;
        }
        Optional<java.time.Duration> wait = throttle.waitFor(user, client);
        if (wait.isPresent()) {
            SignInThrottledException throttled = new SignInThrottledException(wait.get());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(),
                    problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", throttled.getMessage()));
            return;
        }
        chain.doFilter(new ReplayedBody(request, form), response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(user, client);
        } else if (response.getStatus() < 400 || response.getStatus() == HttpStatus.FORBIDDEN.value()) {
            // 403: the password was right, the webapp is not this person's.
            throttle.succeeded(user, client);
            field(text, "password").ifPresent(password -> upgrade.upgradeIfOutdated(user, password));
        }
    }

    private static Optional<String> field(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return Optional.of(UriUtils.decode(pair.substring(equals + 1).replace('+', ' '), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The request with its body, already read here, to read once more. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int off, int len) {
                    return in.read(buffer, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** Registered ahead of Camunda's webapp filters, for the webapps' sign-in only. */
    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<WebappSignInThrottleFilter> webappSignInThrottle(SignInThrottle throttle,
                PasswordUpgrade upgrade, ObjectMapper objectMapper, Problems problems) {
            FilterRegistrationBean<WebappSignInThrottleFilter> registration = new FilterRegistrationBean<>(
                    new WebappSignInThrottleFilter(throttle, upgrade, objectMapper, problems));
            registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
