package org.openanolis.governance.system;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Camunda's webapps accept the portal's session: whoever signed in to the portal, with a password or through the
 * community's provider, is signed in to Tasklist and Cockpit as the same person, with the groups, tenants and
 * applications the engine grants them (computed by Camunda itself, as at its own sign-in). It only ever names the
 * person the portal already authenticated, so it grants nothing the webapps' own sign-in would not; the allow-list
 * of the webapps' API and the engine's guards apply unchanged. Without a portal session the webapps' own sign-in
 * works as before.
 */
class WebappSessionBridge extends OncePerRequestFilter {

    private final ProcessEngine engine;

    WebappSessionBridge(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        org.springframework.security.core.Authentication portal = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (portal != null && portal.isAuthenticated() && !(portal instanceof AnonymousAuthenticationToken)
                && session != null) {
            Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
            Authentication current = webapps.getAuthenticationForProcessEngine(engine.getName());
            if (current == null || !portal.getName().equals(current.getName())) {
                UserAuthentication person = AuthenticationUtil.createAuthentication(engine, portal.getName(), null, null);
                if (person != null) {
                    webapps.addOrReplace(person);
                    AuthenticationUtil.updateSession(session, webapps);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
