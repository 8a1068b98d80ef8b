package org.openanolis.governance.system;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request about one case, in the API ({@code /api/sig-proposals/{id}/…}) or the portal
 * ({@code /sig-proposals/{id}}), runs with that case in the logging context ({@link CaseLog}). It runs before
 * the security filters, so a refusal is logged with the case too.
 * <p>
 * The id comes from the URL, so only what looks like one of our ids is taken: a crafted path cannot write
 * line breaks or markup into the logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CaseLoggingFilter extends OncePerRequestFilter {

    private static final Pattern CASE_PATH = Pattern.compile(
            "^/(?:api/)?(sig-proposals|project-proposals|partner-applications|partners)/([A-Za-z0-9._-]{1,64})(?:/.*)?$");

    /** The path's collection → the case type the rest of the application uses (case_event, notification). */
    private static final Map<String, String> CASE_TYPES = Map.of(
            "sig-proposals", "SIG_PROPOSAL",
            "project-proposals", "PROJECT_PROPOSAL",
            "partner-applications", "PARTNER_APPLICATION",
            "partners", "PARTNER");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = CASE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        try (CaseLog.Scope ignored = CaseLog.of(CASE_TYPES.get(m.group(1)), m.group(2))) {
            chain.doFilter(request, response);
        }
    }
}
