package org.openanolis.governance.system;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/** 401 and 403 from the security filters (503 when the database is away), as problem details like every other error. */
@Component
@RequiredArgsConstructor
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;
    private final Problems problems;

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.explains(e)) {
            // The password could not be checked at all: asking for it again would not help, trying later will.
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            write(response, problems.databaseUnavailable());
            return;
        }
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", throttled.getMessage()));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"SIG Governance\"");
        write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                Languages.text("problem.detail.unauthenticated")));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problems.of(HttpStatus.FORBIDDEN, "forbidden", Languages.text("problem.detail.forbidden")));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
