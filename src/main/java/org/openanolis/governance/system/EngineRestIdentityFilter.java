package org.openanolis.governance.system;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs a call of the engine's REST API as the person Spring Security signed in, so that Camunda's own
 * authorizations apply there too; the governance API's calls stay unauthenticated inside the engine,
 * since our services check who may act themselves.
 */
class EngineRestIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineRestIdentityFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/engine-rest") && !path.startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        identityService.setAuthentication(signedIn.getName(), groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
