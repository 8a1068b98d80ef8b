package org.openanolis.governance.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * The tests' own people share the demo people's password, {@code demo}: shorter than the minimum the engine asks of
 * every password set through Admin or its API, so they are saved past that policy, as the demo people are.
 */
public final class DemoPasswords {

    private DemoPasswords() {
    }

    public static void save(IdentityService identityService, User user) {
        ((IdentityServiceImpl) identityService).saveUser(user, true);
    }

    /**
     * A person of this id with the demo password and {@code <id>@example.org}, made unless they exist: someone with
     * no name, organization or language of their own, for a test that needs a reader nobody else touches.
     */
    public static String person(IdentityService identityService, String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(Api.PASSWORD);
            user.setEmail(id + "@example.org");
            save(identityService, user);
        }
        return id;
    }
}
