package org.openanolis.governance.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.casetype.CaseTypes;
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

    /** A collection, then an id: whether the collection is a case type's is asked of {@link CaseTypes}. */
    private static final Pattern CASE_PATH = Pattern.compile(
            "^/(?:api/)?([a-z][a-z-]{0,39})/([A-Za-z0-9._-]{1,64})(?:/.*)?$");

    private final CaseTypes caseTypes;

    CaseLoggingFilter(CaseTypes caseTypes) {
        this.caseTypes = caseTypes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = CASE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        CaseType type = m.matches() ? caseTypes.byCollection(m.group(1)).orElse(null) : null;
        if (type == null) {
            chain.doFilter(request, response);
            return;
        }
        try (CaseLog.Scope ignored = CaseLog.of(type.key(), m.group(2))) {
            chain.doFilter(request, response);
        }
    }
}
