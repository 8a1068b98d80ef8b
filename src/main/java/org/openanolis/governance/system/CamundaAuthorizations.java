package org.openanolis.governance.system;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.openanolis.governance.people.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The Camunda grants of the README's access matrix, in every profile: administrators may do everything
 * (Cockpit, Admin, the engine's REST API); every signed-in person may open Tasklist and read the process
 * definitions and the shared task filter, so that Tasklist can show a task's diagram. Tasks themselves are
 * granted by the engine to their assignee and candidate users and groups (its default task permissions),
 * so in Tasklist a person sees only their own tasks. Only what is missing is added, so a restart changes nothing.
 */
@Component
@Order(-1)
@RequiredArgsConstructor
class CamundaAuthorizations implements ApplicationRunner {

    static final String TASKLIST = "tasklist";

    private final AuthorizationService authorizations;

    @Override
    public void run(ApplicationArguments args) {
        ClusterStartup.addMissing("Camunda grants", this::grantAll);
    }

    private void grantAll() {
        for (Resources resource : Resources.values()) {
            grantGroup(Groups.ADMINISTRATORS, resource, Permissions.ALL);
        }
        grantEveryone(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        grantEveryone(Resources.FILTER, Authorization.ANY, Permissions.READ);
    }

    private void grantGroup(String group, Resource resource, Permission permission) {
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(Authorization.ANY).hasPermission(permission)
                .count() > 0;
        if (!granted) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }

    private void grantEveryone(Resource resource, String resourceId, Permission permission) {
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!granted) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            grant.setUserId(Authorization.ANY);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }
}
