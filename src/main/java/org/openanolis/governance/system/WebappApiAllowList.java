package org.openanolis.governance.system;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.openanolis.governance.people.Groups;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.extern.slf4j.Slf4j;

/**
 * The calls of Camunda's webapps' API ({@code /camunda/api/**}) that a person who is not an administrator may make:
 * exactly what Tasklist needs to show a person their own tasks and let them work on them (sign in and out, list and
 * count through the filters, read a task, its form and its diagram, submit the form, claim for oneself), and
 * nothing else. Matching is exact: same method, same case, no trailing slash, no extra segment; Spring Security's
 * firewall has already refused encoded slashes, double slashes, dot segments and semicolons. Administrators, who
 * hold {@code camunda-admin} in the webapps' session, may use the whole API. The engine refuses the rest a second
 * time ({@link PersonCommandGuard}), so a path this list lets through by mistake still cannot change what a
 * person may not change.
 */
@Slf4j
class WebappApiAllowList implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String ENGINE = "/camunda/api/engine/engine/{engine}";

    /** Method and path of every allowed call, as the README's access matrix lists them. */
    static final List<String> CALLS = List.of(
            "GET /camunda/api/admin/auth/user/{engine}",
            "POST /camunda/api/admin/auth/user/{engine}/login/{app}",
            "POST /camunda/api/admin/auth/user/{engine}/logout",
            "GET /camunda/api/engine/engine",
            "GET /camunda/api/engine/engine/",
            "GET /camunda/api/tasklist/plugin/{plugin}/static/**",
            "GET " + ENGINE + "/filter",
            "OPTIONS " + ENGINE + "/filter",
            "GET " + ENGINE + "/filter/{id}",
            "GET " + ENGINE + "/filter/{id}/list",
            "POST " + ENGINE + "/filter/{id}/list",
            "GET " + ENGINE + "/filter/{id}/count",
            "POST " + ENGINE + "/filter/{id}/count",
            "GET " + ENGINE + "/task",
            "GET " + ENGINE + "/task/count",
            "GET " + ENGINE + "/task/{id}",
            "GET " + ENGINE + "/task/{id}/form",
            "GET " + ENGINE + "/task/{id}/form-variables",
            "GET " + ENGINE + "/task/{id}/rendered-form",
            "GET " + ENGINE + "/task/{id}/identity-links",
            "GET " + ENGINE + "/task/{id}/comment",
            "POST " + ENGINE + "/task/{id}/submit-form",
            "POST " + ENGINE + "/task/{id}/claim",
            "GET " + ENGINE + "/history/user-operation",
            "GET " + ENGINE + "/history/user-operation/count",
            "GET " + ENGINE + "/process-definition/{id}",
            "GET " + ENGINE + "/process-definition/{id}/xml",
            "GET " + ENGINE + "/user/{id}/profile",
            "GET " + ENGINE + "/group",
            "GET " + ENGINE + "/identity/groups");

    private final List<RequestMatcher> allowed = CALLS.stream().map(WebappApiAllowList::matcher).toList();

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        if (isAdministrator(request.getSession(false)) || allowed.stream().anyMatch(m -> m.matches(request))) {
            return new AuthorizationDecision(true);
        }
        log.warn("Refused {} {}: not a call of Tasklist's", request.getMethod(), request.getRequestURI());
        return new AuthorizationDecision(false);
    }

    private static boolean isAdministrator(HttpSession session) {
        if (session == null) {
            return false;
        }
        Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
        return signedIn.getAuthentications().stream().map(UserAuthentication::getGroupIds)
                .anyMatch(groups -> groups != null && groups.contains(Groups.ADMINISTRATORS));
    }

    private static RequestMatcher matcher(String call) {
        String[] methodAndPath = call.split(" ", 2);
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]);
    }
}
