package org.openanolis.governance.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.openanolis.governance.people.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/**
 * Production has no demo people, so someone must be able to sign in to Admin and create the community's
 * accounts: the administrator of {@code governance.admin.*}, in the administrators group. Created only if
 * missing, so a restart never resets a password changed in Admin; Camunda salts and hashes the password.
 */
@Component
@Profile(ProductionSafetyCheck.PROD_PROFILE)
@Order(0)
@RequiredArgsConstructor
@Slf4j
class ProductionAdministrator implements ApplicationRunner {

    private final IdentityService identityService;
    private final AdministratorProperties administrator;

    @Override
    public void run(ApplicationArguments args) {
        ensure(identityService, administrator);
    }

    static void ensure(IdentityService identityService, AdministratorProperties administrator) {
        if (identityService.createGroupQuery().groupId(Groups.ADMINISTRATORS).count() == 0) {
            Group group = identityService.newGroup(Groups.ADMINISTRATORS);
            group.setName("Administrators");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
        String id = administrator.id();
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Administrator");
            user.setLastName("");
            user.setPassword(administrator.password());
            identityService.saveUser(user);
            log.info("Administrator {} created", id);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(Groups.ADMINISTRATORS).count() == 0) {
            identityService.createMembership(id, Groups.ADMINISTRATORS);
        }
    }
}
