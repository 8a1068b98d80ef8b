package org.openanolis.governance.operations;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells the client what its request cost the node ({@link RequestCost}) in a {@code Server-Timing} header, which a
 * browser's developer tools show beside the request and the benchmarks read per kind of request. The header is
 * known only when the request is done, after the body is written, so the body is held back until then: this filter
 * runs only with {@code governance.database.count-statements} on, never in production by default.
 */
class ServerTimingFilter extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper heldBack = new ContentCachingResponseWrapper(response);
        RequestCost cost = RequestCost.begin(request.getRequestURI().startsWith(request.getContextPath() + "/actuator"));
        try {
            chain.doFilter(request, heldBack);
        } finally {
            String timing = cost.end();
            if (!response.isCommitted()) {
                response.setHeader(HEADER, timing);
            }
            heldBack.copyBodyToResponse();
        }
    }
}
