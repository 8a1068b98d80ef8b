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
}
